#include "heaptuning.h"

#include <cstdlib> // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace aftersales::heap
{

void keepFreedMemoryForReuse()
{
#if defined(__GLIBC__)
    // Up to 64 MiB free at the top of the heap stays there; the heap grows 16 MiB at a time.
    // Setting these turns off glibc's own adjustment of the mmap threshold, which would
    // leave it at 128 KiB: blocks up to 32 MiB (its own ceiling) come from the heap too.
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
    mallopt(M_TOP_PAD, 16 * 1024 * 1024);
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
#endif
}

} // namespace aftersales::heap
