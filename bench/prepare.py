#!/usr/bin/env python3
"""Write the benchmark corpora as one .txt file per story (title line, blank line, text).

  prepare.py 41k NEWS_JSONL_GZ OUT     41,511 real stories -> OUT/<source>/<id>.txt
  prepare.py 1m  CORPUS_41K    OUT     25 copies of the 41.5k corpus -> OUT/copyNN/<source>/<id>.txt

Each copy of the 1M variant ends with one extra paragraph holding a token unique to that copy
(`xcopy07`), so no two documents have the same text and search cannot fold copies into one hit.
A finished corpus is marked with OUT/.complete (a hidden file: embargo and the bare indexer skip it),
so a rerun of bench/run reuses it.
"""

import gzip
import json
import os
import re
import sys

COPIES = 25


def safe(name):
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", name).strip("._") or "x"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def prepare_41k(src, out):
    n = 0
    seen = set()
    with gzip.open(src, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            title = " ".join((rec.get("title") or "").split())
            text = (rec.get("text") or "").strip()
            rel = os.path.join(safe(rec.get("source") or "unknown"), safe(str(rec.get("id") or n)) + ".txt")
            while rel in seen:
                rel = rel[:-4] + "_dup.txt"
            seen.add(rel)
            write(os.path.join(out, rel), f"{title}\n\n{text}\n")
            n += 1
    return n


def prepare_1m(src, out):
    files = []
    for root, dirs, names in os.walk(src):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if name.endswith(".txt"):
                full = os.path.join(root, name)
                files.append((os.path.relpath(full, src), open(full, encoding="utf-8").read()))
    n = 0
    for copy in range(COPIES):
        tag = f"copy{copy:02d}"
        for rel, text in files:
            write(os.path.join(out, tag, rel), f"{text.rstrip()}\n\nx{tag}\n")
            n += 1
    return n


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in ("41k", "1m"):
        sys.exit(__doc__)
    kind, src, out = sys.argv[1:]
    n = prepare_41k(src, out) if kind == "41k" else prepare_1m(src, out)
    with open(os.path.join(out, ".complete"), "w") as f:
        f.write(f"{n}\n")
    print(f"prepare: {n} files in {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
