#!/usr/bin/env python3
"""Selects the AG News items to label: World items and items of the other classes whose title or description has a
word of a claim kind ("word"; the KIND_WORDS of eval/ko-news-2), and items with no such word drawn from all classes
("random": negatives), each group drawn with random.Random of the batch's seed. Batch 1 (eval/ag-news): 250, 100 and
100 items; batch 2 (eval/ag-news-2): 200, 40 and 60 items none of which is in batch 1.

usage: select_items.py GIT_DIR [BATCH]   (the git directory `fetch github:Shane-Neeley/CharCnn_Keras` returned, e.g.
                   /work/.mirror/Shane-Neeley+CharCnn_Keras/repo; BATCH 1 or 2, default 1)
prints one line per selected item: its id, its part, what selected it (word, random) and its text with the title and
the description joined by ' || ' (to read while labelling; never committed).

The corpus is data/ag_news_csv/test.csv at COMMIT (7,600 items: class, title, description), checked against SHA256.
An item's id is 'test:' its line number (from 1), '-', and the first 8 hex digits of the sha1 of its title; its part is
the sha1 of the id (even -> tune, odd -> untouched), decided before labelling.
"""
import csv, hashlib, html, io, json, os, random, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "ko-news-2"))
from select_english import KIND_RE  # noqa: E402  (the claim kind words of eval/ko-news-2)

COMMIT = "03836ce08fce38daac53e9b4255ef16e0b9f6303"  # the last commit holding the full test.csv (later ones cut it)
PATH = "data/ag_news_csv/test.csv"
SHA256 = "521465c2428ed7f02f8d6db6ffdd4b5447c1c701962353eb2c40d548c3c85699"
WORLD = "1"
BATCHES = {1: (250, 100, 100, 1515), 2: (200, 40, 60, 1516)}  # batch: World word, other word, random items, seed


def clean(text):
    """The text as a reader saw it: the corpus's escapes undone (' #36;' for '$', 'quot;', a backslash for a line
    break), leftover tags dropped, spaces collapsed."""
    text = re.sub(r" ?#(\d+);", lambda m: chr(int(m.group(1))), text)
    text = re.sub(r"\b(quot|amp|lt|gt);", lambda m: html.unescape("&" + m.group(1) + ";"), text)
    text = re.sub(r"<[^>]{0,200}>", " ", text.replace("\\", " "))
    return re.sub(r"\s+", " ", text).strip()


def pinned(git_dir, commit, path, sha256):
    """The bytes of path at commit in git_dir, which must have the given sha256 (the file that was labelled)."""
    raw = subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"], check=True,
                         capture_output=True).stdout
    if hashlib.sha256(raw).hexdigest() != sha256:
        sys.exit(f"{path} at {commit} is not the file labelled (sha256 differs)")
    return raw


def items(git_dir):
    """(id, class, title, description) for every item of the pinned test.csv."""
    raw = pinned(git_dir, COMMIT, PATH, SHA256)
    rows = []
    for line, (label, title, description) in enumerate(csv.reader(io.StringIO(raw.decode("utf-8"))), start=1):
        item_id = f"test:{line}-{hashlib.sha1(title.encode('utf-8')).hexdigest()[:8]}"
        rows.append((item_id, label, clean(title), clean(description)))
    return rows


def part(item_id):
    return "tune" if int(hashlib.sha1(item_id.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "untouched"


def write_parts(out, language, labels, docs):
    """Writes a whole-article set: OUT/PART/docs/ID.txt and OUT/PART/expected.json for PART tune and untouched. docs:
    (id, part, text) in the order expected.json lists them; labels: {id: claims}, which must name exactly those ids."""
    ids = {article_id for article_id, *_ in docs}
    if set(labels) != ids:
        sys.exit(f"labels.json and the selection disagree: {sorted(set(labels) ^ ids)}")
    expected = {"tune": [], "untouched": []}
    for name in expected:
        os.makedirs(os.path.join(out, name, "docs"), exist_ok=True)
    for article_id, name, text in docs:
        doc = "docs/" + article_id.replace(":", "-") + ".txt"
        with open(os.path.join(out, name, doc), "w", encoding="utf-8") as f:
            f.write(text)
        expected[name].append({"file": doc, "id": article_id, "tier": language, "claims": labels[article_id]})
    for name, items in expected.items():
        with open(os.path.join(out, name, "expected.json"), "w", encoding="utf-8") as f:
            json.dump(items, f, indent=1, ensure_ascii=False)
            f.write("\n")


def list_or_write(args, chosen, labels_dir, language, preview=lambda text: text[:100]):
    """The end of a whole-article builder's main: with --list or --dump, print the chosen (id, name, text, why)
    articles; else write their texts and labels_dir's labels.json under args[1]."""
    if "--list" in args or "--dump" in args:
        for article_id, name, text, why in chosen:
            print("=" * 20 if "--dump" in args else "", article_id, name, why,
                  text if "--dump" in args else preview(text), sep="\t")
        print(len(chosen), "articles", file=sys.stderr)
        return
    with open(os.path.join(labels_dir, "labels.json"), encoding="utf-8") as f:
        labels = json.load(f)
    write_parts(args[1], language, labels, [(article_id, name, text) for article_id, name, text, _ in chosen])


def chosen(rows, batch):
    """{row index: reason} of the batch's items; a batch draws only from the items no earlier batch chose."""
    taken = set()
    for earlier in range(1, batch):
        taken |= set(chosen(rows, earlier))
    world_word, other_word, negatives, seed = BATCHES[batch]
    free = [i for i in range(len(rows)) if i not in taken]
    worded = [i for i in free if KIND_RE.search(rows[i][2] + " " + rows[i][3])]
    world = [i for i in worded if rows[i][1] == WORLD]
    other = [i for i in worded if rows[i][1] != WORLD]
    rest = sorted(set(free) - set(worded))
    pick = random.Random(seed)
    reason = {i: "word" for i in pick.sample(world, world_word) + pick.sample(other, other_word)}
    reason.update((i, "random") for i in pick.sample(rest, negatives))
    return reason


def selection(git_dir, batch=1):
    """(id, title, description, reason) for every selected item of the batch, in corpus order."""
    rows = items(git_dir)
    reason = chosen(rows, batch)
    return [(rows[i][0], rows[i][2], rows[i][3], reason[i]) for i in sorted(reason)]


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    for item_id, title, description, reason in selection(sys.argv[1], int(sys.argv[2]) if len(sys.argv) == 3 else 1):
        print(f"{item_id}\t{part(item_id)}\t{reason}\t{title} || {description}")
