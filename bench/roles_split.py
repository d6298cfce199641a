#!/usr/bin/env python3
"""Score the sanctions facets on a TUNE and a HELD half of the labelled roles data, so a rule can be kept
only when the half it was not tuned on does not get worse.

  python3 bench/roles_split.py                 # one table: TUNE, HELD, dev, dev2 (run from the project root)
  python3 bench/roles_split.py --errors        # also every wrong facet of the TUNE stories (never HELD's)
  python3 bench/roles_split.py --bin B --data DIR

The split is by source and year, fixed, never by story: tune = Reuters 1987 + BBC 2005 + Usenet,
held = Reuters 2017 + TIME 1963 (42 stories each; 20 and 25 negatives). Scoring is evaluate.py's own
(`facets`): its extract runner, its set scoring, its SU/DD/YD folding and its case-folded target names;
this script only adds the halves and the share of negatives given no sanctioner.
"""
import argparse, importlib.util, json, os, re, shutil, sys, tempfile

SHARED = os.environ.get('EMBARGO_SHARED', '/work/shared')
TUNE_SOURCES = {'reuters21578', 'bbc2005', '20news'}
HELD_SOURCES = {'isot_reuters2017', 'time1963'}
FACETS = ['countries', 'sanctioners', 'target_countries', 'target_types', 'targets']
SAME = {'SU': 'RU', 'DD': 'DE', 'YD': 'YE'}


def load_evaluate():
    spec = importlib.util.spec_from_file_location('evaluate', os.path.join(SHARED, 'eval', 'evaluate.py'))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def facet_sets(k, pred, gold):
    """The sets evaluate.py compares for facet k."""
    if k == 'targets':
        return {t.get('name', '').lower() for t in pred}, {t['name'].lower() for t in gold}
    if k != 'target_types':
        return {SAME.get(x, x) for x in pred}, {SAME.get(x, x) for x in gold}
    return set(pred), set(gold)


def print_errors(docs, got):
    """Each story's wrong facets: + predicted but not gold, - gold but missed."""
    for d in docs:
        e = got.get(d['_path'], {})
        lines = []
        for k in FACETS:
            p, g = facet_sets(k, e.get(k) or [], d.get(k) or [])
            if p != g:
                lines.append(f'  {k}: +{sorted(p - g)} -{sorted(g - p)}')
        if lines:
            print(f"{d['id']} neg={d.get('negative')} notes={d.get('notes', '')[:150]!r}")
            print('\n'.join(lines))


def score(ev, docs, got):
    """Per facet (tp, fp, fn) over docs, and (negatives with no sanctioner, negatives)."""
    tot = {k: [0, 0, 0] for k in FACETS}
    neg_ok = neg_n = 0
    for d in docs:
        e = got.get(d['_path'], {})
        for k in FACETS:
            p, g = facet_sets(k, e.get(k) or [], d.get(k) or [])
            t, f, n = ev.setf(p, g)
            tot[k][0] += t; tot[k][1] += f; tot[k][2] += n
        if d.get('negative'):
            neg_n += 1
            neg_ok += not (e.get('sanctioners') or [])
    return tot, (neg_ok, neg_n)


def f1_of(ev, tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return ev.f1(p, r)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--bin', default='target/release/embargo')
    ap.add_argument('--data', default=os.path.join(SHARED, 'data', 'roles'))
    ap.add_argument('--errors', action='store_true', help='print the wrong facets of TUNE stories')
    a = ap.parse_args()
    ev = load_evaluate()
    docs = []
    for name in ['dev.jsonl', 'dev2.jsonl']:
        for line in open(os.path.join(a.data, name)):
            if line.strip():
                d = json.loads(line)
                d['_file'] = name
                docs.append(d)
    tmp = tempfile.mkdtemp(prefix='embargo-split-')
    try:
        for d in docs:
            # The same file layout evaluate.py's `facets` writes: title, blank line, text.
            p = os.path.join(tmp, re.sub(r'[^\w.-]', '-', d['id']) + '.txt')
            with open(p, 'w') as f:
                f.write(f"{d.get('title') or ''}\n\n{d.get('text') or d.get('body')}\n")
            d['_path'] = os.path.abspath(p)
        got, _ = ev.run_extract(a.bin, [d['_path'] for d in docs])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    halves = [
        ('TUNE', [d for d in docs if d['source'] in TUNE_SOURCES]),
        ('HELD', [d for d in docs if d['source'] in HELD_SOURCES]),
        ('dev', [d for d in docs if d['_file'] == 'dev.jsonl']),
        ('dev2', [d for d in docs if d['_file'] == 'dev2.jsonl']),
    ]
    assert len(halves[0][1]) + len(halves[1][1]) == len(docs), 'a source in neither half'
    short = {'countries': 'ctry', 'sanctioners': 'sanc', 'target_countries': 'tctry',
             'target_types': 'ttype', 'targets': 'named'}
    print(f"{'set':5} {'docs':>4} " + ' '.join(f'{short[k]:>6}' for k in FACETS) + f" {'mean':>6} {'neg-ok':>8}")
    for name, ds in halves:
        tot, (ok, n) = score(ev, ds, got)
        fs = [f1_of(ev, *tot[k]) for k in FACETS]
        print(f'{name:5} {len(ds):4d} ' + ' '.join(f'{x:6.3f}' for x in fs)
              + f' {sum(fs) / len(fs):6.3f} {ok:3d}/{n:<3d}  named tp/fp/fn={tot["targets"][0]}/{tot["targets"][1]}/{tot["targets"][2]}')
    if a.errors:
        print('\nTUNE errors (+ predicted, not gold; - gold, missed):')
        print_errors(halves[0][1], got)


if __name__ == '__main__':
    main()
