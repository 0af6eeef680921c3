#pragma once

#include "storage/storage.h"

#include <memory>

namespace aftersales::storage
{

// Opens the database `location` names, brought up to this program's schema: a file path
// is a SQLite database (created with its folder when missing); a postgresql:// (or
// postgres://) URI a team's PostgreSQL database (set up when empty, by a role allowed to).
// Any other scheme:// is bad input, never taken for a file name; so is a URI carrying a
// password.
Result<std::unique_ptr<Storage>> open(const QString &location, const StorageOptions &options = {});

// Whether this program may write what `location` names; false: open it read-only. True
// where only opening can tell (a file that does not exist yet, a server).
bool isWritable(const QString &location);

} // namespace aftersales::storage
