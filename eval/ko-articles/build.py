#!/usr/bin/env python3
"""Builds the ko-articles set: the whole Chosun Ilbo national-news articles choose.py selects from the history of
dejv0000/rfx (the newspaper's RSS feed with full texts, committed every few hours), one text file per article,
beside the claims written by hand in labels.json, in two parts.

usage: build.py GIT_DIR OUT
  GIT_DIR  the git directory `fetch github:dejv0000/rfx` returned (e.g. /work/.mirror/dejv0000+rfx/repo)
  OUT      folder to write: OUT/{tune,untouched}/docs/NNN.txt (NNN: the article's place in the selection) and
           OUT/{tune,untouched}/expected.json (tier ko)

Then: python3 ../shared/eval/score.py OUT/tune/expected.json --batch 100 --cmd "java -jar target/newswire.jar extract"
(the untouched part is scored only at the start and at the end, its errors never read)

The part of an article is decided by the sha1 of its id, the article's URL (even -> tune, odd -> untouched). The
texts stay out of the repository (the newspaper's copyright); labels.json holds only ids and claims.
"""
import hashlib, json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from choose import article_text, selection  # noqa: E402  (choose.py beside this script)

HERE = os.path.dirname(os.path.abspath(__file__))


def part(article_id):
    return "tune" if int(hashlib.sha1(article_id.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "untouched"


def main(git_dir, out):
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as f:
        labels = json.load(f)
    write_parts([article for article, _ in selection(git_dir)], labels, out)


def write_parts(chosen, labels, out):
    """Writes the chosen articles [(id, title, byline, paragraphs)] and their labels {id: claims} into
    OUT/{tune,untouched}/docs/NNN.txt and OUT/{tune,untouched}/expected.json (also used by eval/ko-wikinews)."""
    ids = {a[0] for a in chosen}
    if set(labels) != ids:
        sys.exit(f"labels.json and the selection disagree: {sorted(set(labels) ^ ids)}")
    for name in ("tune", "untouched"):
        folder = os.path.join(out, name)
        os.makedirs(os.path.join(folder, "docs"), exist_ok=True)
        expected = []
        for number, article in enumerate(chosen):
            if part(article[0]) != name:
                continue
            path = f"docs/{number:03d}.txt"
            with open(os.path.join(folder, path), "w", encoding="utf-8") as f:
                f.write(article_text(article))
            expected.append({"file": path, "id": article[0], "tier": "ko", "claims": labels[article[0]]})
        with open(os.path.join(folder, "expected.json"), "w", encoding="utf-8") as f:
            json.dump(expected, f, indent=1, ensure_ascii=False)
            f.write("\n")
        print(name, len(expected), "articles,", sum(1 for e in expected for c in e["claims"] if not c.get("optional")), "required claims")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
