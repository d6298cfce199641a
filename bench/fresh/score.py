#!/usr/bin/env python3
"""Score a binary on the fresh, never-tuned evaluation set (labels.jsonl; README.md says how it was made).

  python3 bench/fresh/score.py [--bin target/release/embargo] [--news FILE]

labels.jsonl keeps only ids and labels; the titles and texts are joined from the 41.5k stories into a temporary
dev-style jsonl, which is scored with `evaluate.py facets FILE --bin BIN`. Also prints the share of negative
stories for which the binary predicts no sanctioner. Only score with this set: never tune rules on it.
"""
import argparse, gzip, json, os, re, shutil, subprocess, sys, tempfile

SHARED = os.environ.get('EMBARGO_SHARED', os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..',
                                                        'shared'))
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
    ap.add_argument('--news', default=os.path.join(SHARED, 'data/scale/news-41k.jsonl.gz'))
    a = ap.parse_args()
    labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
    text = stories(a.news, {r['id'] for r in labels})
    missing = [r['id'] for r in labels if r['id'] not in text]
    if missing:
        sys.exit(f'stories not found in {a.news}: {missing}')
    tmp = tempfile.mkdtemp(prefix='embargo-fresh-')
    try:
        full = os.path.join(tmp, 'fresh.jsonl')
        with open(full, 'w', encoding='utf-8') as f:
            for r in labels:
                s = text[r['id']]
                f.write(json.dumps({**r, 'title': s.get('title'), 'text': s['text']}, ensure_ascii=False) + '\n')
        sys.stdout.flush()
        subprocess.run([sys.executable, os.path.join(SHARED, 'eval/evaluate.py'), 'facets', full, '--bin', a.bin],
                       check=True)
        # negatives: how many get no sanctioner from the binary
        corpus = os.path.join(tmp, 'corpus')
        os.makedirs(corpus)
        neg = [r for r in labels if r['negative']]
        paths = []
        for r in neg:
            s = text[r['id']]
            p = os.path.join(corpus, re.sub(r'[^\w.-]', '-', r['id']) + '.txt')
            with open(p, 'w', encoding='utf-8') as f:
                f.write(f"{s.get('title') or ''}\n\n{s['text']}\n")
            paths.append(p)
        out = subprocess.run([a.bin, 'extract', '--json'] + paths, capture_output=True, text=True,
                             check=True).stdout
        rows = [json.loads(l) for l in out.splitlines() if l.startswith('{')]
        # one JSON row per file is expected; a file that yields no row counts as quiet
        quiet = len(neg) - sum(1 for d in rows if d.get('sanctioners'))
        share = quiet / len(neg) if neg else 1.0
        print(f'negatives with no sanctioner predicted: {quiet} of {len(neg)} ({share:.1%})')
    finally:
        shutil.rmtree(tmp)


if __name__ == '__main__':
    main()
