#define _GNU_SOURCE
#include "CFerrySystem.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef RENAME_NOREPLACE
#define RENAME_NOREPLACE (1 << 0)
#endif

int ferry_rename_noreplace(const char *from, const char *to) {
#ifdef SYS_renameat2
    long result = syscall(SYS_renameat2, AT_FDCWD, from, AT_FDCWD, to, RENAME_NOREPLACE);
    if (result == 0) return 0;
    if (errno != EINVAL && errno != ENOSYS) return -1;
#endif
    if (link(from, to) != 0) return -1;
    if (unlink(from) != 0) return -1;
    return 0;
}

unsigned int ferry_current_umask(void) {
    mode_t previous = umask(022);
    umask(previous);
    return (unsigned int)previous;
}
