#!/usr/bin/env python3
"""Pick ~40 sanctions stories for hand labelling (issues 11 and 12), deterministically.

Pool: stories of /work/shared/data/scale/news-41k.jsonl.gz that are NOT in dev.jsonl or dev2.jsonl.
The most modern source is isot_reuters2017 (Oct-Dec 2017, U.S. politics wire copy), but dev/dev2 already took
~45 of its sanctions stories and what is left holds only about a dozen that report a sanctions action. So:

  stratum P1 (likely positives, modern): every isot_reuters2017 story that mentions a trigger word (MENTION) and
             matches ACTION (a sanctions trigger near an acting verb, a designation/blacklisting verb, or
             "sanctions on/against <Name>"): 20 stories;
  stratum P2 (likely positives, fill): N_FILL older newswire stories (bbc2005 or reuters21578) whose title is about
             a measure (TITLE) and which have a sentence with a trigger (STRICT) and an acting verb (ACT); those
             naming a firm with a legal form (LEGAL) in a trigger sentence come first; shuffled with SEED;
  stratum N  (likely negatives): N_NEG isot_reuters2017 stories that mention a trigger word but do not match
             ACTION, N_NEG_HARD of them using the word in its sanctions sense (HARD); shuffled with SEED.

The strata are only the pick; whether a story is negative is decided by hand per GUIDE.md (pass1.py,
adjudicate.py), so the final split differs from the strata. Writes picked.jsonl (id, source, date, title, text,
stratum) beside this file.
Run: python3 pick.py
"""
import json
import os
import random
import re
import sys

SEED = 20171027
N_FILL = 14  # older-source fill: isot_reuters2017 has only ~10 positives left outside dev/dev2
N_NEG = 6  # from the non-ACTION pool; P1 also yields negatives (background, lifting, calls)
N_NEG_HARD = 4
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
from labelled import load  # noqa: E402
CORPUS = '/work/shared/data/scale/news-41k.jsonl.gz'
DEV = ['/work/shared/data/roles/dev.jsonl', '/work/shared/data/roles/dev2.jsonl']

MENTION = re.compile(r'sanction|designat|blacklist|treasury|ofac|embargo|boycott', re.I)
TRIGGER = r'(sanctions?|embargo|tariffs?|blacklist|entity list|asset freeze|travel ban|export ban)'
VERB = r'(impos\w*|slap\w*|announc\w*|levied|levy|propos\w*|introduc\w*|unveil\w*|vetoed|extend\w*|tighten\w*|' \
       r'threaten\w*|authoriz\w*|backed|approv\w*|targets?|targeting|reimpos\w*)'
ACTION = re.compile(rf'\b{VERB}\b[^.]{{0,80}}\b{TRIGGER}|\b{TRIGGER}\b[^.]{{0,40}}\b(on|against)\s+[A-Z]'
                    r'|\b(sanctioned|blacklist(s|ed)|designated)\s+\d*\s*(more\s+)?[A-Z]?\w*\s*'
                    r'(officials|entities|individuals|firms|companies|people)'
                    r'|\bnamed \d+ [^.]{0,40}under (a|the|new)[^.]{0,20}sanctions', re.I)
STRICT = re.compile(r'sanction|embargo|blacklist|boycott|tariffs? (on|against)|trade ban', re.I)
ACT = re.compile(r'\b(impos\w*|slap\w*|announc\w*|levied|vetoed|approv\w*|propos\w*|extend\w*|tighten\w*|'
                 r'threaten\w*|stop\w*|bar(s|red)?)\b', re.I)
TITLE = re.compile(r'SANCTION|TARIFF|BOYCOTT|BAN\b|EMBARGO|CURB|sanction|embargo|boycott|tariff', re.I)
LEGAL = re.compile(r'\b[A-Z][A-Za-z&]+ (Corp|Ltd|Co|Inc|LLC|AG)\b')
HARD = re.compile(r'sanction|embargo|boycott|blacklist', re.I)


def sentences(r):
    return re.split(r'(?<=[.!?])\s+', r.get('text') or '')


def main():
    taken = {r['id'] for p in DEV for r in load(p)}
    stories = [r for r in load(CORPUS) if r['id'] not in taken]
    rng = random.Random(SEED)
    text = lambda r: f"{r.get('title') or ''}\n{r.get('text') or ''}"

    modern = [r for r in stories if r['source'] == 'isot_reuters2017' and MENTION.search(text(r))]
    p1 = [r for r in modern if ACTION.search(text(r))]
    neg_pool = [r for r in modern if not ACTION.search(text(r))]

    picked = [dict(r, stratum='P1') for r in sorted(p1, key=lambda r: r['id'])]
    # fill: older newswire stories whose title is about a measure and whose text has a sentence with a
    # trigger word and an acting verb; stories naming a firm with a legal form next to a trigger come first
    fill = [r for r in stories if r['source'] in ('bbc2005', 'reuters21578') and TITLE.search(r.get('title') or '')
            and any(STRICT.search(s) and ACT.search(s) for s in sentences(r))]
    named = sorted((r for r in fill if any(STRICT.search(s) and LEGAL.search(s) for s in sentences(r))),
                   key=lambda r: r['id'])
    rest = sorted((r for r in fill if r not in named), key=lambda r: r['id'])
    rng.shuffle(named)
    rng.shuffle(rest)
    picked += [dict(r, stratum='P2') for r in (named + rest)[:N_FILL]]
    # negatives: those that name a trigger in its sanctions sense (harder) first, then the rest
    hard = sorted((r for r in neg_pool if HARD.search(text(r))), key=lambda r: r['id'])
    easy = sorted((r for r in neg_pool if not HARD.search(text(r))), key=lambda r: r['id'])
    rng.shuffle(hard)
    rng.shuffle(easy)
    picked += [dict(r, stratum='N') for r in (hard[:N_NEG_HARD] + easy)[:N_NEG]]

    with open(os.path.join(HERE, 'picked.jsonl'), 'w', encoding='utf-8') as out:
        for r in picked:
            keep = {k: r.get(k) for k in ['id', 'source', 'date', 'title', 'text', 'stratum']}
            out.write(json.dumps(keep, ensure_ascii=False) + '\n')
    print(f'pool: {len(modern)} isot_reuters2017 stories mention a trigger ({len(p1)} match ACTION, '
          f'{len(neg_pool)} do not); picked {len(picked)}:',
          {s: sum(r['stratum'] == s for r in picked) for s in sorted({r['stratum'] for r in picked})})


if __name__ == '__main__':
    main()
