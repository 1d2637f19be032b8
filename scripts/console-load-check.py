#!/usr/bin/env python3
"""Load check of the operator console (a script, not a timed test).

    console-load-check.py FERRY [FILES]    (default 1,000,000 files)

Makes a root whose ledger holds FILES processed files (one order document each, 1 in 50
failed, all but the newest 100 failures resolved by hand; every other file with its export
written), starts `ferry serve` on it, and times the pages and API calls an operator uses.
The rows are inserted with SQL, so the ledger's triggers keep its running totals as they
do for Ferry's own writes (Ledger+Counts).
Prints one line per request: milliseconds (best of 5) and the goal (Files and Lineage
under 200 ms, /metrics under 50 ms on this machine). Exits 1 if a goal is missed. Leaves nothing behind.
"""
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request

ferry = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
root = tempfile.mkdtemp(prefix="ferry-console-load-")
config = """flows:
  - name: orders
    kind: order
    pickup: { settle: 0 }
    targets:
      - { name: erp, format: json }
  - name: shop
    kind: order
    pickup: { settle: 0 }
    targets:
      - { name: shop-erp, format: json }
"""
try:
    with open(os.path.join(root, "ferry.yml"), "w") as handle:
        handle.write(config)
    subprocess.run([ferry, "run", "--no-wait", "--root", root], check=True, capture_output=True)  # creates the ledger

    started = time.time()
    db = sqlite3.connect(os.path.join(root, ".ferry", "ledger.sqlite"))
    db.execute("PRAGMA synchronous = OFF")
    files, documents, attempts, exports = [], [], [], []
    base = 1_790_000_000
    for n in range(1, count + 1):
        flow = "orders" if n % 3 else "shop"
        failed = n % 50 == 0
        at = time.strftime("%Y-%m-%d %H:%M:%S.000", time.gmtime(base + n * 30))
        name = f"orders_{n:07d}.json"
        resolved = at if failed and n <= count - 5000 else None
        files.append((n, flow, name, f"{n:064x}", 400, at, at, 1, "archived", "failed" if failed else "exported",
                      f"claim-{n}", None, "p1", f"archive/{flow}/{n}/{name}", resolved))
        documents.append((n, 1, 1, "order", f"canonical/sales/SO-{n:07d}", "failed" if failed else "exported", "[]", "[]"))
        attempts.append((n, 1, at, at, "failed" if failed else "exported", "run", 0))
        if not failed:
            done = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(base + n * 30)) + f".{(n * 7) % 1000:03d}"
            target = "erp" if flow == "orders" else "shop-erp"
            output = f"outbox/{flow}/{target}/order_SO-{n:07d}.json"
            exports.append((target, "order", f"canonical/sales/SO-{n:07d}", "created", 1, "done", n, 1, "p1", f"{n:064x}",
                            "{}", "", output, f"archive/payloads/{target}/order_SO-{n:07d}.json", 0, at, done))
        if len(files) == 100_000 or n == count:
            db.executemany(
                "INSERT INTO file (id, flow, originalName, sha256, size, receivedAt, processedAt, attempt, state, outcome,"
                " claimToken, owner, takenBy, archivePath, resolvedAt) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", files)
            db.executemany(
                "INSERT INTO document (fileId, attempt, ordinal, kind, key, outcome, outputsJSON, errorsJSON)"
                " VALUES (?,?,?,?,?,?,?,?)", documents)
            db.executemany(
                "INSERT INTO attempt (fileId, number, startedAt, finishedAt, outcome, trigger, forced) VALUES (?,?,?,?,?,?,?)",
                attempts)
            db.executemany(
                "INSERT INTO export (target, kind, key, event, generation, state, fileId, attempt, owner, contentHash, documentJSON,"
                " tempPath, outputPath, copyPath, forced, createdAt, exportedAt) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                exports)
            files, documents, attempts, exports = [], [], [], []
    db.commit()
    db.close()
    print(f"generated {count} files in {time.time() - started:.0f} s")

    serve = subprocess.Popen([ferry, "serve", "--root", root, "--listen", "127.0.0.1:0"], stdout=subprocess.PIPE, text=True)
    line = serve.stdout.readline()
    base_url = "http://" + re.search(r"http://(\S+)", line).group(1)
    middle = count // 2
    checks = [
        ("/files", 200), (f"/files?before={middle}", 200), ("/files?flow=shop", 200), (f"/files?flow=orders&before={middle}", 200),
        ("/files?outcome=failed", 200), ("/files?q=orders_0500000", None), ("/files?date=2026-09-21", None),
        ("/api/v1/files?limit=50", 200), (f"/lineage?key=canonical/sales/SO-{middle:07d}", 200),
        (f"/lineage?key=SO-{middle:07d}", 200), (f"/files/{middle}", 200), ("/", None), ("/api/v1/status", None),
        ("/metrics", 50),
    ]
    missed = 0
    # /metrics reads the ledger's running totals at every scrape: the first is as fast as the rest.
    t = time.perf_counter()
    with urllib.request.urlopen(base_url + "/metrics") as response:
        response.read()
    elapsed = (time.perf_counter() - t) * 1000
    missed += elapsed >= 50
    print(f"{elapsed:8.1f} ms  /metrics, first scrape  (goal 50 ms: {'ok' if elapsed < 50 else 'MISSED'})")
    for path, goal in checks:
        best = None
        for _ in range(5):
            t = time.perf_counter()
            with urllib.request.urlopen(base_url + path) as response:
                response.read()
            elapsed = (time.perf_counter() - t) * 1000
            best = elapsed if best is None else min(best, elapsed)
        verdict = "" if goal is None else ("ok" if best < goal else "MISSED")
        missed += verdict == "MISSED"
        print(f"{best:8.1f} ms  {path}" + (f"  (goal {goal} ms: {verdict})" if goal else ""))
    serve.terminate()
    serve.wait()
    sys.exit(1 if missed else 0)
finally:
    shutil.rmtree(root, ignore_errors=True)
