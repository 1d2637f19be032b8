/* Floor for the small-file workloads: only the file operations of a durable file drop.
 *
 *   files INBOX OUTBOX ARCHIVE
 *
 * For every file in INBOX: read it whole, write the bytes to a hidden temporary in OUTBOX,
 * fsync it, rename it to its final name, and rename the input into ARCHIVE. Then fsync the
 * two folders once. No parsing, no ledger: what any durable per-file loop must at least pay.
 */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void die(const char *what, const char *path) { perror(path); fprintf(stderr, "%s failed\n", what); exit(1); }

static size_t read_all(const char *path, char **buffer, size_t *capacity) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) die("open", path);
    size_t length = 0;
    for (;;) {
        if (length == *capacity) { *capacity = *capacity * 2 + 65536; *buffer = realloc(*buffer, *capacity); }
        ssize_t n = read(fd, *buffer + length, *capacity - length);
        if (n < 0) die("read", path);
        if (n == 0) break;
        length += (size_t)n;
    }
    close(fd);
    return length;
}

static void write_durably(const char *folder, const char *name, const char *bytes, size_t length) {
    char temp[4096], final[4096];
    snprintf(temp, sizeof temp, "%s/.%s.tmp", folder, name);
    snprintf(final, sizeof final, "%s/%s.out", folder, name);
    int fd = open(temp, O_WRONLY | O_CREAT | O_EXCL, 0644);
    if (fd < 0) die("create", temp);
    if (write(fd, bytes, length) != (ssize_t)length) die("write", temp);
    if (fsync(fd) != 0) die("fsync", temp);
    close(fd);
    if (rename(temp, final) != 0) die("rename", temp);
}

static void fsync_folder(const char *path) {
    int fd = open(path, O_RDONLY | O_DIRECTORY);
    if (fd < 0 || fsync(fd) != 0) die("fsync folder", path);
    close(fd);
}

int main(int argc, char **argv) {
    if (argc != 4) { fprintf(stderr, "usage: files INBOX OUTBOX ARCHIVE\n"); return 64; }
    DIR *inbox = opendir(argv[1]);
    if (!inbox) die("opendir", argv[1]);
    char *buffer = NULL, source[4096], archived[4096];
    size_t capacity = 0, files = 0;
    struct dirent *entry;
    while ((entry = readdir(inbox)) != NULL) {
        if (entry->d_name[0] == '.') continue;
        snprintf(source, sizeof source, "%s/%s", argv[1], entry->d_name);
        size_t length = read_all(source, &buffer, &capacity);
        write_durably(argv[2], entry->d_name, buffer, length);
        snprintf(archived, sizeof archived, "%s/%s", argv[3], entry->d_name);
        if (rename(source, archived) != 0) die("rename", source);
        files++;
    }
    closedir(inbox);
    fsync_folder(argv[2]);
    fsync_folder(argv[3]);
    fprintf(stderr, "%zu files\n", files);
    return 0;
}
