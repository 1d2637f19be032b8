/* The harness's process runner (not a floor): runs one command and reports its wall time
 * and peak resident memory.
 *
 *   runner RESULT-FILE COMMAND [ARG...]
 *
 * writes "<seconds> <max RSS KiB> <exit status>" into RESULT-FILE.
 *
 * Linux carries a process's peak RSS across exec, so a child forked straight from the
 * Python driver would report at least the driver's own size. Forked from this small
 * program, the child's ru_maxrss is its own.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: runner RESULT-FILE COMMAND [ARG...]\n"); return 64; }
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    pid_t child = fork();
    if (child < 0) { perror("fork"); return 1; }
    if (child == 0) {
        execvp(argv[2], argv + 2);
        perror(argv[2]);
        _exit(127);
    }
    int status;
    struct rusage usage;
    if (wait4(child, &status, 0, &usage) < 0) { perror("wait4"); return 1; }
    clock_gettime(CLOCK_MONOTONIC, &end);
    double seconds = (double)(end.tv_sec - start.tv_sec) + (double)(end.tv_nsec - start.tv_nsec) / 1e9;
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    FILE *result = fopen(argv[1], "w");
    if (!result) { perror(argv[1]); return 1; }
    fprintf(result, "%.6f %ld %d\n", seconds, usage.ru_maxrss, code);
    return fclose(result) == 0 ? 0 : 1;
}
