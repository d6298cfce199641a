#!/usr/bin/env python3
"""Pick 40 stories for the fresh, never-tuned evaluation set (issue 12), deterministically.

Pool: stories of /work/shared/data/scale/news-41k.jsonl.gz that are NOT in dev.jsonl, dev2.jsonl or
bench/modern/labels.jsonl and whose text matches /sanction|embargo|blacklist|designat|boycott|tariff/i.
Picks PER_SOURCE stories per source (all of them if a source has fewer), sampled with random.Random(SEED)
from the pool sorted by id. Writes picked.jsonl (id, source, date, title, text) beside this file, in
source order then id order.
Run: python3 pick.py
"""
import os
import re
import sys

SEED = 20261203
PER_SOURCE = {'time1963': 12, 'bbc2005': 12, 'isot_reuters2017': 8, 'reuters21578': 8}
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
from labelled import pick_per_source  # noqa: E402
CORPUS = '/work/shared/data/scale/news-41k.jsonl.gz'
EXCLUDE = ['/work/shared/data/roles/dev.jsonl', '/work/shared/data/roles/dev2.jsonl',
           os.path.join(HERE, '..', 'modern', 'labels.jsonl')]
WORD = re.compile(r'sanction|embargo|blacklist|designat|boycott|tariff', re.I)


def main():
    pick_per_source(HERE, SEED, PER_SOURCE, EXCLUDE, CORPUS, WORD)

if __name__ == '__main__':
    main()
