#!/usr/bin/env python3
"""Score the release binary on the hand-labelled modern-style set (labels.jsonl; README.md says how it was made).

  python3 bench/modern/score.py [--bin target/release/embargo] [--ofac FILE] [--news FILE]

labels.jsonl keeps only ids and labels; the texts are joined from the 41.5k stories. Prints evaluate.py's facet
scores, the negatives given no sanctioner, and, with the OFAC list loaded, precision and recall of `match` links
against the listed parties each story mentions (field `listed`, found by hand).
"""
import argparse, gzip, json, os, re, shutil, subprocess, sys, tempfile

SHARED = os.environ.get('EMBARGO_SHARED', os.path.join(os.path.dirname(__file__), '..', '..', '..', 'shared'))
HERE = os.path.dirname(os.path.abspath(__file__))


def stories(news, ids):
    out = {}
    with gzip.open(news, 'rt', encoding='utf-8') as f:
        for line in f:
            d = json.loads(line)
            if d['id'] in ids:
                out[d['id']] = d
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--bin', default='target/release/embargo')
    ap.add_argument('--ofac', default=os.path.join(SHARED, 'data/sanctions/ofac-sdn-2024-05-03.csv'))
    ap.add_argument('--news', default=os.path.join(SHARED, 'data/scale/news-41k.jsonl.gz'))
    a = ap.parse_args()
    labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
    text = stories(a.news, {r['id'] for r in labels})
    tmp = tempfile.mkdtemp(prefix='embargo-modern-')
    try:
        full = os.path.join(tmp, 'modern.jsonl')
        with open(full, 'w', encoding='utf-8') as f:
            for r in labels:
                s = text[r['id']]
                f.write(json.dumps({**r, 'title': s.get('title'), 'text': s['text']}, ensure_ascii=False) + '\n')
        subprocess.run([sys.executable, os.path.join(SHARED, 'eval/evaluate.py'), 'facets', full, '--bin', a.bin],
                       check=True)
        corpus = os.path.join(tmp, 'corpus')
        os.makedirs(corpus)
        path_of = {}
        for r in labels:
            s = text[r['id']]
            p = os.path.join(corpus, re.sub(r'[^\w.-]', '-', r['id']) + '.txt')
            with open(p, 'w', encoding='utf-8') as f:
                f.write(f"{s.get('title') or ''}\n\n{s['text']}\n")
            path_of[r['id']] = p
        neg = [r for r in labels if r['negative']]
        out = subprocess.run([a.bin, 'extract', '--json'] + [path_of[r['id']] for r in neg],
                             capture_output=True, text=True, check=True).stdout
        quiet = sum(1 for l in out.splitlines() if l.startswith('{') and not json.loads(l).get('sanctioners'))
        print(f'negatives with no sanctioner: {quiet} of {len(neg)}')
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
