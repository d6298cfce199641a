#!/usr/bin/env python3
"""Derive data/target_words.tsv from the OFAC SDN list (US Treasury, public domain), snapshot 2024-05-03:
  python3 scripts/make_target_words.py /work/shared/data/sanctions/ofac-sdn-2024-05-03.csv > data/target_words.tsv
It learns what designated names look like, not which names are designated:
  suffix  WORD  n   -- the last word of >= 15 entity names (LLC, LTD, JSC, BANK): a name ending so is an organization
  orgword WORD  n   -- a word in >= 40 entity names and at most 1/20 as often in person names (TRADING, SHIPPING)
Words are upper-cased with dots dropped (CO., LTD. -> CO, LTD)."""
import csv, sys, re, collections
rows = list(csv.reader(open(sys.argv[1], encoding='utf-8', errors='replace')))
def words(name):
    return [w for w in re.split(r"[\s,()\"]+", name.upper().replace('.', '')) if w and not w.isdigit()]
last, org, ind = collections.Counter(), collections.Counter(), collections.Counter()
for r in rows:
    if len(r) < 3:
        continue
    kind, ws = r[2].strip(), words(r[1])
    if not ws:
        continue
    if kind == '-0-':
        last[ws[-1]] += 1
        org.update(set(ws))
    elif kind == 'individual':
        ind.update(set(ws))
print('# kind\tword\tcount -- derived from OFAC SDN 2024-05-03 by scripts/make_target_words.py')
for w, n in last.most_common():
    if n >= 15 and len(w) >= 2 and ind[w] * 20 <= n:
        print(f'suffix\t{w}\t{n}')
for w, n in org.most_common():
    if n >= 40 and len(w) >= 3 and ind[w] * 20 <= n and last[w] < 15 and w not in ('AND', 'THE', 'FOR', 'WITH'):
        print(f'orgword\t{w}\t{n}')
