"""Counts per input file, from outside the process: strace on one run.

    strace -ff -qq -y -xx -s 32 -e trace=openat,open,fsync,fdatasync,syncfs,pwrite64

`-y` annotates every file descriptor with its path, `-xx` prints all strings (and paths) as
hex escapes so any file name parses, `-ff` writes one file per thread so no call is split.

- Input opens: successful opens whose path's file name is one of the input files, wherever
  the file is at that moment (inbox, claim folder, archive).
- fsyncs: fsync and fdatasync calls (and syncfs), by what the descriptor points at: outbox
  payloads, archive payload copies, other files in the archive (status records), folders,
  the ledger's WAL, the ledger database (checkpoints), the ledger's rollback journal (while
  a new ledger is created, before WAL is on), anything else.
- Ledger write transactions: commit frames written to the ledger's WAL. SQLite writes every
  WAL frame as a 24-byte frame header and then the page; a header whose "database size after
  commit" field (bytes 4–7) is not zero ends a transaction. This counts transactions that
  changed something (a BEGIN…COMMIT that wrote nothing leaves no frame), checkpoints or not.
  With synchronous=FULL each such commit also fsyncs the WAL once, so the WAL fsyncs minus
  the checkpoints' should agree.
"""
import glob
import os
import re
import subprocess

CALL = re.compile(r"^(\w+)\((.*)\)\s+=\s+(-?\d+)(?:<([^>]*)>)?")
FD = re.compile(r"^(\d+)<([^>]*)>")
HEX = re.compile(r"\\x([0-9a-fA-F]{2})")


def unhex(text):
    """strace -xx strings: every byte as \\xHH."""
    return bytes(int(h, 16) for h in HEX.findall(text)).decode("utf-8", errors="replace")


def classify(path, root):
    relative = os.path.relpath(path, root)
    if relative.endswith("-wal"):
        return "ledger WAL"
    if relative.endswith(".sqlite"):
        return "ledger database"
    if relative.endswith("-journal"):
        return "ledger journal"   # SQLite's rollback journal, before WAL is switched on
    if os.path.isdir(path):
        return "folder"
    top = relative.split(os.sep)[0]
    if top == "outbox":
        return "outbox payload"
    if top == "archive":
        return "archive payload copy" if f"{os.sep}payloads{os.sep}" in relative else "other archive file"
    return "other"


def count(command, root, input_names, work):
    """Runs `command` under strace and returns the counts (a dict)."""
    prefix = os.path.join(work, f"trace-{os.path.basename(root)}")
    subprocess.run(["strace", "-ff", "-qq", "-y", "-xx", "-s", "32", "-o", prefix,
                    "-e", "trace=openat,open,fsync,fdatasync,syncfs,pwrite64"] + command,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    names = set(input_names)
    counts = {"input opens": 0, "commit frames": 0, "fsync": {}}
    for trace in glob.glob(prefix + ".*"):
        with open(trace, errors="replace") as lines:
            for line in lines:
                tally(line, root, names, counts)
    return counts


def tally(line, root, names, counts):
    match = CALL.match(line)
    if not match or int(match.group(3)) < 0:
        return
    call, arguments, result_path = match.group(1), match.group(2), match.group(4)
    if call in ("openat", "open") and result_path is not None:
        if os.path.basename(unhex(result_path)) in names:
            counts["input opens"] += 1
        return
    descriptor = FD.match(arguments)
    if call == "syncfs":
        counts["fsync"]["syncfs"] = counts["fsync"].get("syncfs", 0) + 1
    elif call in ("fsync", "fdatasync") and descriptor:
        kind = classify(unhex(descriptor.group(2)), root)
        counts["fsync"][kind] = counts["fsync"].get(kind, 0) + 1
    elif call == "pwrite64" and descriptor and unhex(descriptor.group(2)).endswith("-wal"):
        rest = arguments[descriptor.end():]
        size = re.search(r"(\d+),\s*\d+$", rest)  # the byte count, then the offset
        data = bytes(int(h, 16) for h in HEX.findall(rest.split('"')[1])) if '"' in rest else b""
        if size and int(size.group(1)) == 24 and len(data) >= 8 and data[4:8] != b"\0\0\0\0":
            counts["commit frames"] += 1


def describe(counts, files):
    """One line: per input file, with the fsync breakdown."""
    total = sum(counts["fsync"].values())
    parts = ", ".join(f"{kind} {n / files:.2f}" for kind, n in sorted(counts["fsync"].items()))
    wal = counts["fsync"].get("ledger WAL", 0)
    return (f"input opens {counts['input opens'] / files:.2f}, fsyncs {total / files:.2f} ({parts}), "
            f"ledger write transactions {counts['commit frames'] / files:.2f} "
            f"[WAL commit frames {counts['commit frames']}, WAL fsyncs {wal}]")
