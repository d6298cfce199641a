#!/usr/bin/env python3
"""Sanctions-list rows of the benchmark (issue 11), run by `bench/run` (and alone with `bench/run --lists-only`).

    python3 bench/lists.py --bin target/release --work /tmp/embargo-bench --corpus CORPUS --ofac OFAC.csv \
        [--runs 3] [--names 500000] [--json OUT.json]

Rows, all measured here in one run:
- `index --full` of the corpus without lists and with the OFAC list loaded (so every story is linked
  as it is indexed): medians of wall time and of CPU time (user+sys), and the overhead of linking
- `search --listed` (top 10, whole process): p50 and p95 over 20 runs
- `screen --list ofac --json` over the whole index: wall time
- a generated list of --names names (half people, half companies; fixed seed): `lists add` on the
  corpus index, which loads the list and relinks every story: wall time and peak memory (GNU time)
"""
import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time


def log(msg):
    print(f"lists: {msg}", file=sys.stderr, flush=True)


def timed(cmd):
    """Run under GNU time: wall seconds, CPU seconds (user+sys), peak RSS in MiB, stdout."""
    t0 = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-f", "%U %S %M"] + cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        sys.exit(f"lists: {' '.join(cmd)} failed ({p.returncode}): {p.stderr[-2000:]}")
    user, sys_, rss = p.stderr.strip().splitlines()[-1].split()
    return {"wall": wall, "cpu": float(user) + float(sys_), "rss_mib": int(rss) / 1024, "out": p.stdout}


GIVEN = ["Anna", "Boris", "Carlos", "Dmitri", "Elena", "Farid", "Grace", "Hassan", "Irina", "Jorge", "Kenji",
         "Leila", "Marco", "Nadia", "Oleg", "Priya", "Quentin", "Rosa", "Sergei", "Tariq", "Ursula", "Viktor",
         "Wen", "Xavier", "Yusuf", "Zofia"]
SYLLABLES = ["ka", "lo", "mir", "ten", "vas", "rou", "shen", "dar", "pol", "gan", "ber", "sko", "lin", "mat",
             "zor", "ev", "ov", "ich", "ian", "ez", "son", "berg", "ski", "ova"]
FORMS = ["LLC", "LTD", "JSC", "GMBH", "S.A.", "OOO", "CO., LTD.", "INC"]
WORDS = ["Trading", "Shipping", "Holding", "Energy", "Metal", "Logistics", "Systems", "Group", "Capital",
         "Marine", "Tech", "Invest"]


def generated_list(path, n, seed=11):
    """A CSV list of n made-up names: people as `FAMILY, Given` with an alias, companies with legal forms."""
    rng = random.Random(seed)

    def word():
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()

    with open(path, "w", encoding="utf-8") as f:
        f.write("id,name,type,aliases\n")
        for i in range(n):
            if i % 2 == 0:
                fam, giv = word(), rng.choice(GIVEN)
                alias = f"{fam.upper()}, {giv[0]}."
                f.write(f'G{i},"{fam.upper()}, {giv} {word()}",person,"{alias}"\n')
            else:
                name = f"{word()} {rng.choice(WORDS)} {rng.choice(FORMS)}"
                f.write(f'G{i},"{name}",company,\n')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--ofac", required=True)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--names", type=int, default=500_000)
    ap.add_argument("--json")
    a = ap.parse_args()
    emb = os.path.join(a.bin, "embargo")
    base_idx = os.path.join(a.work, "lists-index-base")
    ofac_idx = os.path.join(a.work, "lists-index-ofac")
    for d in (base_idx, ofac_idx):
        shutil.rmtree(d, ignore_errors=True)
    os.makedirs(ofac_idx)
    timed([emb, "lists", "add", a.ofac, "--name", "ofac", "--index", ofac_idx])
    base, ofac = [], []
    for i in range(a.runs):
        # Alternate the two, so a change in the machine's load falls on both.
        log(f"index --full without and with the OFAC list, run {i + 1}/{a.runs}")
        base.append(timed([emb, "index", "--full", "--corpus", a.corpus, "--index", base_idx]))
        ofac.append(timed([emb, "index", "--full", "--corpus", a.corpus, "--index", ofac_idx]))
    med = lambda rs, k: statistics.median(r[k] for r in rs)
    log("search --listed, 20 runs")
    searches = []
    for _ in range(20):
        t0 = time.perf_counter()
        subprocess.run([emb, "search", "--listed", "--index", ofac_idx, "--limit", "10", "--color", "never"],
                       capture_output=True, check=True)
        searches.append((time.perf_counter() - t0) * 1000)
    searches.sort()
    log("screen --list ofac")
    screen = timed([emb, "screen", "--list", "ofac", "--json", "--index", ofac_idx])
    screened = sum(1 for line in screen["out"].splitlines() if line.strip())
    big = os.path.join(a.work, f"generated-{a.names}.csv")
    if not os.path.exists(big):
        log(f"writing {a.names} generated names to {big}")
        generated_list(big, a.names)
    log("lists add of the generated list (load and relink)")
    big_idx = os.path.join(a.work, "lists-index-big")
    shutil.rmtree(big_idx, ignore_errors=True)
    shutil.copytree(base_idx, big_idx)
    add = timed([emb, "lists", "add", big, "--name", "generated", "--index", big_idx])
    r = {
        "index_full_base_wall": med(base, "wall"), "index_full_base_cpu": med(base, "cpu"),
        "index_full_ofac_wall": med(ofac, "wall"), "index_full_ofac_cpu": med(ofac, "cpu"),
        "index_full_ofac_rss_mib": med(ofac, "rss_mib"),
        "search_listed_p50_ms": searches[len(searches) // 2],
        "search_listed_p95_ms": searches[int(len(searches) * 0.95) - 1],
        "screen_ofac_wall": screen["wall"], "screen_ofac_names_with_hits": screened,
        "screen_ofac_rss_mib": screen["rss_mib"],
        "generated_names": a.names, "generated_add_wall": add["wall"], "generated_add_rss_mib": add["rss_mib"],
        "runs": a.runs,
    }
    cpu_over = r["index_full_ofac_cpu"] / r["index_full_base_cpu"] - 1
    wall_over = r["index_full_ofac_wall"] / r["index_full_base_wall"] - 1
    print()
    print("| sanctions lists (issue 11) | value | goal |")
    print("|---|---|---|")
    print(f"| index --full, no list | {r['index_full_base_wall']:.1f} s wall, {r['index_full_base_cpu']:.1f} s CPU | |")
    print(f"| index --full, OFAC loaded (every story linked) | {r['index_full_ofac_wall']:.1f} s wall, "
          f"{r['index_full_ofac_cpu']:.1f} s CPU, peak {r['index_full_ofac_rss_mib']:.0f} MiB | |")
    print(f"| linking overhead on index --full | {cpu_over * 100:+.0f}% CPU, {wall_over * 100:+.0f}% wall | ≤ +20% |")
    print(f"| search --listed (top 10, whole process) | p50 {r['search_listed_p50_ms']:.1f} ms, "
          f"p95 {r['search_listed_p95_ms']:.1f} ms | p50 < 10 ms |")
    print(f"| screen --list ofac --json ({screened} names with hits) | {r['screen_ofac_wall']:.1f} s wall, "
          f"peak {r['screen_ofac_rss_mib']:.0f} MiB | ≤ 10 s |")
    print(f"| lists add of {a.names:,} generated names (load + relink every story) | {r['generated_add_wall']:.1f} s wall, "
          f"peak {r['generated_add_rss_mib']:.0f} MiB | < 500 MiB |")
    print(f"- medians of {a.runs} alternated runs; CPU time is user+sys from GNU time, the steadier figure on a shared machine")
    if a.json:
        with open(a.json, "w") as f:
            json.dump(r, f, indent=1)


if __name__ == "__main__":
    main()
