#!/usr/bin/env python3
"""Gold headlines of the HTML development pages, read from each page's own HTML, for scoring the title Newswire
chooses on a page and on its text copy (eval/title_score.py).

usage: eval/title_gold.py HTML_SETS OUT_DIR        (HTML_SETS: what eval/html_dev_sets.py wrote)

Writes OUT_DIR/<set>.json ({key: title}) for every set under HTML_SETS, both halves merged: the text-copy sets share
their pages' keys (text-copies <- benchmark, readability-text <- readability, dragnet-text <- dragnet, cleaneval-text <-
cleaneval-final), so one file serves the HTML halves and the text copies' own tune/holdout halves alike.

The rule, fixed before any run of Newswire on these pages, first that gives one:
  1. the page's og:title, unless it is only the site's name (og:site_name);
  2. an <h1> that is the <title>'s headline (token F1 >= 0.5 with it), or the only <h1> when there is no <title>;
  3. the <title>.
Each minus a site's name around it: a segment split off by " | ", " - ", " – ", " — ", " :: ", " » " or " · " that is
the site's name, or (at the end) a segment of at most 5 words shorter than what precedes it ("Headline - Site News").
A page whose HTML gives no title of 2+ words (none, or a site's "Home") is left out.
"""
import html, json, os, re, sys
from html.parser import HTMLParser

SEPARATOR_KEPT = re.compile(r"(\s+(?:\||-|–|—|::|»|·)\s+)")
TOKEN = re.compile(r"\w+", re.UNICODE)
MAX_SITE_WORDS = 5


class Heads(HTMLParser):
    """The og:title, og:site_name, <title> and <h1> texts of one page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.meta, self.title, self.h1s, self._open = {}, None, [], None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta":
            name = (a.get("property") or a.get("name") or "").lower()
            if name in ("og:title", "og:site_name") and a.get("content") and name not in self.meta:
                self.meta[name] = a["content"]
        elif tag in ("title", "h1") and self._open is None and not (tag == "title" and self.title is not None):
            self._open, self._text = tag, []

    def handle_endtag(self, tag):
        if tag == self._open:
            text = " ".join("".join(self._text).split())
            if tag == "title":
                self.title = text
            elif text:
                self.h1s.append(text)
            self._open = None

    def handle_data(self, data):
        if self._open:
            self._text.append(data)


def tokens(text):
    return [t.lower() for t in TOKEN.findall(text or "")]


def token_f1(a, b):
    ta, tb = tokens(a), tokens(b)
    common = sum(min(ta.count(t), tb.count(t)) for t in set(ta))
    return 0.0 if not common else 2 * common / (len(ta) + len(tb))


def without_site(text, site):
    """The text minus a site's name split off before or after it; separators inside the headline are kept."""
    pieces = SEPARATOR_KEPT.split(" ".join(html.unescape(text or "").split()))
    parts, seps = pieces[0::2], pieces[1::2]
    site_tokens = tokens(site)
    while len(parts) > 1 and site_tokens and tokens(parts[0]) == site_tokens:
        parts, seps = parts[1:], seps[1:]
    while len(parts) > 1:
        last, rest = parts[-1], " ".join(parts[:-1])
        if (site_tokens and tokens(last) == site_tokens) or \
                (len(tokens(last)) <= MAX_SITE_WORDS and len(tokens(last)) < len(tokens(rest))):
            parts, seps = parts[:-1], seps[:-1]
        else:
            break
    return parts[0] + "".join(sep + part for sep, part in zip(seps, parts[1:]))


def gold_title(page):
    heads = Heads()
    try:
        heads.feed(page)
    except Exception:
        pass
    site = heads.meta.get("og:site_name", "")
    title = without_site(heads.title or "", site)
    og = heads.meta.get("og:title")
    if og and tokens(og) != tokens(site):
        found = without_site(og, site)
    else:
        h1 = [h for h in heads.h1s if title and token_f1(h, title) >= 0.5]
        found = h1[0] if h1 else heads.h1s[0] if len(heads.h1s) == 1 and not title else title
    found = " ".join(html.unescape(found).split())
    return found if len(tokens(found)) >= 2 else None


def main(sets_dir, out):
    os.makedirs(out, exist_ok=True)
    for name in sorted(os.listdir(sets_dir)):
        titles, pages_seen = {}, 0
        for half in ("tune", "untouched"):
            pages = os.path.join(sets_dir, name, half, "pages")
            for file in sorted(os.listdir(pages)) if os.path.isdir(pages) else []:
                pages_seen += 1
                raw = open(os.path.join(pages, file), "rb").read().decode("utf-8", "replace")
                title = gold_title(raw)
                if title:
                    titles[os.path.splitext(file)[0]] = title
        json.dump(titles, open(os.path.join(out, name + ".json"), "w"), ensure_ascii=False, indent=1, sort_keys=True)
        print(f"{name}: {len(titles)} titles of {pages_seen} pages")


if __name__ == "__main__":
    main(*sys.argv[1:3])
