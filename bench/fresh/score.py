#!/usr/bin/env python3
"""Score a binary on the fresh, never-tuned evaluation set (labels.jsonl; README.md says how it was made).

  python3 bench/fresh/score.py [--bin target/release/embargo] [--news FILE] [--set fresh3]

`--set` names a sibling check set of the same shape (bench/fresh3); the default is this folder's.

labels.jsonl keeps only ids and labels; the titles and texts are joined from the 41.5k stories into a temporary
dev-style jsonl, which is scored with `evaluate.py facets FILE --bin BIN`. Also prints the share of negative
stories for which the binary predicts no sanctioner. Only score with this set: never tune rules on it.
"""
import argparse, os, shutil, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get('EMBARGO_SHARED', os.path.join(HERE, '..', '..', '..', 'shared'))
sys.path.insert(0, os.path.join(HERE, '..'))
import labelled  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--bin', default='target/release/embargo')
    ap.add_argument('--news', default=os.path.join(SHARED, 'data/scale/news-41k.jsonl.gz'))
    ap.add_argument('--set', default='fresh', help='the check set folder under bench/ (fresh, fresh3)')
    a = ap.parse_args()
    labels = labelled.load(os.path.join(HERE, '..', a.set, 'labels.jsonl'))
    text = labelled.stories(a.news, {r['id'] for r in labels})
    missing = [r['id'] for r in labels if r['id'] not in text]
    if missing:
        sys.exit(f'stories not found in {a.news}: {missing}')
    tmp = tempfile.mkdtemp(prefix='embargo-fresh-')
    try:
        sys.stdout.flush()
        labelled.score_facets(a.bin, labels, text, tmp, f'{a.set}.jsonl', SHARED)
        corpus = os.path.join(tmp, 'corpus')
        os.makedirs(corpus)
        path_of = {r['id']: labelled.write_story(corpus, r['id'], text[r['id']]) for r in labels if r['negative']}
        quiet, n = labelled.quiet_negatives(a.bin, labels, path_of)
        share = quiet / n if n else 1.0
        print(f'negatives with no sanctioner predicted: {quiet} of {n} ({share:.1%})')
    finally:
        shutil.rmtree(tmp)


if __name__ == '__main__':
    main()
