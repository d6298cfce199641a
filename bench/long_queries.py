#!/usr/bin/env python3
"""Write a long-query variant of a BEIR set: each claim rewritten as a natural-language question.

  long_queries.py [--heldout] SRC_DIR OUT_DIR

SRC_DIR holds a BEIR-style set (corpus.jsonl, queries*.tsv, qrels*.txt), e.g. ../shared/data/ranking/scifact.
OUT_DIR gets a symlink to its corpus and qrels and a queries.test.tsv whose queries wrap each claim in a
question frame full of function words and request words ("What articles exist which deal with ...?").
The frame is chosen from the query id by a hash, so every run writes the same file. `--heldout` uses a
second set of frames, written before the query rewriting's rules and never used to tune them, to check
that the rules do not merely fit the first set. Then

  python3 ../shared/eval/evaluate.py rank OUT_DIR

measures how much the frame words cost the ranking: a ranker that ranks a question like its content
words scores close to the plain claims.
"""

import hashlib
import os
import sys

# Question frames in the style of CACM and TREC topics. "{}" is the claim, first letter lowered and
# final full stop dropped.
TEMPLATES = [
    "What articles exist which deal with {}?",
    "Is there any evidence that {}?",
    "Which studies show that {}?",
    "I am interested in papers about whether {}.",
    "Are there any publications which describe how {}?",
    "What is known about the claim that {}?",
    "Find documents that discuss whether or not {}.",
    "Can you tell me if it is true that {}?",
]

HELDOUT = [
    "Do any papers report that {}?",
    "Show me research on whether {}.",
    "Has anyone found that {}?",
    "Looking for work that examines whether {}.",
    "Which reports discuss the idea that {}?",
    "What does the literature say about whether {}?",
    "Are there articles describing how {}?",
    "I would like to read about the finding that {}.",
]


def frame(qid, claim, templates):
    claim = claim.strip().rstrip(".")
    # Keep acronyms and names as written; lower only an ordinary capitalised first word.
    first = claim.split(" ", 1)[0]
    if first[:1].isupper() and (first[1:] == "" or first[1:].islower()):
        claim = claim[0].lower() + claim[1:]
    pick = int(hashlib.sha1(qid.encode()).hexdigest(), 16) % len(templates)
    return templates[pick].format(claim)


def link(src, dst):
    if os.path.lexists(dst):
        os.remove(dst)
    os.symlink(os.path.abspath(src), dst)


def main():
    args = sys.argv[1:]
    templates = TEMPLATES
    if args[:1] == ["--heldout"]:
        templates, args = HELDOUT, args[1:]
    if len(args) != 2:
        sys.exit(__doc__)
    src, out = args
    os.makedirs(out, exist_ok=True)
    names = sorted(os.listdir(src))
    qfile = next(f for f in names if f.startswith("queries") and f.endswith(".tsv"))
    for f in names:
        if f == "corpus.jsonl" or (f.startswith("qrels") and f.endswith(".txt")):
            link(os.path.join(src, f), os.path.join(out, f))
    n = 0
    with open(os.path.join(src, qfile), encoding="utf-8") as fin, open(
        os.path.join(out, "queries.test.tsv"), "w", encoding="utf-8"
    ) as fout:
        for line in fin:
            if "\t" not in line:
                continue
            qid, claim = line.rstrip("\n").split("\t", 1)
            fout.write(f"{qid}\t{frame(qid, claim, templates)}\n")
            n += 1
    print(f"wrote {n} questions to {os.path.join(out, 'queries.test.tsv')}")


if __name__ == "__main__":
    main()
