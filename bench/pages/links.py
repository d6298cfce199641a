#!/usr/bin/env python3
"""Index the texts of a labelled pages file with the OFAC list loaded; print every link (match and possible) per page."""
import json, os, subprocess, sys, shutil
src, work = sys.argv[1], sys.argv[2]
b = os.environ.get('BIN', 'target/release/embargo')
shutil.rmtree(work, ignore_errors=True); os.makedirs(work + '/corpus')
rows = [json.loads(l) for l in open(src)]
for r in rows:
    open(f"{work}/corpus/{r['id']}.txt", 'w').write(r.get('title', '') + '\n\n' + r['text'])
idx = work + '/index'
subprocess.run([b, 'index', '--corpus', work + '/corpus', '--index', idx], check=True, capture_output=True)
subprocess.run([b, 'lists', 'add', os.path.join(os.environ.get('EMBARGO_SHARED', '/work/shared'), 'data/sanctions/ofac-sdn-2024-05-03.csv'), '--name', 'ofac', '--index', idx], check=True, capture_output=True)
for r in rows:
    p = subprocess.run([b, 'show', '--index', idx, '--json', f"{work}/corpus/{r['id']}.txt"], capture_output=True, text=True)
    if p.returncode:
        print(r['id'], 'show failed', p.stderr.strip()[:200]); continue
    d = json.loads(p.stdout)
    for l in d.get('links', []):
        print(f"{r['id']}\t{l['status']}\t{l['score']:.2f}\t{l['mention']}\t{l['entry_id']}\t{l['entry_name']}\t{l['why'][:120]}")
