#!/usr/bin/env python3
"""Score the release binary on the hand-labelled modern-style set (labels.jsonl; README.md says how it was made).

  python3 bench/modern/score.py [--bin target/release/embargo] [--ofac FILE] [--news FILE]

labels.jsonl keeps only ids and labels; the texts are joined from the 41.5k stories. Prints evaluate.py's facet
scores, the negatives given no sanctioner, and, with the OFAC list loaded, precision and recall of `match` links
against the listed parties each story mentions (field `listed`, found by hand).
"""
import argparse, json, os, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get('EMBARGO_SHARED', os.path.join(HERE, '..', '..', '..', 'shared'))
sys.path.insert(0, os.path.join(HERE, '..'))
import labelled  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--bin', default='target/release/embargo')
    ap.add_argument('--ofac', default=os.path.join(SHARED, 'data/sanctions/ofac-sdn-2024-05-03.csv'))
    ap.add_argument('--news', default=os.path.join(SHARED, 'data/scale/news-41k.jsonl.gz'))
    a = ap.parse_args()
    labels = labelled.load(os.path.join(HERE, 'labels.jsonl'))
    text = labelled.stories(a.news, {r['id'] for r in labels})
    tmp = tempfile.mkdtemp(prefix='embargo-modern-')
    try:
        labelled.score_facets(a.bin, labels, text, tmp, 'modern.jsonl', SHARED)
        corpus = os.path.join(tmp, 'corpus')
        os.makedirs(corpus)
        path_of = {r['id']: labelled.write_story(corpus, r['id'], text[r['id']]) for r in labels}
        quiet, n = labelled.quiet_negatives(a.bin, labels, path_of)
        print(f'negatives with no sanctioner: {quiet} of {n}')
        idx = os.path.join(tmp, 'index')
        subprocess.run([a.bin, 'index', '--corpus', corpus, '--index', idx], capture_output=True, check=True)
        subprocess.run([a.bin, 'lists', 'add', a.ofac, '--name', 'ofac', '--index', idx], capture_output=True,
                       check=True)
        tp = fp = fn = 0
        errors = []
        for r in labels:
            want = {m['entry_id'] for m in r.get('listed', [])}
            show = subprocess.run([a.bin, 'show', '--index', idx, '--json', path_of[r['id']]],
                                  capture_output=True, text=True, check=True).stdout
            got = {l['entry_id'] for l in json.loads(show).get('links', []) if l['status'] == 'match'}
            tp += len(got & want)
            fp += len(got - want)
            fn += len(want - got)
            errors += [f'  FALSE {r["id"]} {e}' for e in sorted(got - want)]
            errors += [f'  MISS  {r["id"]} {e}' for e in sorted(want - got)]
        p = tp / (tp + fp) if tp + fp else 1.0
        rc = tp / (tp + fn) if tp + fn else 1.0
        print(f'listed parties (match links, by entry per story): P {p:.3f} R {rc:.3f} (tp {tp}, fp {fp}, fn {fn})')
        print('\n'.join(errors))
    finally:
        shutil.rmtree(tmp)


if __name__ == '__main__':
    main()
