#!/usr/bin/env python3
"""Pick the fresh3 check set: the rest of tune3's pool, never to be tuned on.

Same pool as bench/tune3/pick.py (stories with a strong phrasing of a measure, in none of the labelled sets),
minus the stories tune3 picked: every reuters21578 and 20news story left (tune3 took every time1963 and bbc2005
one). Writes picked.jsonl (git-ignored working file) beside this file.
Never tune on this set: only score with it (python3 bench/fresh/score.py --set fresh3).
Run: python3 ../tune3/pick.py first (this pool leaves out its picked.jsonl), then python3 pick.py
"""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
TUNE3 = os.path.join(HERE, '..', 'tune3')
spec = importlib.util.spec_from_file_location('tune3_pick', os.path.join(TUNE3, 'pick.py'))
tune3 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tune3)

SEED = 20261206
PER_SOURCE = {'reuters21578': None, '20news': None}


def main():
    exclude = tune3.EXCLUDE + [os.path.join(TUNE3, 'picked.jsonl')]
    tune3.pick_per_source(HERE, SEED, PER_SOURCE, exclude, tune3.CORPUS, tune3.STRONG)


if __name__ == '__main__':
    main()
