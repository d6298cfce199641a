#!/usr/bin/env python3
"""Time embargo on the file shapes that once stalled a run (issue 14). Called by bench/run.

  shapes.py --bin DIR --work DIR [--mb 64] [--runs 3] [--news FILE] [--json OUT]

Writes one file of each shape, about --mb megabytes, under WORK/shapes-<MB>mb/ (once; kept for later
runs): one line with no break, one paragraph with no full stop, deeply nested HTML, one JSON Lines record
of that size, and as the peer, ordinary news stories (the real 41.5k corpus, as JSON Lines, cut to the same
size). Each is timed with `embargo extract --json FILE` and with `embargo index --full` over a folder
holding only that file; the table gives medians in seconds and MB/s, and each shape's speed as a share of
the peer's (measured in this same run). Cost linear in the input shows as MB/s that does not fall as --mb
grows.
"""

import argparse
import gzip
import json
import os
import statistics
import subprocess
import sys
import time

SENTENCE = ("The European Union imposed sanctions against Russian banks and the RDIF over the war in "
            "Ukraine, officials in Brussels said, ")
RECORD_SENTENCE = ("The United States sanctioned Iranian oil exports and tankers on Tuesday, the Treasury "
                   "said, ")


def log(msg):
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def fill(unit, size):
    return unit * max(1, size // len(unit))


def long_line(size):
    return "Steel tariffs\n\n" + fill("sanctions ", size) + "\n"


def paragraph(size):
    return "Sanctions on banks\n\n" + fill(SENTENCE, size) + "\n"


def nested(size):
    depth = size // len("<div><span></span></div>")
    return ("<html><head><title>Deep</title></head><body>" + "<div><span>" * depth
            + "<p>Chile imposed an embargo on arms sales to the junta, the ministry said on Friday.</p>"
            + "</span></div>" * depth + "</body></html>\n")


def record(size):
    return json.dumps({"id": "one", "title": "Oil sanctions", "text": fill(RECORD_SENTENCE, size)}) + "\n"


def stories(size, news):
    """Real stories as JSON Lines, whole records up to `size` bytes (the corpus again if it is smaller)."""
    out, total = [], 0
    while total < size:
        with gzip.open(news, "rt", encoding="utf-8") as fh:
            for line in fh:
                out.append(line)
                total += len(line.encode())
                if total >= size:
                    break
    return "".join(out)


SHAPES = [
    ("ordinary stories (peer)", "stories.jsonl", None),
    ("one long line", "long-line.txt", long_line),
    ("one huge paragraph", "paragraph.txt", paragraph),
    ("deeply nested HTML", "nested.html", nested),
    ("one JSON Lines record", "record.jsonl", record),
]


def prepare(work, mb, news):
    base = os.path.join(work, f"shapes-{mb}mb")
    size = mb << 20
    paths = []
    for label, name, make in SHAPES:
        folder = os.path.join(base, name.split(".")[0])
        path = os.path.join(folder, name)
        if not os.path.exists(path):
            log(f"shapes: writing {path}")
            os.makedirs(folder, exist_ok=True)
            text = stories(size, news) if make is None else make(size)
            with open(path + ".tmp", "w", encoding="utf-8") as fh:
                fh.write(text)
            os.replace(path + ".tmp", path)
        paths.append((label, folder, path))
    return base, paths


def wall(cmd):
    t0 = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    t = time.perf_counter() - t0
    if p.returncode != 0:
        sys.exit(f"command failed ({p.returncode}): {' '.join(cmd)}\n{p.stderr[-2000:]}")
    return t


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--mb", type=int, default=64)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--news", default=os.path.join(os.path.dirname(__file__), "../../shared/data/scale/news-41k.jsonl.gz"))
    ap.add_argument("--json", help="also write the raw measurements here")
    a = ap.parse_args()
    emb = os.path.join(a.bin, "embargo")
    base, paths = prepare(a.work, a.mb, a.news)
    results = []
    for label, folder, path in paths:
        mb = os.path.getsize(path) / (1 << 20)
        ext, idx = [], []
        for i in range(a.runs):
            log(f"shapes: {label}, run {i + 1}/{a.runs}")
            ext.append(wall([emb, "extract", "--json", "--max-file-mb", str(a.mb + 8), path]))
            idx.append(wall([emb, "index", "--full", "--max-file-mb", str(a.mb + 8), "--corpus", folder,
                             "--index", os.path.join(base, "index")]))
        results.append({"label": label, "mb": mb, "extract": ext, "index": idx})
    if a.json:
        with open(a.json, "w") as fh:
            json.dump(results, fh, indent=1)
    med = statistics.median
    peer = results[0]
    peer_ext = peer["mb"] / med(peer["extract"])
    peer_idx = peer["mb"] / med(peer["index"])
    print()
    print(f"worst file shapes (issue 14): one file of each shape, ~{a.mb} MB, {a.runs} runs; medians")
    print()
    print("| shape | MB | extract | extract MB/s | index --full | index MB/s | vs ordinary stories (extract / index) |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for r in results:
        e, i = med(r["extract"]), med(r["index"])
        print(f"| {r['label']} | {r['mb']:.1f} | {e:.2f} s | {r['mb'] / e:.1f} | {i:.2f} s | {r['mb'] / i:.1f} | "
              f"{r['mb'] / e / peer_ext:.2f}× / {r['mb'] / i / peer_idx:.2f}× |")
    print()
    print("- extract: `embargo extract --json FILE` (whole process); index: `embargo index --full` over a folder"
          " holding only that file; --max-file-mb raised for both so that a file just over the size is admitted")


if __name__ == "__main__":
    main()
