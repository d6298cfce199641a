#!/usr/bin/env python3
"""Per-story wrong facets on the modern set, like roles_split.py --errors (run from the project root).

  python3 bench/modern/errors.py [--bin B] [--dir DIR] [--quiet]

Writes each story as DIR/<id>.txt (title, blank line, text; kept so a story can be read), runs `extract --json`,
prints one score line (F1 per facet, negatives with no sanctioner) and, unless --quiet, each story's wrong facets.
"""
import argparse, importlib.util, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
SHARED = os.environ.get('EMBARGO_SHARED', '/work/shared')


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
    score = load('score', os.path.join(HERE, 'score.py'))
    split = load('roles_split', os.path.join(HERE, '..', 'roles_split.py'))
    ev = split.load_evaluate()
    labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
    text = score.stories(os.path.join(SHARED, 'data/scale/news-41k.jsonl.gz'), {r['id'] for r in labels})
    os.makedirs(a.dir, exist_ok=True)
    for r in labels:
        s = text[r['id']]
        r['_path'] = os.path.abspath(os.path.join(a.dir, re.sub(r'[^\w.-]', '-', r['id']) + '.txt'))
        with open(r['_path'], 'w', encoding='utf-8') as f:
            f.write(f"{s.get('title') or ''}\n\n{s['text']}\n")
    got, _ = ev.run_extract(a.bin, [r['_path'] for r in labels])
    tot, (ok, n) = split.score(ev, labels, got)
    fs = [split.f1_of(ev, *tot[k]) for k in split.FACETS]
    print('modern  ' + ' '.join(f'{k[:6]} {x:.3f}' for k, x in zip(split.FACETS, fs)) + f'  neg-ok {ok}/{n}')
    if a.quiet:
        return
    for r in labels:
        e = got.get(r['_path'], {})
        lines = []
        for k in split.FACETS:
            p, g = split.facet_sets(k, e.get(k) or [], r.get(k) or [])
            if p != g:
                lines.append(f'  {k}: +{sorted(p - g)} -{sorted(g - p)}')
        if lines:
            print(f"{r['id']} neg={r['negative']} notes={r.get('notes', '')[:150]!r}")
            print('\n'.join(lines))


if __name__ == '__main__':
    main()
