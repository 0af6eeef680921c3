#pragma once

namespace aftersales::heap
{

// Keeps memory the process freed for its next allocations instead of giving it back to
// the kernel at once. A large write through SQLite frees and allocates big blocks at the
// top of the heap statement after statement; glibc's defaults return them every time and
// fault the pages back in on the next statement, a large share of a bulk load spent in the
// kernel. Called first thing in each program's main().
void keepFreedMemoryForReuse();

} // namespace aftersales::heap
