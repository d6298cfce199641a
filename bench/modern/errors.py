#!/usr/bin/env python3
"""Per-story wrong facets on the modern set, like roles_split.py --errors (run from the project root).

  python3 bench/modern/errors.py [--bin B] [--dir DIR] [--quiet]

Writes each story as DIR/<id>.txt (title, blank line, text; kept so a story can be read), runs `extract --json`,
prints one score line (F1 per facet, negatives with no sanctioner) and, unless --quiet, each story's wrong facets.
"""
import argparse, importlib.util, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
SHARED = os.environ.get('EMBARGO_SHARED', '/work/shared')
import labelled  # noqa: E402


def load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--bin', default='target/release/embargo')
    ap.add_argument('--dir', default='/tmp/embargo-modern-texts')
    ap.add_argument('--quiet', action='store_true')
    a = ap.parse_args()
    split = load('roles_split', os.path.join(HERE, '..', 'roles_split.py'))
    ev = split.load_evaluate()
    labels = labelled.load(os.path.join(HERE, 'labels.jsonl'))
    text = labelled.stories(os.path.join(SHARED, 'data/scale/news-41k.jsonl.gz'), {r['id'] for r in labels})
    os.makedirs(a.dir, exist_ok=True)
    for r in labels:
        r['_path'] = os.path.abspath(labelled.write_story(a.dir, r['id'], text[r['id']]))
    got, _ = ev.run_extract(a.bin, [r['_path'] for r in labels])
    tot, (ok, n) = split.score(ev, labels, got)
    fs = [split.f1_of(ev, *tot[k]) for k in split.FACETS]
    print('modern  ' + ' '.join(f'{k[:6]} {x:.3f}' for k, x in zip(split.FACETS, fs)) + f'  neg-ok {ok}/{n}')
    if not a.quiet:
        split.print_errors(labels, got)


if __name__ == '__main__':
    main()
