#!/usr/bin/env python3
"""Time embargo against its baselines and print the benchmark table. Called by bench/run.

  bench.py --bin DIR --work DIR --queries FILE --runs N --scale LABEL=CORPUS[:INDEXARGS] ...

For each corpus: full index (embargo --full vs the bare tantivy indexer), the four rebuilds (nothing
changed, 100 added, 100 changed, 100 deleted), then the search queries (embargo, whole process) and
the ripgrep baseline. Every step runs N times; the table shows medians (p50/p95 for searches), peak
resident memory from /usr/bin/time -v, and ratios between numbers taken in this same run.
"""

import argparse
import json
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

ADDED_DIR = "zz-bench-added"


def log(msg):
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def anon_mib(pid):
    """Anonymous resident memory of a process in MiB (heap and stacks; not the mapped index files)."""
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("RssAnon:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def timed(cmd, env=None):
    """Run a command under /usr/bin/time -v: wall seconds, peak RSS MiB, peak anonymous MiB (sampled every
    50 ms from /proc), CPU percent, stdout. Peak RSS counts the pages of index files tantivy maps while
    merging, which the kernel can drop at will; the anonymous peak is the memory the process itself holds."""
    tf = "/tmp/embargo-bench-time.%d" % os.getpid()
    t0 = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        p = subprocess.Popen(["/usr/bin/time", "-v", "-o", tf] + cmd, stdout=out, stderr=err, text=True, env=env)
        anon = 0.0
        while p.poll() is None:
            try:
                with open(f"/proc/{p.pid}/task/{p.pid}/children") as fh:
                    kids = fh.read().split()
            except OSError:
                kids = []
            for k in kids:
                anon = max(anon, anon_mib(k))
            time.sleep(0.05)
        wall = time.perf_counter() - t0
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    stats = open(tf).read()
    os.unlink(tf)
    if p.returncode != 0:
        sys.exit(f"command failed ({p.returncode}): {shlex.join(cmd)}\n{stderr[-3000:]}")
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", stats).group(1)) / 1024
    cpu = re.search(r"Percent of CPU this job got: (\d+)%", stats)
    secs = sum(float(x) for x in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", stats))
    return {"wall": wall, "mib": rss, "anon_mib": anon, "cpu": int(cpu.group(1)) if cpu else 0, "cpu_s": secs,
            "out": stdout.strip()}


def wall(cmd, shell=False):
    """Whole-process wall time in seconds, nothing in between (no /usr/bin/time wrapper)."""
    t0 = time.perf_counter()
    p = subprocess.run(cmd, shell=shell, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    t = time.perf_counter() - t0
    # A ripgrep pipeline exits non-zero when nothing matches (xargs: 123); only "not found" is fatal.
    if (shell and p.returncode in (126, 127)) or (not shell and p.returncode != 0):
        sys.exit(f"command failed ({p.returncode}): {cmd}\n{p.stderr[-2000:]}")
    return t


def med(xs):
    return statistics.median(xs) if xs else float("nan")


def pct(xs, q):
    xs = sorted(xs)
    if not xs:
        return float("nan")
    k = min(len(xs) - 1, max(0, round(q / 100 * (len(xs) - 1))))
    return xs[k]


def counts(summary):
    return {w: int(n) for n, w in re.findall(r"(\d+) (added|updated|removed|unchanged|skipped)", summary)}


def load_queries(path):
    """Each line: the query text (one argument), then optionally ` | ` and shell-quoted options."""
    out = []
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        text, _, opts = line.partition("|")
        text = text.strip()
        out.append(([text] if text else []) + shlex.split(opts))
    return out


def rg_terms(args):
    """The words and quoted phrases of a query (operators dropped), plus a --country value."""
    terms, i = [], 0
    while i < len(args):
        a = args[i]
        if a.startswith("--"):
            if a == "--country":
                terms.append(args[i + 1])
            i += 2
            continue
        for t in re.findall(r'"([^"]+)"|(\S+)', a):
            word = t[0] or t[1]
            if word not in ("AND", "OR") and not word.startswith("-"):
                terms.append(word)
        i += 1
    return terms


def rg_command(terms, corpus):
    """Files holding every term: the first term over the whole corpus, the others over its matches."""
    if not terms:
        return None
    cmd = "rg -l -i -F --no-messages -0 -e %s %s" % (shlex.quote(terms[0]), shlex.quote(corpus))
    for t in terms[1:]:
        cmd += " | xargs -0 -r rg -l -i -F --no-messages -0 -e %s" % shlex.quote(t)
    return cmd + " > /dev/null"


def warm(corpus):
    subprocess.run("find %s -type f -print0 | xargs -0 cat > /dev/null" % shlex.quote(corpus), shell=True)


def bench_scale(label, corpus, index_extra, a, queries):
    emb = os.path.join(a.bin, "embargo")
    bare = os.path.join(a.bin, "embargo-bare-index")
    idx = os.path.join(a.work, f"index-{label}")
    bidx = os.path.join(a.work, f"index-{label}-bare")
    added = os.path.join(corpus, ADDED_DIR)
    backup = os.path.join(a.work, f"changed-backup-{label}")
    r = {"label": label, "corpus": corpus, "notes": []}
    if index_extra:
        r["notes"].append(f"embargo index ran with {' '.join(index_extra)}")

    # Undo what an interrupted earlier run may have left in the corpus.
    shutil.rmtree(added, ignore_errors=True)
    restore(backup, corpus)
    log(f"{label}: warming the page cache")
    warm(corpus)

    full, barer = [], []
    for i in range(a.runs):
        log(f"{label}: full index, run {i + 1}/{a.runs}")
        full.append(timed([emb, "index", "--full", "--corpus", corpus, "--index", idx] + index_extra))
        barer.append(timed([bare, corpus, bidx]))
    r["full"], r["bare"] = full, barer
    r["docs"] = counts(full[-1]["out"]).get("added", 0)
    r["index_mib"] = du_mib(idx)
    r["bare_index_mib"] = du_mib(bidx)
    shutil.rmtree(bidx, ignore_errors=True)

    files = sorted(
        os.path.join(root, n)
        for root, _, names in os.walk(corpus)
        for n in names
        if n.endswith(".txt")
    )
    step = max(1, len(files) // 100)
    to_change = files[::step][:100]
    os.makedirs(backup, exist_ok=True)
    for k, f in enumerate(to_change):
        shutil.copy2(f, os.path.join(backup, f"{k}.txt"))
    with open(os.path.join(backup, "list.json"), "w") as fh:
        json.dump(to_change, fh)
    sources = files[1::step][:100]

    rb = {"noop": [], "add": [], "change": [], "delete": []}
    base = [emb, "index", "--index", idx] + index_extra
    for i in range(a.runs):
        log(f"{label}: rebuilds, run {i + 1}/{a.runs}")
        rb["noop"].append(check(timed(base), "unchanged", None, updated=0, added=0, removed=0))
        os.makedirs(added, exist_ok=True)
        for k, src in enumerate(sources):
            text = open(src, encoding="utf-8").read()
            with open(os.path.join(added, f"r{i}-{k:03d}.txt"), "w", encoding="utf-8") as fh:
                fh.write(f"{text.rstrip()}\n\nxadded{i}x{k}\n")
        rb["add"].append(check(timed(base), "added", 100))
        for f in to_change:
            with open(f, "a", encoding="utf-8") as fh:
                fh.write(f"\nRevised in bench run {i}.\n")
        rb["change"].append(check(timed(base), "updated", 100))
        shutil.rmtree(added)
        rb["delete"].append(check(timed(base), "removed", 100))
    r["rebuild"] = rb
    restore(backup, corpus)
    timed(base)  # bring the index back in line with the pristine corpus (untimed)

    log(f"{label}: {len(queries)} searches x {a.runs}")
    lat, mem = [], []
    for args in queries:
        cmd = [emb, "search", "--index", idx, "--limit", "10", "--color", "never"] + args
        mem.append(timed(cmd)["mib"])  # also warms this query's pages
        for _ in range(a.runs):
            lat.append(wall(cmd))
    r["search"], r["search_mib"] = lat, mem

    rg_q = queries[: a.rg_queries] if a.rg_queries else queries
    rg_runs = a.rg_runs or a.runs
    log(f"{label}: ripgrep over {len(rg_q)} queries x {rg_runs}")
    rgl, rgm = [], []
    for args in rg_q:
        cmd = rg_command(rg_terms(args), corpus)
        if cmd is None:
            continue
        rgm.append(timed(["bash", "-c", cmd.replace(" > /dev/null", "") + " | tail -c0"])["mib"])
        for _ in range(rg_runs):
            rgl.append(wall(cmd, shell=True))
    r["rg"], r["rg_mib"], r["rg_queries"] = rgl, rgm, len(rg_q)
    r["serve"] = bench_serve(label, idx, a, queries)
    return r


def serve_only(label, corpus, index_extra, a, queries):
    """--serve-only: the API and page rows alone, on the index of an earlier run (built untimed if none)."""
    emb = os.path.join(a.bin, "embargo")
    idx = os.path.join(a.work, f"index-{label}")
    if not os.path.exists(os.path.join(idx, "meta.json")):
        log(f"{label}: building the index (untimed)")
        timed([emb, "index", "--full", "--corpus", corpus, "--index", idx] + index_extra)
    docs = counts(timed([emb, "index", "--corpus", corpus, "--index", idx] + index_extra)["out"])
    return {"label": label, "serve": bench_serve(label, idx, a, queries), "docs": sum(docs.values()) - docs.get("skipped", 0) - docs.get("removed", 0)}


def api_params(args):
    """`embargo search` arguments as /api/search parameters: the query is `q`, each --flag its name."""
    params, i = [], 0
    while i < len(args):
        a = args[i]
        if a.startswith("--"):
            params.append((a[2:], args[i + 1]))
            i += 2
        else:
            params.append(("q", a))
            i += 1
    return params


def start_server(emb, idx):
    """`embargo serve --port 0` on the index; returns (process, base URL) once it prints its URL."""
    p = subprocess.Popen([emb, "serve", "--index", idx, "--port", "0"], stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, text=True)
    url = p.stdout.readline().strip().rstrip("/")
    if not url.startswith("http://"):
        p.kill()
        sys.exit(f"embargo serve printed {url!r}")
    return p, url


def fetch(url):
    """Wall seconds and bytes of one GET that must answer 200."""
    t0 = time.perf_counter()
    with urllib.request.urlopen(url, timeout=60) as r:
        body = r.read()
    return time.perf_counter() - t0, len(body)


def bench_serve(label, idx, a, queries, clients=8):
    """The API under `clients` concurrent clients, each sending every query (as the page does: top 10
    with facets and the timeline) `a.runs` times in its own order; and the page's first load: the four
    requests a browser makes to open it (page, script, style sheet, the opening search), one after the
    other, repeated."""
    emb = os.path.join(a.bin, "embargo")
    proc, base = start_server(emb, idx)
    try:
        paths = []
        for args in queries:
            qs = urllib.parse.urlencode(api_params(args) + [("limit", "10"), ("facets", "true"), ("timeline", "true")])
            paths.append(base + "/api/search?" + qs)
        for u in paths:  # warm every query's pages once, untimed
            fetch(u)
        log(f"{label}: API, {clients} clients x {len(paths)} queries x {a.runs}")
        lat, errors = [], []
        lock = threading.Lock()

        def client(k):
            order = paths[k % len(paths):] + paths[:k % len(paths)]
            mine = []
            for _ in range(a.runs):
                for u in order:
                    try:
                        mine.append(fetch(u)[0])
                    except (urllib.error.URLError, OSError) as e:
                        errors.append(f"{u}: {e}")
            with lock:
                lat.extend(mine)

        t0 = time.perf_counter()
        threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        span = time.perf_counter() - t0
        if errors:
            sys.exit(f"API errors: {errors[:3]}")
        single = [fetch(u)[0] for u in paths for _ in range(a.runs)]
        loads, size = [], 0
        first = [base + "/", base + "/assets/app.js", base + "/assets/app.css",
                 base + "/api/search?limit=10&facets=true&timeline=true"]
        for _ in range(max(5, a.runs)):
            t, size = 0.0, 0
            for u in first:
                dt, n = fetch(u)
                t, size = t + dt, size + n
            loads.append(t)
    finally:
        proc.terminate()
        proc.wait()
    return {"api": lat, "api_single": single, "api_span": span, "clients": clients,
            "first_load": loads, "first_load_bytes": size}


def serve_rows(r, row):
    s = r.get("serve")
    if not s:
        return
    lat = s["api"]
    row("API search p50 / p95, %d clients" % s["clients"], r["label"],
        f"{pct(lat, 50) * 1000:.1f} / {pct(lat, 95) * 1000:.1f} ms",
        f"one client: {pct(s['api_single'], 50) * 1000:.1f} / {pct(s['api_single'], 95) * 1000:.1f} ms",
        f"{len(lat) / s['api_span']:.0f} req/s", "p50 ≤ 20 ms", "", "")
    row("page first load (4 requests)", r["label"], f"{med(s['first_load']) * 1000:.1f} ms",
        f"{s['first_load_bytes'] / 1024:.0f} KiB", "", "", "", "")


def check(res, word, expect, **others):
    c = counts(res["out"])
    if expect is not None and c.get(word) != expect:
        sys.exit(f"expected {expect} {word}, got: {res['out']}")
    for k, v in others.items():
        if c.get(k) != v:
            sys.exit(f"expected {v} {k}, got: {res['out']}")
    return res


def restore(backup, corpus):
    lst = os.path.join(backup, "list.json")
    if os.path.exists(lst):
        for k, f in enumerate(json.load(open(lst))):
            shutil.copy2(os.path.join(backup, f"{k}.txt"), f)
        shutil.rmtree(backup)


def du_mib(path):
    total = 0
    for root, _, names in os.walk(path):
        for n in names:
            total += os.path.getsize(os.path.join(root, n))
    return total / (1 << 20)


def peak(runs):
    """Peak RSS and, in brackets, peak anonymous memory over the runs of one step, in MiB."""
    anon = max(x.get("anon_mib", 0) for x in runs)
    # A process that ends within one sampling interval has no anonymous sample.
    return f"{max(x['mib'] for x in runs):.0f}" + (f" ({anon:.0f})" if anon else "")


def table(results, runs):
    rows = []

    def row(*cells):
        rows.append("| " + " | ".join(str(c) for c in cells) + " |")

    row("step", "corpus", "embargo", "baseline", "ratio", "goal", "peak MiB (anon)", "CPU")
    row(*["---"] * 8)
    for r in results:
        L = r["label"]
        f, b = r["full"], r["bare"]
        fm, bm = med([x["wall"] for x in f]), med([x["wall"] for x in b])
        goal = "≤ 1.3×" + (", ≤ 400 MiB" if L.startswith("1M") else "")
        row(
            "full index",
            L,
            f"{fm:.2f} s",
            f"{bm:.2f} s (bare tantivy)",
            f"{fm / bm:.2f}×",
            goal,
            f"{peak(f)} / {peak(b)}",
            f"{med([x['cpu'] for x in f]):.0f}% / {med([x['cpu'] for x in b]):.0f}%",
        )
        fc, bc = med([x["cpu_s"] for x in f]), med([x["cpu_s"] for x in b])
        row("full index, CPU time (user+sys)", L, f"{fc:.2f} s", f"{bc:.2f} s", f"{fc / bc:.2f}×", "", "", "")
        goals = {"noop": "≤ 0.5 s", "add": "≤ 1 s", "change": "", "delete": ""}
        names = {"noop": "rebuild, nothing changed", "add": "rebuild, 100 added", "change": "rebuild, 100 changed", "delete": "rebuild, 100 deleted"}
        for k in ("noop", "add", "change", "delete"):
            xs = r["rebuild"][k]
            row(
                names[k],
                L,
                f"{med([x['wall'] for x in xs]):.2f} s",
                "",
                "",
                goals[k] if not L.startswith("1M") else "",
                peak(xs),
                f"{med([x['cpu'] for x in xs]):.0f}%",
            )
        s, g = r["search"], r["rg"]
        sp50, sp95 = pct(s, 50), pct(s, 95)
        gp50, gp95 = pct(g, 50), pct(g, 95)
        row(
            "search p50 / p95",
            L,
            f"{sp50 * 1000:.1f} / {sp95 * 1000:.1f} ms",
            f"{gp50 * 1000:.0f} / {gp95 * 1000:.0f} ms (rg -l -i)",
            f"{gp50 / sp50:.0f}× faster",
            "p50 ≤ 10 ms" if not L.startswith("1M") else "≥ 100× faster than rg",
            f"{max(r['search_mib']):.0f} / {max(r['rg_mib']):.0f}",
            "",
        )
        serve_rows(r, row)
    return "\n".join(rows)


def serve_table(results):
    rows = []

    def row(*cells):
        rows.append("| " + " | ".join(str(c) for c in cells) + " |")

    row("step", "corpus", "embargo", "baseline", "ratio", "goal", "peak MiB (anon)", "CPU")
    row(*["---"] * 8)
    for r in results:
        serve_rows(r, row)
    return "\n".join(rows)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--queries", required=True)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--rg-queries", type=int, default=0, help="ripgrep only the first K queries (0: all)")
    ap.add_argument("--rg-runs", type=int, default=0)
    ap.add_argument("--scale", action="append", required=True, help="LABEL=CORPUS[:extra index args]")
    ap.add_argument("--json", help="also write the raw measurements here")
    ap.add_argument("--serve-only", action="store_true", help="only the `embargo serve` API and page rows")
    a = ap.parse_args()
    queries = load_queries(a.queries)
    results = []
    for spec in a.scale:
        label, rest = spec.split("=", 1)
        corpus, _, extra = rest.partition(":")
        step = serve_only if a.serve_only else bench_scale
        results.append(step(label, corpus, extra.split(), a, queries))
    if a.json:
        with open(a.json, "w") as fh:
            json.dump(results, fh, indent=1)
    if a.serve_only:
        print()
        print(f"embargo serve benchmark: {a.runs} runs, {len(queries)} queries")
        print()
        print(serve_table(results))
        print()
        print(f"- {results[0]['docs']} documents; API times are whole HTTP requests from Python clients on this machine"
              " (top 10 with snippets, facets and the month timeline), every query warmed once first")
        return
    print()
    print(f"embargo benchmark: {a.runs} runs per step, {len(queries)} queries; medians, peak memory over all runs")
    print()
    print(table(results, a.runs))
    print()
    for r in results:
        print(f"- {r['label']}: {r['docs']} documents; index {r['index_mib']:.0f} MiB on disk (bare tantivy {r['bare_index_mib']:.0f} MiB); ripgrep timed on {r['rg_queries']} queries")
        for n in r["notes"]:
            print(f"- {r['label']}: {n}")
    print("- peak MiB: embargo / baseline; maximum resident set (/usr/bin/time), and in brackets the peak of anonymous memory"
          " (heap, sampled every 50 ms): resident pages of index files tantivy maps while merging count in the first, not"
          " the second; CPU: share of one core used (200% = both cores of a 2-core machine)")
    print("- CPU time is less sensitive than wall time to other load on the machine (see the load averages)")
    print("- search times are whole processes (start, open the index, top 10 with snippets, print, exit)")
    print("- API: `embargo serve` on the same index, concurrent Python clients each sending every query (top 10 with"
          " snippets, facets and the month timeline) in its own order; page first load: the page, its script, its"
          " style sheet and the opening search, one after the other (median)")


if __name__ == "__main__":
    main()
