#!/usr/bin/env python3
"""Write a long-query variant of a BEIR set: each claim rewritten as a natural-language question.

  long_queries.py SRC_DIR OUT_DIR

SRC_DIR holds a BEIR-style set (corpus.jsonl, queries*.tsv, qrels*.txt), e.g. ../shared/data/ranking/scifact.
OUT_DIR gets a symlink to its corpus and qrels and a queries.test.tsv whose queries wrap each claim in a
question frame full of function words and request words ("What articles exist which deal with ...?").
The frame is chosen from the query id by a hash, so every run writes the same file. Then

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


def frame(qid, claim):
    claim = claim.strip().rstrip(".")
    # Keep acronyms and names as written; lower only an ordinary capitalised first word.
    first = claim.split(" ", 1)[0]
    if first[:1].isupper() and (first[1:] == "" or first[1:].islower()):
        claim = claim[0].lower() + claim[1:]
    pick = int(hashlib.sha1(qid.encode()).hexdigest(), 16) % len(TEMPLATES)
    return TEMPLATES[pick].format(claim)


def link(src, dst):
    if os.path.lexists(dst):
        os.remove(dst)
    os.symlink(os.path.abspath(src), dst)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    src, out = sys.argv[1], sys.argv[2]
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
            fout.write(f"{qid}\t{frame(qid, claim)}\n")
            n += 1
    print(f"wrote {n} questions to {os.path.join(out, 'queries.test.tsv')}")


if __name__ == "__main__":
    main()
