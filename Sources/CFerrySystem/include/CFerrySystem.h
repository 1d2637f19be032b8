#ifndef CFERRYSYSTEM_H
#define CFERRYSYSTEM_H

/// Renames `from` to `to` unless `to` exists (renameat2 with RENAME_NOREPLACE).
/// Falls back to link(2) + unlink(2) where the file system lacks RENAME_NOREPLACE.
/// Returns 0 on success, -1 with errno set (EEXIST when `to` exists).
int ferry_rename_noreplace(const char *from, const char *to);

/// The process umask, read without changing it for longer than two syscalls.
unsigned int ferry_current_umask(void);

#endif
