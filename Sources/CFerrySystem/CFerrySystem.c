#define _GNU_SOURCE
#include "CFerrySystem.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <sys/syscall.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

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

int ferry_spawn_hook(const char *directory, const char *script, const char *argument, int *pid) {
    posix_spawnattr_t attributes;
    posix_spawn_file_actions_t actions;
    int result = posix_spawnattr_init(&attributes);
    if (result != 0) return result;
    result = posix_spawn_file_actions_init(&actions);
    if (result != 0) {
        posix_spawnattr_destroy(&attributes);
        return result;
    }
    sigset_t none, defaults;
    sigemptyset(&none);
    sigemptyset(&defaults);
    int signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGCHLD, SIGALRM, SIGUSR1, SIGUSR2};
    for (unsigned long index = 0; index < sizeof(signals) / sizeof(signals[0]); index++) sigaddset(&defaults, signals[index]);
    if (result == 0) result = posix_spawnattr_setsigmask(&attributes, &none);
    if (result == 0) result = posix_spawnattr_setsigdefault(&attributes, &defaults);
    if (result == 0) result = posix_spawnattr_setpgroup(&attributes, 0);
    if (result == 0)
        result = posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    if (result == 0) result = posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    if (result == 0) result = posix_spawn_file_actions_adddup2(&actions, 2, 1);
    if (result == 0) result = posix_spawn_file_actions_addclosefrom_np(&actions, 3);
    if (result == 0 && directory != NULL) result = posix_spawn_file_actions_addchdir_np(&actions, directory);
    if (result == 0) {
        char *const argv[] = {"sh", "-c", (char *)script, "ferry-on-failure", (char *)argument, NULL};
        pid_t child = 0;
        result = posix_spawn(&child, "/bin/sh", &actions, &attributes, argv, environ);
        if (result == 0) *pid = (int)child;
    }
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    return result;
}

int ferry_wait_unreaped(int pid) {
    siginfo_t info;
    for (;;) {
        if (waitid(P_PID, (id_t)pid, &info, WEXITED | WNOWAIT) == 0) return 0;
        if (errno != EINTR) return -1;
    }
}

int ferry_reap(int pid, int *code, int *signal_number) {
    int status = 0;
    for (;;) {
        if (waitpid((pid_t)pid, &status, 0) >= 0) break;
        if (errno != EINTR) return -1;
    }
    if (WIFEXITED(status)) {
        *code = WEXITSTATUS(status);
        *signal_number = 0;
    } else {
        *code = -1;
        *signal_number = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    }
    return 0;
}

int ferry_open_for_writing_elsewhere(int fd) {
    if (fcntl(fd, F_SETLEASE, F_RDLCK) == 0) {
        int saved = errno;
        fcntl(fd, F_SETLEASE, F_UNLCK);
        errno = saved;
        return 0;
    }
    return (errno == EAGAIN || errno == EBUSY) ? 1 : -1;
}

int ferry_syncfs(int fd) { return syncfs(fd); }

long ferry_filesystem_type(const char *path) {
    struct statfs info;
    if (statfs(path, &info) != 0) return 0;
    return (long)info.f_type;
}
