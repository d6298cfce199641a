#!/usr/bin/env python3
"""Pick the tune3 tuning set: stories of the 41.5k corpus that report (or seem to report) a measure.

tune2 and fresh drew from every story with a sanctions word, so most of their stories are negatives. The held-out
stories' misses are mostly on positives, so this set draws only from stories whose text has a strong phrasing of
a measure (STRONG below: `imposed sanctions`, `sanctions against`, `embargo on`, `froze`, `blacklist`, ...).
Whether a story really reports one is the labeller's call; many still do not.

Pool: such stories of /work/shared/data/scale/news-41k.jsonl.gz in none of dev.jsonl, dev2.jsonl,
bench/modern, bench/fresh or bench/tune2 (only their "id" fields are read). Takes every time1963 and bbc2005
pool story, and 32 reuters21578 and 10 20news stories drawn with random.Random(SEED) from the pool sorted by id.
Writes picked.jsonl (git-ignored working file) beside this file. bench/fresh3 draws its check set from the rest.
Run: python3 pick.py
"""
import os
import re
import sys

SEED = 20261205
PER_SOURCE = {'time1963': None, 'bbc2005': None, 'reuters21578': 32, '20news': 10}
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
from labelled import pick_per_source  # noqa: E402
CORPUS = '/work/shared/data/scale/news-41k.jsonl.gz'
EXCLUDE = ['/work/shared/data/roles/dev.jsonl', '/work/shared/data/roles/dev2.jsonl'] + [
    os.path.join(HERE, '..', d, 'labels.jsonl') for d in ('modern', 'fresh', 'tune2')]
STRONG = re.compile(
    r'(impos\w+|slap\w*|announc\w+|order\w*|approv\w+|adopt\w+) (new |fresh |economic |trade |punitive |further )?'
    r'(sanctions|tariffs|duties|embargo)|sanctions (against|on) |embargo (on|against) |froze |blacklist', re.I)


def main():
    pick_per_source(HERE, SEED, PER_SOURCE, EXCLUDE, CORPUS, STRONG)


if __name__ == '__main__':
    main()
