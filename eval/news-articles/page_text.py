#!/usr/bin/env python3
"""The story paragraphs of a saved news page, as a reader sees them: the text of every block element (p, div, td, li,
headings; <br> splits a block), scripts, styles and forms left out, whitespace collapsed, and kept when it reads as
prose (at least MIN_WORDS words and a sentence's end). Standard library only, so the selection and the labelling text
do not depend on Newswire's own cleaner (which is what is measured).

usage: page_text.py PAGE.html     prints the page's story paragraphs, one a line
"""
import html.parser, re, sys

BLOCKS = {"p", "div", "td", "th", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "article", "section",
          "tr", "table", "ul", "ol", "dd", "dt", "pre", "center", "body", "form", "header", "footer", "aside", "nav",
          "figcaption", "figure", "main", "span_block"}
SKIPPED = {"script", "style", "noscript", "select", "option", "textarea", "iframe", "button", "svg", "head", "title"}
MIN_WORDS = 15
SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*$")


class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks, self.current, self.skipping = [], [], 0

    def flush(self):
        text = re.sub(r"\s+", " ", "".join(self.current)).strip()
        if text:
            self.blocks.append(text)
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIPPED:
            self.skipping += 1
        elif tag in BLOCKS or tag == "br":
            self.flush()

    def handle_endtag(self, tag):
        if tag in SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCKS:
            self.flush()

    def handle_data(self, data):
        if not self.skipping:
            self.current.append(data)


def decoded(raw):
    declared = re.search(rb"charset=[\"']?([A-Za-z0-9_-]+)", raw[:4096])
    for name in ([declared.group(1).decode("ascii")] if declared else []) + ["utf-8"]:
        try:
            return raw.decode(name)
        except (LookupError, UnicodeDecodeError):
            pass
    return raw.decode("cp1252", errors="replace")


def story_paragraphs(path):
    with open(path, "rb") as f:
        parser = Blocks()
        parser.feed(decoded(f.read()))
        parser.close()
        parser.flush()
    return [b for b in parser.blocks if len(b.split()) >= MIN_WORDS and SENTENCE_END.search(b)]


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    print("\n".join(story_paragraphs(sys.argv[1])))
