#!/usr/bin/env python3
"""Build the generated part of the labelled linking set (issue 11) from the OFAC SDN list.

    python3 bench/linking/make_set.py [--ofac ../shared/data/sanctions/ofac-sdn-2024-05-03.csv] \
        [--out bench/linking/cases.jsonl] [--seed 11]

Deterministic: the same list and seed give the same file, byte for byte. Every case is one sentence
written from the templates below (never news text) with the entry it must link to (`entry`) or none
(`entry: null`, a negative); `hold_out` names an alias the evaluator removes from the index first.
Classes (see README.md beside this script):

  exact        the list's own name, written as news writes it (title case, given name first, legal
               form or not, a ship with its type word)
  alias-holdout  an alias that is a spelling variant of the entry's other names, removed from the
               index: the entry must still be found through its other names
  translit     Latin -> Cyrillic (a Russian-style table) -> Latin again by another system (ICAO
               passport style: i, kh, iu, ia), or left in Cyrillic
  typo         spelling drift (a doubled or undoubled letter, c/k, i/y, ph/f, ks/x) in the family name
               or a company word; vessels: any changed letter is another ship, so a negative
  near-negative  the nearest wrong parties: the surname alone, the surname with another given name,
               the other gender's surname, a sibling ship name one letter off, a one-word company
               name used as a plain word, a nickname alias made of common words used as plain words

A positive the issue's own rule forbids to be a `match` carries `expect: "possible"`: a one-word
organisation (one word beside its legal form and company words) in a sentence that names no country of
its program. Issue 11 says such a name needs a type cue and corroboration, "otherwise it is at most
possible"; the evaluator scores these apart (found as `possible`, never as a wrong entry).
"""
import argparse
import csv
import gzip
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

ALIAS = re.compile(r"\b[afn]\.k\.a\.,?\s*'([^']+)'")
IMO = re.compile(r"\bIMO (\d{7})\b")

LEGAL = {
    "LLC", "OOO", "JSC", "PJSC", "OJSC", "CJSC", "AO", "PAO", "OAO", "ZAO", "LTD", "LIMITED", "CO",
    "COMPANY", "INC", "CORP", "CORPORATION", "SA", "S.A.", "GMBH", "FZE", "FZCO", "PLC", "LLP",
    "CO.,", "LTD.", "CO.", "INC.", "S.A", "SARL", "SRL", "SPA", "AG", "BV", "NV", "LTDA", "PTE",
}
LEGAL_PHRASES = [
    "LIMITED LIABILITY COMPANY", "JOINT STOCK COMPANY", "PUBLIC JOINT STOCK COMPANY",
    "OPEN JOINT STOCK COMPANY", "CLOSED JOINT STOCK COMPANY", "OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTIU",
    "AKTSIONERNOE OBSHCHESTVO", "COMPANY LIMITED", "CO., LTD.", "CO. LTD.",
]

PROGRAM_COUNTRY = [
    ("RUSSIA", "Russia", "Russian"), ("UKRAINE", "Russia", "Russian"), ("CAATSA - RUSSIA", "Russia", "Russian"),
    ("BELARUS", "Belarus", "Belarusian"), ("DPRK", "North Korea", "North Korean"),
    ("NKSPEA", "North Korea", "North Korean"), ("IRAN", "Iran", "Iranian"), ("IRGC", "Iran", "Iranian"),
    ("IFSR", "Iran", "Iranian"), ("SYRIA", "Syria", "Syrian"), ("VENEZUELA", "Venezuela", "Venezuelan"),
    ("CUBA", "Cuba", "Cuban"), ("BURMA", "Burma", "Burmese"), ("IRAQ", "Iraq", "Iraqi"),
    ("LIBYA", "Libya", "Libyan"), ("SUDAN", "Sudan", "Sudanese"),
]
RUSSIAN_PROGRAMS = ("RUSSIA", "UKRAINE", "CAATSA - RUSSIA", "BELARUS")

# --- templates: written for this set. {n} is the mention; {c}/{a} a country name/adjective. ---
PERSON_T = [
    "Officials said {n} had arranged the payments through a network of front companies.",
    "The Treasury named {n} among the people who helped move the money.",
    "{n} did not answer questions sent by email on Tuesday.",
    "A lawyer for {n} said the designation would be challenged in court.",
    "According to the filing, {n} controlled two of the holding companies.",
    "Investigators in {c} questioned {n} about the shipments last spring.",
    "The {a} businessman {n} was added to the list on Friday.",
    "Records show that {n} travelled to the capital twice in March.",
]
# Sanctions news introduces a company with what it is and where: every template says it is a company,
# and most name the country of its sanctions program when it has one.
ORG_T = [
    "The {a} company {n} was accused of supplying parts to the military.",
    "Shares in {n} fell after the announcement in {c}, the firm said.",
    "The {a} firm {n} denied any wrongdoing in a short statement.",
    "Banks were told to freeze accounts held by {n}, a company based in {c}.",
    "Documents show that the firm {n} shipped the equipment through a third country.",
    "A spokesman for the company {n} declined to comment on the measures.",
    "The supplier {n} signed the contract with a state agency in {c}.",
]
VESSEL_T = [
    "The tanker {n} switched off its transponder near the strait.",
    "Satellite images showed the vessel {n} loading cargo at the port.",
    "Coast guards boarded the cargo ship {n} on Monday.",
    "The ship {n} was last seen sailing toward {c}.",
    "Port officials refused to let the freighter {n} unload.",
]
PLAIN_T = [
    "{n} was the word on everyone's lips at the trade fair.",
    "{n} matters more than price, the shoppers told the survey.",
    "The report on {n} was published by the city council.",
    "{n} came up again and again in the debate about schools.",
]
SURNAME_T = [
    "Mr {n} said the talks would continue next week.",
    "The court heard from {n}, a witness for the defence.",
    "A spokesman for {n} declined to comment.",
]

GIVEN_POOL = {
    "m": ["Ivan", "Pavel", "Oleg", "Roman", "Artem", "Boris", "Kirill", "Stepan", "Timur", "Fedor",
          "Hassan", "Omar", "Karim", "Tariq", "Daniel", "Peter"],
    "f": ["Anna", "Olga", "Irina", "Marina", "Svetlana", "Yelena", "Natalia", "Oksana", "Vera", "Daria"],
}
FEMININE = [("skiy", "skaya"), ("sky", "skaya"), ("ov", "ova"), ("ev", "eva"), ("in", "ina"), ("yn", "yna")]

# Latin (Russian transliteration as lists write it) -> Cyrillic, longest first.
LAT2CYR = [
    ("shch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"), ("yu", "ю"),
    ("ya", "я"), ("yo", "ё"), ("iy", "ий"), ("yy", "ый"), ("ey", "ей"), ("ay", "ай"), ("oy", "ой"),
    ("uy", "уй"), ("yi", "ый"), ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"),
    ("z", "з"), ("i", "и"), ("y", "ы"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"),
    ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"), ("w", "в"), ("c", "к"),
    ("x", "кс"), ("j", "й"), ("h", "х"), ("q", "к"),
]
# Cyrillic -> Latin, ICAO passport style (not the table the lists use).
CYR2LAT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "ie", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
}


def to_cyrillic(word):
    w, out, i = word.lower(), [], 0
    while i < len(w):
        for lat, cyr in LAT2CYR:
            if w.startswith(lat, i):
                out.append(cyr)
                i += len(lat)
                break
        else:
            out.append(w[i])
            i += 1
    return "".join(out).capitalize()


def to_icao(word):
    return "".join(CYR2LAT.get(ch, ch) for ch in word.lower()).capitalize()


def load_zipf():
    z = {}
    with gzip.open(os.path.join(REPO, "data", "en_wordfreq.tsv.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            w, _, v = line.rstrip("\n").partition("\t")
            if v.isdigit():
                z[w] = int(v) / 100
    return z


def read_ofac(path):
    entries = []
    with open(path, encoding="latin-1", newline="") as f:
        for row in csv.reader(f):
            if len(row) != 12 or not row[0].strip().isdigit():
                continue
            clean = [("" if c.strip() == "-0-" else c.strip()) for c in row]
            kind = {"individual": "person", "vessel": "vessel", "aircraft": "aircraft"}.get(clean[2], "organisation")
            entries.append({
                "id": clean[0], "name": clean[1], "kind": kind,
                "programs": [p.strip("[] ") for p in clean[3].split("] [") if p.strip("[] ")],
                "aliases": ALIAS.findall(clean[11]), "imo": (IMO.findall(clean[11]) or [None])[0],
            })
    return entries


def words(s):
    return re.findall(r"[^\W_]+", s)


def title(s):
    return " ".join(w[:1].upper() + w[1:].lower() for w in s.split())


def split_person(name):
    """'KOZLOV, Sergey Mikhaylovich' -> (['Kozlov'], ['Sergey', 'Mikhaylovich'])."""
    if "," not in name:
        return None
    fam, _, giv = name.partition(",")
    fam, giv = words(fam), words(giv)
    if not fam or not giv:
        return None
    return [title(w) for w in fam], [title(w) for w in giv]


def strip_legal(name):
    up = name.upper()
    for p in sorted(LEGAL_PHRASES, key=len, reverse=True):
        if up.startswith(p + " "):
            name, up = name[len(p) + 1:], up[len(p) + 1:]
        if up.endswith(" " + p):
            name, up = name[: -len(p) - 1], up[: -len(p) - 1]
    toks = name.replace(",", " ").split()
    while toks and toks[-1].upper().strip(".,") in {t.strip(".,") for t in LEGAL}:
        toks.pop()
    while toks and toks[0].upper().strip(".,") in {t.strip(".,") for t in LEGAL}:
        toks.pop(0)
    return " ".join(toks)


def loose(word):
    """A key that spelling drift does not change (close to the linker's own): c/k/q, y/i, x/ks, ph/f,
    doubled letters, and the vowels after the first letter."""
    w = word.lower()
    for a, b in (("ph", "f"), ("kh", "h"), ("ck", "k"), ("x", "ks"), ("c", "k"), ("q", "k"), ("y", "i"),
                 ("w", "v"), ("z", "s"), ("th", "t")):
        w = w.replace(a, b)
    w = w[:1] + re.sub(r"[aeiou]", "", w[1:])
    return re.sub(r"(.)\1+", r"\1", w)


def mention_key(e):
    """What a mention of the entry's primary name reduces to: family name and first given name, or the
    name without its legal form."""
    if e["kind"] == "person":
        sp = split_person(e["name"])
        if sp:
            return ("person", " ".join(loose(w) for w in sp[0]), loose(sp[1][0]))
    return ("thing", " ".join(loose(w) for w in words(strip_legal(e["name"]))))


def country_of(e):
    for prefix, c, a in PROGRAM_COUNTRY:
        if any(p.startswith(prefix) for p in e["programs"]):
            return c, a
    return None


# Words that say what kind of body a name is, not which one (as the linker's ORG_DESCRIPTORS).
DESCRIPTORS = {"group", "company", "holding", "holdings", "bank", "corporation", "international", "trading",
               "industries", "enterprises", "enterprise"}


def rule_capped(case, e):
    """Whether issue 11's rule caps this organisation positive at `possible`: one word beside legal forms
    and company words, and no country of the entry's program named in the sentence (no corroboration)."""
    if case["type"] != "organisation" or case["entry"] is None or case.get("story"):
        return False
    core = [w for w in words(strip_legal(case["mention"])) if w.lower() not in DESCRIPTORS]
    ca = country_of(e)
    named = ca is not None and (ca[0] in case["text"] or ca[1] in case["text"])
    return len(core) == 1 and not named


def fill(rng, templates, mention, e):
    ca = country_of(e)
    usable = [t for t in templates if ca or ("{c}" not in t and "{a}" not in t)]
    t = rng.choice(usable)
    c, a = ca or ("", "")
    return t.format(n=mention, c=c, a=a)


def ok_word(w):
    return w.isalpha() and len(w) >= 2


def similar(a, b):
    """Two words a transliteration apart: same first letter, edit distance at most a third of the length."""
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    if a[:1] != b[:1]:
        return False
    return levenshtein(a, b) <= max(1, min(len(a), len(b)) // 3)


def levenshtein(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


DRIFT = [("kk", "k"), ("ll", "l"), ("ss", "s"), ("nn", "n"), ("tt", "t"), ("ff", "f"), ("ck", "k"),
         ("ph", "f"), ("ks", "x"), ("x", "ks"), ("k", "c"), ("c", "k"), ("y", "i"), ("i", "y"),
         ("l", "ll"), ("s", "ss"), ("n", "nn"), ("t", "tt")]


def drift(rng, word):
    """One spelling-drift edit inside the word (never its first letter)."""
    low = word.lower()
    options = []
    for a, b in DRIFT:
        for m in re.finditer(re.escape(a), low):
            if m.start() > 0:
                options.append((m.start(), a, b))
    if not options:
        return None
    i, a, b = rng.choice(options)
    out = low[:i] + b + low[i + len(a):]
    return title(out) if out != low else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ofac", default=os.path.join(REPO, "..", "shared", "data", "sanctions", "ofac-sdn-2024-05-03.csv"))
    ap.add_argument("--out", default=os.path.join(HERE, "cases.jsonl"))
    ap.add_argument("--seed", type=int, default=11)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    zipf = load_zipf()
    entries = read_ofac(a.ofac)
    all_names = set()
    family_given = {}
    for e in entries:
        for n in [e["name"]] + e["aliases"]:
            all_names.add(" ".join(words(n.upper())))
        if e["kind"] == "person":
            sp = split_person(e["name"])
            if sp:
                family_given.setdefault(" ".join(sp[0]).lower(), set()).add(sp[1][0].lower())
    cases = []

    by_id = {e["id"]: e for e in entries}

    def add(cls, kind, text, entry, mention=None, **extra):
        case = {"id": f"{cls}-{kind}-{len(cases):04d}", "class": cls, "type": kind, "text": text,
                "entry": entry, **extra}
        if entry is not None and rule_capped(dict(case, mention=mention or ""), by_id[entry]):
            case["expect"] = "possible"
        cases.append(case)

    # A name two entries share cannot be resolved from the text alone (the linker says `possible`):
    # such entries are left out of the positives.
    shared = {}
    for e in entries:
        shared[mention_key(e)] = shared.get(mention_key(e), 0) + 1
    unique = [e for e in entries if shared[mention_key(e)] == 1]
    persons = [e for e in unique if e["kind"] == "person" and split_person(e["name"])
               and all(ok_word(w) for part in split_person(e["name"]) for w in part)]
    orgs = [e for e in unique if e["kind"] == "organisation" and len(words(strip_legal(e["name"]))) >= 1]
    vessels = [e for e in unique if e["kind"] == "vessel" and all(ok_word(w) or w.isdigit() for w in words(e["name"]))]
    rng.shuffle(persons)
    rng.shuffle(orgs)
    rng.shuffle(vessels)

    # exact: the list's own name as news writes it.
    for e in persons[:70]:
        fam, giv = split_person(e["name"])
        form = rng.choice(["gf", "gf", "gmf"]) if len(giv) > 1 else "gf"
        n = " ".join(giv + fam) if form == "gmf" else " ".join([giv[0]] + fam)
        add("exact", "person", fill(rng, PERSON_T, n, e), e["id"])
    for e in orgs[:70]:
        core = strip_legal(e["name"])
        n = title(core) if rng.random() < 0.6 else title(e["name"].replace(",", ""))
        add("exact", "organisation", fill(rng, ORG_T, n, e), e["id"], mention=n)
    for e in vessels[:50]:
        add("exact", "vessel", fill(rng, VESSEL_T, title(e["name"]), e), e["id"])

    # alias hold-out: aliases that are spelling variants of the entry's primary name.
    held = {"person": 0, "organisation": 0}
    for e in persons + orgs:
        k = e["kind"]
        if held[k] >= 45:
            continue
        for al in e["aliases"]:
            if k == "person":
                sp, pp = split_person(al), split_person(e["name"])
                if not sp or not all(ok_word(w) for part in sp for w in part):
                    continue
                if not (similar(sp[0][-1], pp[0][-1]) and similar(sp[1][0], pp[1][0])):
                    continue
                if (sp[0], sp[1][0]) == (pp[0], pp[1][0]):
                    continue
                n = " ".join([sp[1][0]] + sp[0])
            else:
                aw, pw = words(strip_legal(al).upper()), words(strip_legal(e["name"]).upper())
                if not aw or aw == pw or len(aw) != len(pw) or not all(similar(x, y) for x, y in zip(aw, pw)):
                    continue
                n = title(strip_legal(al))
            add("alias-holdout", k, fill(rng, PERSON_T if k == "person" else ORG_T, n, e), e["id"], mention=n, hold_out=al)
            held[k] += 1
            break

    # transliteration round trips (Russian-program persons and organisations).
    # Only names written in the Russian transliteration the table knows (no w, q, th, ou...).
    foreign = re.compile(r"w|q|x|j|th|ou|ee|oo|ck|ph|gh|ai")
    russian = [e for e in persons if any(p.startswith(RUSSIAN_PROGRAMS) for p in e["programs"])
               and not foreign.search(e["name"].lower())]
    for i, e in enumerate(russian[:50]):
        fam, giv = split_person(e["name"])
        cyr = [to_cyrillic(w) for w in [giv[0]] + fam]
        icao = " ".join(to_icao(w) for w in cyr)
        if i % 2 == 0 or icao == " ".join([giv[0]] + fam):
            n, how = " ".join(cyr), "cyrillic"
        else:
            n, how = icao, "icao"
        add("translit", "person", fill(rng, PERSON_T, n, e), e["id"], via=how)
    rus_orgs = [e for e in orgs if any(p.startswith(RUSSIAN_PROGRAMS) for p in e["programs"])
                and all(w.isalpha() and zipf.get(w.lower(), 0) < 3.0 for w in words(strip_legal(e["name"])))
                and not foreign.search(strip_legal(e["name"]).lower())]
    for i, e in enumerate(rus_orgs[:20]):
        cyr = [to_cyrillic(w) for w in words(strip_legal(e["name"]))]
        n = " ".join(cyr) if i % 2 == 0 else " ".join(to_icao(w) for w in cyr)
        add("translit", "organisation", fill(rng, ORG_T, n, e), e["id"], mention=n,
            via="cyrillic" if i % 2 == 0 else "icao")

    # typos: spelling drift.
    for e in persons[70:110]:
        fam, giv = split_person(e["name"])
        t = drift(rng, fam[-1])
        if t:
            add("typo", "person", fill(rng, PERSON_T, " ".join([giv[0]] + fam[:-1] + [t]), e), e["id"])
    for e in orgs[70:110]:
        core = words(strip_legal(e["name"]))
        longest = max(range(len(core)), key=lambda i: len(core[i]))
        t = drift(rng, core[longest]) if len(core[longest]) >= 5 else None
        if t:
            n = " ".join(title(w) if i != longest else t for i, w in enumerate(core))
            add("typo", "organisation", fill(rng, ORG_T, n, e), e["id"], mention=n)

    # near negatives.
    for e in persons[110:150]:
        fam, giv = split_person(e["name"])
        famkey = " ".join(fam).lower()
        kind = rng.choice(["surname", "other-given", "gender"])
        if kind == "surname":
            add("near-negative", "person", rng.choice(SURNAME_T).format(n=" ".join(fam)), None, near=e["id"], how=kind)
        elif kind == "other-given":
            g = next((g for g in GIVEN_POOL["m"] if g.lower() not in family_given.get(famkey, ())
                      and g.lower() != giv[0].lower()), None)
            if g:
                add("near-negative", "person", fill(rng, PERSON_T, " ".join([g] + fam), e), None, near=e["id"], how=kind)
        else:
            last = fam[-1]
            for m, f in FEMININE:
                if last.lower().endswith(m):
                    fem = last[: len(last) - len(m)] + f
                    if " ".join(words(" ".join(fam[:-1] + [fem]).upper())) not in {n.split(",")[0] for n in all_names}:
                        g = rng.choice(GIVEN_POOL["f"])
                        add("near-negative", "person", fill(rng, PERSON_T, " ".join([g] + fam[:-1] + [fem]), e), None,
                            near=e["id"], how=kind)
                    break
    letters = "abcdefghijklmnoprstuvwy"
    n_vessel = 0
    for e in vessels[50:]:
        if n_vessel >= 30:
            break
        w = words(e["name"])
        i = max(range(len(w)), key=lambda j: len(w[j]))
        if not w[i].isalpha() or len(w[i]) < 3:
            continue
        pos = rng.randrange(1, len(w[i]))
        new = w[i][:pos] + rng.choice([c for c in letters if c != w[i][pos].lower()]) + w[i][pos + 1:]
        sib = " ".join(w[:i] + [new] + w[i + 1:])
        if " ".join(words(sib.upper())) in all_names:
            continue
        add("near-negative", "vessel", fill(rng, VESSEL_T, title(sib), e), None, near=e["id"], how="sibling ship")
        n_vessel += 1
    # one-word company names and nickname aliases that are common English words, used as plain words.
    plain = []
    for e in entries:
        if e["kind"] == "organisation":
            core = words(strip_legal(e["name"]))
            if len(core) == 1 and zipf.get(core[0].lower(), 0) >= 3.5:
                plain.append((e, core[0]))
        if e["kind"] == "person":
            for al in e["aliases"]:
                aw = words(al)
                if "," not in al and len(aw) >= 2 and all(zipf.get(x.lower(), 0) >= 3.5 for x in aw):
                    plain.append((e, " ".join(aw)))
    rng.shuffle(plain)
    for e, word in plain[:30]:
        kind = e["kind"]
        add("near-negative", kind, rng.choice(PLAIN_T).format(n=title(word)), None, near=e["id"], how="common words")

    with open(a.out, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in cases:
        key = (c["class"], c["type"])
        counts[key] = counts.get(key, 0) + 1
    print(f"wrote {len(cases)} cases to {a.out}")
    for (cls, kind), n in sorted(counts.items()):
        print(f"  {cls:<15} {kind:<13} {n}")


if __name__ == "__main__":
    main()
