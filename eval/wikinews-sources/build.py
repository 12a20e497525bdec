#!/usr/bin/env python3
"""Builds the wikinews-sources claim set: whole English news articles that English Wikinews stories of 2004-2005 cite
as their sources (CNN, The Guardian, The Japan Times, Yahoo/AP, Xinhua, China Daily, IPS, The Telegraph, local TV and
papers ...), as collected with their text by the WikinewsSum dataset (airKlizz/WikinewsSum, MIT; the articles remain
their publishers'), one text file per article, beside the claims written by hand in labels.json, in two parts.

usage: build.py GIT_DIR OUT [--list] [--dump]
  GIT_DIR  the git directory `fetch github:airKlizz/WikinewsSum` returned (/work/.mirror/airKlizz+WikinewsSum/repo)
  OUT      folder to write: OUT/{tune,untouched}/docs/wns-ID.txt and OUT/{tune,untouched}/expected.json;
           with --list or --dump, OUT may be '-' (nothing written)
  --list   print the chosen ids, their part, reason (count / random) and first line
  --dump   print every chosen article's text (for reading and labelling)

The file is cleaned_endataset.json at COMMIT (a later commit removed it), checked against SHA256: one JSON line per
Wikinews story, each with its sources' texts ("maintext"). Taken: every source marked English with a text, once (a
source saved twice, e.g. once through web.archive.org, is kept at its first sighting), except BBC News and Reuters
pages (outlets other sets already hold: BBC 2004-5 pages, Reuters-21578). An article's id is "wns:" and the first 12
hex digits of the sha1 of its URL. The part is decided by the Wikinews STORY, not the article: the sources of one
story tell one event, often in the same words, so the part is the sha1 of "wns:" and the story's title (even -> tune,
odd -> untouched; eval/ag-news' part()), fixed before any labelling. Selection: every article with a claim-kind word
within six words of a count (reuters-articles' `counted`) is taken ("count"); the rest of each part's PER_PART are
drawn at random with random.Random(SEED) from the articles without one ("random", negatives).
"""
import hashlib, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "reuters-articles"))
sys.path.insert(0, os.path.join(HERE, "..", "ag-news"))
from select_articles import counted  # noqa: E402  (claim word near a count)
from select_items import pinned, part, write_parts  # noqa: E402  (eval/ag-news)

COMMIT = "1d985031625909c908766812e8a18d0c88116ec8"
PATH = "cleaned_endataset.json"
SHA256 = "6302e69460f6b3e61ce730c3916758f5abe2d13e726760cf67aa8954aba452af"
LEFT_OUT = re.compile(r"bbc\.co\.uk|reuters\.")  # outlets of the earlier sets
PER_PART, SEED = 60, 1547
LANGUAGE = "en"


def articles(git_dir):
    """[(id, story title, url, text)] of every English source article, in file order, each text once."""
    rows, seen = [], set()
    for line in pinned(git_dir, COMMIT, PATH, SHA256).decode("utf-8").splitlines():
        if not line.strip():
            continue
        story = json.loads(line)
        for source in story["sources"]:
            text = (source.get("maintext") or "").strip()
            if source.get("language") != "en" or not text or LEFT_OUT.search(source["url"]):
                continue
            if text[:300] in seen:
                continue
            seen.add(text[:300])
            article_id = "wns:" + hashlib.sha1(source["url"].encode("utf-8")).hexdigest()[:12]
            rows.append((article_id, story["title"], source["url"], text))
    return rows


def selection(git_dir):
    """[(id, story, url, text, reason)] of the chosen articles, in id order."""
    rows = articles(git_dir)
    pick, chosen = random.Random(SEED), []
    for name in ("tune", "untouched"):
        mine = [r for r in rows if part("wns:" + r[1]) == name]
        withcount = [r + ("count",) for r in mine if counted(r[3])]
        others = [r + ("random",) for r in mine if not counted(r[3])]
        chosen += withcount + pick.sample(others, PER_PART - len(withcount))
    return sorted(chosen)


def article_text(text):
    """The article's paragraphs (one a line in the source), a blank line between."""
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    return "\n\n".join(paragraphs) + "\n"


def main(args):
    if len(args) < 2:
        sys.exit(__doc__)
    chosen = selection(args[0])
    if "--list" in args or "--dump" in args:
        for article_id, story, url, text, why in chosen:
            print("=" * 20 if "--dump" in args else "", article_id, part("wns:" + story), why, url, sep="\t")
            if "--dump" in args:
                print(article_text(text))
        print(len(chosen), "articles", file=sys.stderr)
        return
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as f:
        labels = json.load(f)
    write_parts(args[1], LANGUAGE, labels, [(article_id, part("wns:" + story), article_text(text))
                                            for article_id, story, url, text, _ in chosen])


if __name__ == "__main__":
    main(sys.argv[1:])
