#!/usr/bin/env python3
"""Pick the tune2 tuning set (sibling of bench/fresh), deterministically.

Pool: stories of /work/shared/data/scale/news-41k.jsonl.gz that are NOT in dev.jsonl, dev2.jsonl,
bench/modern/labels.jsonl or bench/fresh/labels.jsonl (only the "id" field of that file is read) and whose
text matches /sanction|embargo|blacklist|designat|boycott|tariff/i.
Takes ALL pool stories of time1963 and isot_reuters2017, plus 10 bbc2005 and 6 reuters21578 sampled with
random.Random(SEED) from the pool sorted by id. Writes picked.jsonl (id, source, date, title, text) beside
this file, in source order then id order.
Run: python3 pick.py
"""
import os
import re
import sys

SEED = 20261204
ALL = None  # take every pool story of the source
PER_SOURCE = {'time1963': ALL, 'bbc2005': 10, 'isot_reuters2017': ALL, 'reuters21578': 6}
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
from labelled import pick_per_source  # noqa: E402
CORPUS = '/work/shared/data/scale/news-41k.jsonl.gz'
EXCLUDE = ['/work/shared/data/roles/dev.jsonl', '/work/shared/data/roles/dev2.jsonl',
           os.path.join(HERE, '..', 'modern', 'labels.jsonl'), os.path.join(HERE, '..', 'fresh', 'labels.jsonl')]
WORD = re.compile(r'sanction|embargo|blacklist|designat|boycott|tariff', re.I)


def main():
    pick_per_source(HERE, SEED, PER_SOURCE, EXCLUDE, CORPUS, WORD)

if __name__ == '__main__':
    main()
