#!/usr/bin/env python3
"""Chooses the whole Korean news articles of the ko-articles set from the history of dejv0000/rfx, a repository
that commits the Chosun Ilbo national-news RSS feed (`o/c.x`, full article texts in `content:encoded`) every few
hours since May 2024.

usage: choose.py GIT_DIR [--list] [--dump]
  GIT_DIR  the git directory `fetch github:dejv0000/rfx` returned (/work/.mirror/dejv0000+rfx/repo)
  --list   print the chosen ids, their reason (word / random) and titles
  --dump   print every chosen article's text (for reading and labelling)

selection(git_dir) returns [(article_id, title, byline, paragraphs)] in a fixed order. The feed versions read are
every STEP-th commit that changed `o/c.x`, counted from the pinned commit PINNED, so that a newer snapshot of the
repository gives the same selection. An article's id is its URL (the feed's guid); when it appears in several
versions, the latest version read is kept. Articles shorter than MIN_CHARS are left out (photo items, one-line
briefs). Of the rest: WORD_COUNT drawn with random.Random(SEED) from those with a claim-kind word (KIND_WORDS) beside a
count, RANDOM_COUNT from the others (negatives). A "word" article has a sentence (or a title) with a claim-kind word and a count (N명, N구, N발,
written in digits or Hangul numerals): most carry a claim, many only a count of suspects, patients or years.
"""
import html, random, re, subprocess, sys

PINNED = "ecd31a760210c4227caa297e7b0cd7ff081c19e0"
FEED = "o/c.x"
STEP = 25
MIN_CHARS = 300
SEED = 15
WORD_COUNT = 80
RANDOM_COUNT = 20

# stems, so that every ending matches; broad on purpose (arrests, drills, trials carry no claim)
KIND_WORDS = [
    "사망", "숨져", "숨졌", "숨진", "숨지", "사상자", "희생자", "시신", "살해", "참사", "익사", "순직", "전사",
    "부상", "다쳐", "다쳤", "다친", "중상", "경상",
    "실종", "인질", "납치", "억류", "포로", "피랍",
    "피란", "피난", "이재민", "대피",
    "병력", "장병", "군인", "파병", "미사일", "로켓", "포탄",
]

ITEM = re.compile(r"<item>(.*?)</item>", re.S)


def tag(item, name):
    m = re.search(rf"<{name}[^>]*>(.*?)</{name}>", item, re.S)
    return html.unescape(m.group(1)).strip() if m else ""


def paragraphs(encoded):
    """The story paragraphs of a feed item's HTML: figures (photos and their captions) dropped, <br> runs and
    block ends as paragraph breaks, other tags removed."""
    text = re.sub(r"<figure.*?</figure>", "", encoded, flags=re.S)
    text = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</h\d>|</li>", "\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = html.unescape(text).replace("\xa0", " ")
    return [re.sub(r"[ \t]+", " ", p).strip() for p in text.split("\n") if p.strip()]


def article_text(article):
    """The article as a reader copies it: the title, a blank line, the paragraphs one to a line with a blank line
    between them, and the byline last."""
    _, title, byline, body = article
    return "\n\n".join([title] + body + ([byline] if byline else [])) + "\n"


def versions(git_dir):
    out = subprocess.run(["git", "--git-dir", git_dir, "log", "--format=%H", PINNED, "--", FEED],
                         capture_output=True, text=True, check=True).stdout.split()
    return out[::STEP]


def articles(git_dir):
    found = {}
    for commit in reversed(versions(git_dir)):  # oldest first, so a later version replaces an earlier one
        feed = subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{FEED}"],
                              capture_output=True, check=True).stdout.decode("utf-8", "replace")
        for item in ITEM.findall(feed):
            guid = tag(item, "guid") or tag(item, "link")
            body = paragraphs(tag(item, "content:encoded"))
            if guid and body:
                found[guid] = (guid, tag(item, "title"), tag(item, "dc:creator"), body)
    return found


COUNT = re.compile(r"(\d[\d,]*|[한두세네]|[일이삼사오육칠팔구십백천만]+)\s*(명|구|발)")
SENTENCE_END = re.compile(r"(?<=[.?!])\s+|\n")


def has_kind_word(article):
    """A sentence (or the title) with a claim-kind word and a count of people, bodies or rounds (N명, N구, N발)."""
    sentences = [article[1]] + [s for p in article[3] for s in SENTENCE_END.split(p)]
    return any(COUNT.search(s) and any(w in s for w in KIND_WORDS) for s in sentences)


def selection(git_dir):
    pool = [a for _, a in sorted(articles(git_dir).items()) if len("".join(a[3])) >= MIN_CHARS]
    rng = random.Random(SEED)
    worded = [a for a in pool if has_kind_word(a)]
    others = [a for a in pool if not has_kind_word(a)]
    chosen = [(a, "word") for a in rng.sample(worded, WORD_COUNT)] + [(a, "random") for a in rng.sample(others, RANDOM_COUNT)]
    return sorted(chosen, key=lambda c: c[0][0])


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    chosen = selection(sys.argv[1])
    if "--dump" in sys.argv:
        for article, why in chosen:
            print("=" * 20, why, article[0])
            print(article_text(article))
    if "--list" in sys.argv:
        for (aid, title, _, _), why in chosen:
            print(why, aid, title, sep="\t")
    print(len(chosen), "articles", file=sys.stderr)
