#ifndef CFERRYSYSTEM_H
#define CFERRYSYSTEM_H

/// Renames `from` to `to` unless `to` exists (renameat2 with RENAME_NOREPLACE).
/// Falls back to link(2) + unlink(2) where the file system lacks RENAME_NOREPLACE.
/// Returns 0 on success, -1 with errno set (EEXIST when `to` exists).
int ferry_rename_noreplace(const char *from, const char *to);

/// syncfs(2): writes back and makes durable everything of the file system holding `fd`.
/// Returns 0, or -1 with errno set.
int ferry_syncfs(int fd);

/// The file system type (statfs(2) f_type) holding `path`, or 0 when it cannot be told.
long ferry_filesystem_type(const char *path);

/// The process umask, read without changing it for longer than two syscalls.
unsigned int ferry_current_umask(void);

/// Starts `/bin/sh -c script ferry-on-failure argument` in `directory` as the leader of a new
/// process group (so the whole group can be killed), with stdin from /dev/null, stdout sent
/// to Ferry's stderr, no other descriptor inherited, an empty signal mask and default signal
/// actions. Returns 0 and sets `*pid`, or an errno value.
int ferry_spawn_hook(const char *directory, const char *script, const char *argument, int *pid);

/// Waits until process `pid` has exited without reaping it (waitid WNOWAIT), so its pid and
/// process group id stay reserved until `ferry_reap`. Returns 0, or -1 with errno set.
int ferry_wait_unreaped(int pid);

/// Reaps process `pid`: `*code` is its exit status, or -1 when a signal ended it;
/// `*signal_number` is that signal, or 0. Returns 0, or -1 with errno set.
int ferry_reap(int pid, int *code, int *signal_number);

/// Whether any other process has the file open on `fd` (opened O_RDONLY) open for writing,
/// asked of the kernel with a read lease (fcntl F_SETLEASE F_RDLCK, released at once): 1 yes,
/// 0 no, -1 when the kernel cannot tell (errno set: EACCES/EPERM when Ferry does not own the
/// file, EINVAL on file systems without leases such as NFS).
int ferry_open_for_writing_elsewhere(int fd);

#endif
