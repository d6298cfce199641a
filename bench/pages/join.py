#!/usr/bin/env python3
"""Join the labels with the page texts (kept outside the repository) into the two halves evaluate.py scores.

  python3 bench/pages/join.py TEXTS.jsonl OUTDIR     # writes OUTDIR/tune.jsonl and OUTDIR/held.jsonl
"""
import json, os, sys

here = os.path.dirname(os.path.abspath(__file__))
texts = {json.loads(l)['id']: json.loads(l) for l in open(sys.argv[1], encoding='utf-8')}
os.makedirs(sys.argv[2], exist_ok=True)
outs = {h: open(os.path.join(sys.argv[2], f'{h}.jsonl'), 'w', encoding='utf-8') for h in ('tune', 'held')}
for line in open(os.path.join(here, 'labels.jsonl'), encoding='utf-8'):
    r = json.loads(line)
    t = texts[r['id']]
    r.update(title=t['title'], text=t['text'], source='pages')
    outs[r.pop('half')].write(json.dumps(r, ensure_ascii=False) + '\n')
