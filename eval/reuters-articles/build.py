#!/usr/bin/env python3
"""Builds the reuters-articles claim set: the Reuters-21578 stories select_articles.py selects, each as a text file (its
headline, a blank line, its dateline and body, one paragraph a block), beside the labels written by hand in
labels.json, in the two parts decided by the sha1 of the story's id.

usage: build.py GIT_DIR OUT
  GIT_DIR  the git directory `fetch github:loki86/ksr_zadanie1V2` returned (/work/.mirror/loki86+ksr_zadanie1V2/repo)
  OUT      folder to write: OUT/{tune,untouched}/docs/reuters-NEWID.txt and OUT/{tune,untouched}/expected.json

Then: python3 ../shared/eval/score.py OUT/tune/expected.json --batch 400   (the untouched part is scored only for its
figures, its errors never read). The texts stay out of the repository (Reuters' copyright; the corpus is distributed
for research use only).
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from select_articles import part, selection  # noqa: E402  (select_articles.py beside this script)
from select_items import write_parts  # noqa: E402  (the set writer of eval/ag-news)

LANGUAGE = "en"


def story_text(title, dateline, body):
    """The story as a reader sees it: the headline, then the dateline and the body, the corpus's line wrapping undone
    (a new paragraph starts where a line is indented)."""
    paragraphs = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n(?=[ \t])", body)]
    paragraphs = [p for p in paragraphs if p]
    if paragraphs and dateline:
        paragraphs[0] = re.sub(r"\s+", " ", dateline).strip() + " " + paragraphs[0]
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def main(git_dir, out):
    chosen = selection(git_dir)
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as f:
        labels = json.load(f)
    write_parts(out, LANGUAGE, {story_id: claims[LANGUAGE] for story_id, claims in labels.items()},
                [(story_id, part(story_id), story_text(title, dateline, body))
                 for story_id, title, dateline, body, _ in chosen])


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(*sys.argv[1:])
