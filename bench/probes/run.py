#!/usr/bin/env python3
"""Probe sentences of sanctions news, written for the purpose (no dev, check or benchmark text).

Each line of sentences.tsv is `EXPECTED<TAB>SENTENCE` or `EXPECTED<TAB>TARGETS<TAB>SENTENCE`: EXPECTED is
the sanctioners the sentence alone reports, space-separated codes, or `-` for none; TARGETS, when given,
the target countries it reports, likewise. Each sentence becomes one small article (a title and
the sentence, then a neutral sentence so the cleaner keeps the paragraph), and one `embargo extract
--json` call reads them all. Prints every sentence whose sanctioners differ, then a summary line.

  python3 bench/probes/run.py [--bin target/release/embargo]     (from the project root)

A rule found with a probe is kept only when the labelled sets do not get worse (bench/roles_split.py,
bench/errors.py); the probes are a way to find general misses, not a score to fit.
"""
import argparse, json, os, subprocess, sys, tempfile

FILLER = " The measures take effect at once, officials said in a statement on the agency website."

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--bin', default='target/release/embargo')
    ap.add_argument('--file', default=os.path.join(os.path.dirname(__file__), 'sentences.tsv'))
    a = ap.parse_args()
    rows = []
    for line in open(a.file, encoding='utf-8'):
        if not line.strip() or line.startswith('#'):
            continue
        cols = line.rstrip('\n').split('\t')
        codes = lambda c: sorted(c.split()) if c != '-' else []
        targets = codes(cols[1]) if len(cols) == 3 else None
        rows.append((codes(cols[0]), targets, cols[-1]))
    with tempfile.TemporaryDirectory() as d:
        paths = []
        for i, (_, _, text) in enumerate(rows):
            p = os.path.join(d, f'{i:04d}.txt')
            with open(p, 'w', encoding='utf-8') as f:
                # A sentence in capitals gets its filler in capitals: the story is capitals copy.
                filler = FILLER.upper() if text == text.upper() else FILLER
                f.write('Probe story\n\n' + text + filler + '\n')
            paths.append(p)
        out = subprocess.run([a.bin, 'extract', '--json', *paths], capture_output=True, text=True)
        if out.returncode != 0:
            sys.exit(f'embargo extract failed: {out.stderr.strip()}')
        got = {}
        for line in out.stdout.splitlines():
            o = json.loads(line)
            got[os.path.basename(o['path'])] = (sorted(o.get('sanctioners') or []),
                                                sorted(o.get('target_countries') or []))
    pos_ok = neg_ok = pos = neg = tgt = tgt_ok = 0
    for i, (want, targets, text) in enumerate(rows):
        g, gt = got.get(f'{i:04d}.txt', ([], []))
        if targets is not None:
            tgt += 1; tgt_ok += gt == targets
            if gt != targets:
                print(f"TARGETS want {' '.join(targets) or '-'} got {' '.join(gt) or '-'}: {text}")
        ok = g == want
        if want:
            pos += 1; pos_ok += ok
        else:
            neg += 1; neg_ok += ok
        if not ok:
            print(f"MISS want {' '.join(want) or '-'} got {' '.join(g) or '-'}: {text}")
    print(f'probes: positives {pos_ok}/{pos}, negatives {neg_ok}/{neg}, target countries {tgt_ok}/{tgt}')

if __name__ == '__main__':
    main()
