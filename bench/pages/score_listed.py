#!/usr/bin/env python3
"""Score the linker's `match` links against the hand labels, by (id, entry_id).

usage: score.py [LISTED_JSONL] [LINKS_TSV]
  LISTED_JSONL  hand labels (default listed.jsonl beside this file)
  LINKS_TSV     output of links.py: id, status, score, mention, entry_id, entry_name, why

A link is a true positive when its (id, entry_id) pair is labelled, whether the label is a full name or a
weak one (surname only, nickname, given names only, misnamed). Recall is given two ways: over all labels,
and over full-name labels only (weak labels are then neither required nor counted as misses; a link to
one still counts as a true positive). Rows are broken down by the list entry's type and by id parity.
"""
import csv, json, os, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'listed.jsonl')
LINKS = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, 'links.tsv')
SDN_CSV = os.path.join(os.environ.get('EMBARGO_SHARED', '/work/shared'), 'data/sanctions/ofac-sdn-2024-05-03.csv')


def entry_types():
    """uid -> person/organisation/vessel/aircraft, so false links get a type too."""
    out = {}
    with open(SDN_CSV, encoding='utf-8', errors='replace') as f:
        for r in csv.reader(f):
            if len(r) == 12:
                out[r[0]] = {'individual': 'person', 'vessel': 'vessel', 'aircraft': 'aircraft'}.get(r[2].strip(), 'organisation')
    return out


def load_labels(path):
    gold = {}  # (id, uid) -> label row
    ids = []
    for line in open(path, encoding='utf-8'):
        d = json.loads(line)
        ids.append(d['id'])
        for x in d['listed']:
            gold[(d['id'], x['entry_id'])] = x
    return ids, gold


def load_links(path):
    links = defaultdict(list)  # (id, uid) -> [(score, mention, entry_name, why)] for status match
    for line in open(path, encoding='utf-8'):
        p = line.rstrip('\n').split('\t')
        if len(p) < 7 or p[1] != 'match':
            continue
        links[(p[0], p[4])].append((float(p[2]), p[3], p[5], p[6]))
    return links


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r


def row(name, pairs_pred, gold, strict):
    """strict=False: weak labels are optional (not misses)."""
    tp = sum(1 for k in pairs_pred if k in gold)
    fp = sum(1 for k in pairs_pred if k not in gold)
    fn = sum(1 for k, g in gold.items() if k not in pairs_pred and (strict or not g['surname_only']))
    p, r = prf(tp, fp, fn)
    return f"{name:<22} {tp:>4} {fp:>4} {fn:>4}   P={p:.3f}  R={r:.3f}"


def main():
    types = entry_types()
    ids, gold = load_labels(LABELS)
    links = load_links(LINKS)
    pred = set(links)
    groups = {'all': lambda k: True, 'odd ids': lambda k: int(k[0][2:]) % 2 == 1, 'even ids': lambda k: int(k[0][2:]) % 2 == 0}
    for t in ('person', 'organisation', 'vessel', 'aircraft'):
        groups[t] = (lambda t: lambda k: types.get(k[1]) == t)(t)
    print(f"labels: {len(gold)} (id, entry) pairs in {len(ids)} excerpts, {sum(1 for g in gold.values() if g['surname_only'])} weak; "
          f"match links: {len(pred)} distinct (id, entry) pairs")
    for strict, title in ((True, 'recall over ALL labels (weak ones count as misses)'), (False, 'recall over FULL-NAME labels only')):
        print(f"\n== {title}\n{'':<22} {'tp':>4} {'fp':>4} {'fn':>4}")
        for name, sel in groups.items():
            g = {k: v for k, v in gold.items() if sel(k)}
            pp = {k for k in pred if sel(k)}
            if g or pp:
                print(row(name, pp, g, strict))
    print("\n== false links (match, not labelled)")
    for k in sorted(pred - set(gold)):
        for s, m, en, why in links[k]:
            print(f"FP {k[0]} {types.get(k[1], '?'):<12} {s:.2f}  {m!r} -> {k[1]} {en}  | {why}")
    print("\n== misses (labelled, no match link)")
    for k in sorted(set(gold) - pred):
        g = gold[k]
        kind = g.get('kind', 'full') if g['surname_only'] else 'full'
        print(f"FN {k[0]} {g['type']:<12} [{kind}] {g['mention']!r} -> {k[1]} {g['entry_name']}")


if __name__ == '__main__':
    main()
