#!/usr/bin/env python3
"""Selects the Reuters-21578 wire stories of the reuters-articles claim set: every story whose title or body has a word
of a claim kind within NEAR words of a count ("count"), and RANDOM stories with none ("random": negatives, drawn with
random.Random(SEED)).

usage: select_articles.py GIT_DIR   (the git directory `fetch github:loki86/ksr_zadanie1V2` returned, e.g.
                                     /work/.mirror/loki86+ksr_zadanie1V2/repo)
prints one line per selected story: its id, its part, what selected it (count, random) and its title (to look at
while labelling; never committed).

The corpus is Reuters-21578 (Reuters 1987 newswire, distribution 1.0: files reut2-000.sgm ... reut2-021.sgm), as
kept at COMMIT of that repository, each file checked against its sha256 (FILES). A story's id is 'reuters:' and its
NEWID; its part is the sha1 of the id (even -> tune, odd -> untouched), decided before labelling.
"""
import hashlib, html, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "ag-news"))
sys.path.insert(0, os.path.join(HERE, "..", "news-articles"))
from select_items import pinned, part  # noqa: E402  (pinned file reading and the sha1 split of eval/ag-news)
from select_pages import KIND_WORDS  # noqa: E402  (the claim kind words of eval/news-articles)

COMMIT = "d16457fd9d6d2b623fffc163746092b89a6e2fef"
FILES = {
    "reut2-000.sgm": "686f5cf549930e23184bcba2328c7d01348df20f7167ff25e6d3495090c3f822",
    "reut2-001.sgm": "b7fc3231dd9f95fb53518f8d5739d41524fa8dacdb21ddb7f612d9a475c14ea1",
    "reut2-002.sgm": "99f18068d0518952987dedd78c622e5c2a584e357d264d3754696c815f3e6628",
    "reut2-003-full.sgm": "24c0aec30c53acfeceff6df391a278282f61febdea3852e74f1ae01af088d5bd",
    "reut2-004.sgm": "726342c19a65873330b412378cd6a3f0d512035f5223146ddd60930c62eb6ff0",
    "reut2-005.sgm": "d09de619b6dd2d047d5124681f6df90550abaf592020d1c1ce338ae9b91522e7",
    "reut2-006.sgm": "b5535c0d66b01f4976f84621a4a795afbc00d2c4bd0a1b7ae426df6630fb361d",
    "reut2-007.sgm": "aa706007ec84a03537a3921ca976d60e11b3f99e4b9e9b2d5c81dd384d2c2062",
    "reut2-008.sgm": "a3994583694a00b7c744097c1d7eabfcf90f2e6650cc21663e46828035a336cb",
    "reut2-009.sgm": "29995f606dd1a9bdf907eacc9d879846c716860d9d9141676979474aaea39c7d",
    "reut2-010.sgm": "996df6008089bd09fa5b28a4d2eb0ee5f7b9d4601cde566fed3926ac82960fa3",
    "reut2-011.sgm": "d3a2782015247d9c2bffb8926267827fdd449c70d619435ef01a25a1c56a53ca",
    "reut2-012.sgm": "da31035d483851f2aebce5b66d779e5e2c0ac9dcfe098596c6d544e81c5604ab",
    "reut2-013.sgm": "8f7700bc0455fac3fcc12377ced4807b7df8aba1f21ecad059b9cc2b1cf0b8be",
    "reut2-014.sgm": "ef936bd3e0f36cf722afa9a6957563549775af32e9e28b4f539c8737ceda83ab",
    "reut2-015.sgm": "6d3bcec73eff871b8a5403588af814c4e50a0de6bc25707480522ab836f74026",
    "reut2-016.sgm": "be2f03a185fff70131f3b4fdbd6229b7ee2be077eba9691eaa597c8cfbda8812",
    "reut2-017.sgm": "f370e610b4b1342e41a98e0c426a08541044bd1d7e539674f32372a6060b73b5",
    "reut2-018.sgm": "a5f971bf25448e915781962309e669359a35fbcaf3017a806eca0590897f209a",
    "reut2-019.sgm": "d3b07097fba2633d130b4914aceba671645985248943ce9e39c289315339dffb",
    "reut2-020.sgm": "f6ad1b724125c202566c63b35ea0b5ee23881f8b7ed47a32829d5af05d8e860d",
    "reut2-021.sgm": "3f5196d32869723c9042aa5756805b4e90360f1f45ea17f4594fa0e2b3630b18",
}
# Words of the kinds eval/news-articles' KIND_WORDS leaves out (missing, arrests, casualties, flight).
MORE_KIND_WORDS = re.compile(r"\b(missing|arrest(?:ed|s)?|detained|casualties|fled|seized|hurt|drowned|victims)\b", re.I)
COUNT = re.compile(r"\b(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty"
                   r"|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?|scores)\b", re.I)
NEAR = 6  # words between a count and a claim word
RANDOM, SEED = 20, 1521
STORY = re.compile(r'<REUTERS\b[^>]*\bNEWID="(\d+)"[^>]*>(.*?)</REUTERS>', re.S)


def field(story, tag):
    m = re.search(rf"<{tag}>(.*?)</{tag}>", story, re.S)
    return html.unescape(m.group(1)) if m else ""


def stories(git_dir):
    """[(id, title, dateline, body)] of every story of the pinned files that has a body, in NEWID order."""
    rows = []
    for name, sha256 in FILES.items():
        text = pinned(git_dir, COMMIT, name, sha256).decode("latin-1")
        for newid, story in STORY.findall(text):
            body = field(story, "BODY")
            body = re.sub(r"\s*Reuter\s*\x03?\s*$", "", body.replace("\x03", "")).strip()
            if body:
                rows.append((f"reuters:{newid}", field(story, "TITLE").strip(), field(story, "DATELINE").strip(), body))
    return sorted(rows, key=lambda r: int(r[0].split(":")[1]))


def counted(text):
    """True when a claim kind word stands within NEAR words of a count."""
    words = text.split()
    claims = [i for i, w in enumerate(words) if KIND_WORDS.search(w) or MORE_KIND_WORDS.search(w)]
    counts = [i for i, w in enumerate(words) if COUNT.fullmatch(w.strip(".,;:()\"'"))]
    return any(abs(c - k) <= NEAR for c in counts for k in claims)


def selection(git_dir):
    """(id, title, dateline, body, reason) of every selected story, in NEWID order."""
    rows = stories(git_dir)
    withcount = [i for i, r in enumerate(rows) if counted(r[1] + " " + r[3])]
    rest = sorted(set(range(len(rows))) - set(withcount))
    pick = random.Random(SEED)
    reason = {i: "count" for i in withcount}
    reason.update((i, "random") for i in pick.sample(rest, RANDOM))
    return [rows[i] + (reason[i],) for i in sorted(reason)]


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    for story_id, title, _, _, why in selection(sys.argv[1]):
        print(f"{story_id}\t{part(story_id)}\t{why}\t{title}")
