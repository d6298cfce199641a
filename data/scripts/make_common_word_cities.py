#!/usr/bin/env python3
"""List the free-text city names (data/cities.tsv rows the gazetteer matches in running text: population >= 100,000
or a capital) that are mostly ordinary words in news text: lower-case occurrences >= 0.3 x capitalised occurrences
(sentence starts included; words touching `.`, `@`, `/`, `!`, `-` such as host names skipped) in the shared 41k news corpus (Reuters 1987, TIME 1963, BBC 2004-05, 20 Newsgroups,
Reuters 2017). Printed as `ambiguous` rows for data/places.tsv, so such a city (Sale, Reading, Nice, Split, Mobile,
Van, Batman) counts only when the text also names its country.
  python3 scripts/make_common_word_cities.py /work/shared/data/scale/news-41k.jsonl.gz"""
import gzip, json, re, sys, collections
cities = [l.rstrip('\n').split('\t') for l in open('data/cities.tsv') if not l.startswith('#')]
free = {c[0]: c for c in cities if int(c[2]) >= 100000 or c[3] == 'C'}
single = {n.lower(): n for n in free if ' ' not in n}
low, cap = collections.Counter(), collections.Counter()
for line in gzip.open(sys.argv[1]):
    # Words between spaces or plain punctuation only: host names and e-mail addresses (`berkeley.edu`) are no prose.
    for w in re.findall(r"(?<![\w.@/!-])[A-Za-z]+(?![\w.@/!-])", json.loads(line)['text']):
        k = w.lower()
        if k in single:
            if w[0].isupper():
                cap[k] += 1
            else:
                low[k] += 1
for k, name in sorted(single.items()):
    if low[k] >= 3 and low[k] >= 0.3 * cap[k]:
        print(f'ambiguous\t{free[name][1]}\t{name}')
