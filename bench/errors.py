#!/usr/bin/env python3
"""Per-story wrong facets on a labelled set, like roles_split.py --errors (run from the project root).

  python3 bench/errors.py [--labels FILE] [--bin B] [--dir DIR] [--quiet]

FILE is JSON Lines in dev.jsonl's shape (default bench/modern/labels.jsonl). A row without `text` is joined by id
with the 41.5k stories. Writes each story as DIR/<id>.txt (title, blank line, text; kept so a story can be read),
runs `extract --json`, prints one score line (F1 per facet, negatives with no sanctioner) and, unless --quiet,
each story's wrong facets. Never run it on bench/fresh: that set is only scored (bench/fresh/README.md).
"""
import argparse, importlib.util, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
SHARED = os.environ.get('EMBARGO_SHARED', '/work/shared')
import labelled  # noqa: E402


def load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def texts(labels):
    """Each row's story: its own title and text, or the 41.5k story of its id."""
    missing = {r['id'] for r in labels if 'text' not in r}
    news = labelled.stories(os.path.join(SHARED, 'data/scale/news-41k.jsonl.gz'), missing) if missing else {}
    return {r['id']: (r if 'text' in r else news[r['id']]) for r in labels}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--labels', default=os.path.join(HERE, 'modern', 'labels.jsonl'))
    ap.add_argument('--bin', default='target/release/embargo')
    ap.add_argument('--dir', default='/tmp/embargo-set-texts')
    ap.add_argument('--quiet', action='store_true')
    a = ap.parse_args()
    if os.path.abspath(a.labels).startswith(os.path.join(HERE, "fresh")):
        sys.exit('bench/fresh is never tuned on: score it with bench/fresh/score.py')
    split = load('roles_split', os.path.join(HERE, 'roles_split.py'))
    ev = split.load_evaluate()
    labels = labelled.load(a.labels)
    story = texts(labels)
    os.makedirs(a.dir, exist_ok=True)
    for r in labels:
        r['_path'] = os.path.abspath(labelled.write_story(a.dir, r['id'], story[r['id']]))
    got, _ = ev.run_extract(a.bin, [r['_path'] for r in labels])
    tot, (ok, n) = split.score(ev, labels, got)
    fs = [split.f1_of(ev, *tot[k]) for k in split.FACETS]
    name = os.path.basename(os.path.dirname(os.path.abspath(a.labels))) + '/' + os.path.basename(a.labels)
    print(f'{name:20} ' + ' '.join(f'{k[:6]} {x:.3f}' for k, x in zip(split.FACETS, fs)) + f'  neg-ok {ok}/{n}')
    if not a.quiet:
        split.print_errors(labels, got)


if __name__ == '__main__':
    main()
