"""What the labelled-story scripts share: reading JSON Lines, joining label rows with the texts of the 41.5k
stories (the labels keep ids only), writing a story as embargo reads it, and counting the negatives the
binary gives no sanctioner, and drawing a set of stories per source. Imported by bench/errors.py, bench/modern/*.py,
bench/fresh/*.py and bench/tune2/pick.py (`sys.path` gets `bench/`)."""
import gzip, json, os, random, re, subprocess, sys


def load(path):
    """Every row of a JSON Lines file, gzipped or not; blank lines skipped."""
    opener = gzip.open if path.endswith('.gz') else open
    with opener(path, 'rt', encoding='utf-8') as f:
        return [json.loads(line) for line in f if line.strip()]


def stories(news, ids):
    """The stories of `news` whose id is in `ids`, by id, read as a stream (the file is 41.5k stories)."""
    out = {}
    with gzip.open(news, 'rt', encoding='utf-8') as f:
        for line in f:
            d = json.loads(line)
            if d['id'] in ids:
                out[d['id']] = d
    return out


def write_story(folder, story_id, story):
    """Write a story as `bench/run` does (title, blank line, text) under a file-safe name; return its path."""
    path = os.path.join(folder, re.sub(r'[^\w.-]', '-', story_id) + '.txt')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(f"{story.get('title') or ''}\n\n{story['text']}\n")
    return path


def quiet_negatives(binary, labels, path_of):
    """(negatives given no sanctioner by `extract --json`, negatives). A file that yields no row is quiet."""
    neg = [r for r in labels if r['negative']]
    if not neg:
        return 0, 0
    out = subprocess.run([binary, 'extract', '--json'] + [path_of[r['id']] for r in neg],
                         capture_output=True, text=True, check=True).stdout
    rows = [json.loads(l) for l in out.splitlines() if l.startswith('{')]
    return len(neg) - sum(1 for d in rows if d.get('sanctioners')), len(neg)


def score_facets(binary, labels, text, folder, name, shared):
    """Join labels and texts into `folder/name` (dev.jsonl's shape) and print evaluate.py's facet scores."""
    full = os.path.join(folder, name)
    with open(full, 'w', encoding='utf-8') as f:
        for r in labels:
            s = text[r['id']]
            f.write(json.dumps({**r, 'title': s.get('title'), 'text': s['text']}, ensure_ascii=False) + '\n')
    subprocess.run([sys.executable, os.path.join(shared, 'eval/evaluate.py'), 'facets', full, '--bin', binary],
                   check=True)


def pick_per_source(here, seed, per_source, exclude, corpus, word):
    """Draw `per_source[source]` stories of `corpus` (all of them when None or fewer) from the stories in no
    file of `exclude` whose text matches `word`, sorted by id, with random.Random(seed); write picked.jsonl
    (id, source, date, title, text) into `here`, in source order then id order."""
    taken = {r['id'] for p in exclude for r in load(p)}
    pool = sorted((r for r in load(corpus) if r['id'] not in taken and word.search(r.get('text') or '')),
                  key=lambda r: r['id'])
    rng = random.Random(seed)
    picked = []
    for source, n in per_source.items():
        cand = [r for r in pool if r['source'] == source]
        chosen = cand if n is None or len(cand) <= n else rng.sample(cand, n)
        picked += sorted(chosen, key=lambda r: r['id'])
        print(f'{source}: {len(cand)} in pool, picked {len(chosen)}')
    with open(os.path.join(here, 'picked.jsonl'), 'w', encoding='utf-8') as out:
        for r in picked:
            out.write(json.dumps({k: r.get(k) for k in ['id', 'source', 'date', 'title', 'text']},
                                 ensure_ascii=False) + '\n')
    print(f'picked {len(picked)} (excluded {len(taken)} ids)')
