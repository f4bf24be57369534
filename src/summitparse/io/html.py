"""HTML pages to plain text, so an ``.html`` article is extracted like a ``.txt`` one.

Offsets in the output refer to the text this module returns (``--include-text`` writes it into
each line), never to the HTML source: a reader cannot map a span back through tags and entities,
but they can slice the converted text they were given.

The conversion uses the standard library's :class:`html.parser.HTMLParser`, which never raises on
malformed markup, so :func:`html_to_text` is total. What it does, in the spirit of a reader's view:

- drops what a reader never sees: ``<script>``, ``<style>``, ``<noscript>``, ``<template>``,
  ``<head>`` content other than ``<title>``, comments and processing instructions;
- decodes entities (``&amp;``, ``&#8217;``) into the characters they stand for;
- collapses runs of white space inside running text into one space (as a browser renders it),
  except inside ``<pre>``;
- ends block elements (``<p>``, ``<div>``, headings, list items, table rows …) with a line break
  and separates paragraphs and headings by a blank line, so sentence splitting and datelines work
  as in a text file;
- keeps the ``<title>`` as a first paragraph only when the body has no ``<h1>`` (news pages repeat
  the headline there).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["html_to_text"]

_HIDDEN = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object"})
_PARAGRAPH = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl"}
    | {"figure", "section", "article", "header", "footer", "aside", "nav", "main", "hr"}
)
_LINE = frozenset(
    {"div", "li", "tr", "dt", "dd", "figcaption", "caption", "address", "br", "form", "fieldset"}
    | {"details", "summary", "body", "html"}
)
_CELL = frozenset({"td", "th"})
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0]+")
_BLANKS = re.compile(r"\n[ \t]+|[ \t]+\n")
_MANY_LINES = re.compile(r"\n{3,}")


class _Converter(HTMLParser):
    """Collects visible text with line breaks where the layout puts them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self.hidden = 0
        self.pre = 0
        self.in_head = False
        self.in_title = False
        self.saw_h1 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._open(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            return  # a self-closed <script/> hides nothing after it
        self._open(tag)
        if tag not in ("br", "hr"):
            self._close(tag)

    def handle_endtag(self, tag: str) -> None:
        self._close(tag)

    def _open(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag == "head":
            self.in_head = True
        elif tag == "body":
            self.in_head = False
        elif tag == "title":
            self.in_title = True
        elif tag == "pre":
            self.pre += 1
        if tag == "h1":
            self.saw_h1 = True
        self._break(tag)

    def _close(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag == "head":
            self.in_head = False
        elif tag == "title":
            self.in_title = False
        elif tag == "pre":
            self.pre = max(0, self.pre - 1)
        self._break(tag)

    def _break(self, tag: str) -> None:
        if tag in _PARAGRAPH:
            self._append_break("\n\n")
        elif tag in _LINE:
            self._append_break("\n")
        elif tag in _CELL:
            self._append_break("\t")

    def _append_break(self, mark: str) -> None:
        """Adjacent breaks merge into the strongest (``</li><li>`` is one line break)."""
        if self.parts and self.parts[-1] in ("\n\n", "\n", "\t"):
            if len(mark.strip("\t")) > len(self.parts[-1].strip("\t")):
                self.parts[-1] = mark
            return
        self.parts.append(mark)

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif self.hidden or self.in_head:
            return
        elif self.pre:
            self.parts.append(data.replace("\r\n", "\n"))
        else:
            self.parts.append(_SPACES.sub(" ", data))


def _tidy(raw: str) -> str:
    """Trim spaces at line ends, keep at most one blank line in a row."""
    text = _BLANKS.sub("\n", raw)
    text = _MANY_LINES.sub("\n\n", text)
    return text.strip(" \n\t") + "\n" if text.strip() else ""


def html_to_text(markup: str) -> str:
    """The visible text of an HTML page (total: malformed markup never raises)."""
    converter = _Converter()
    try:
        converter.feed(markup)
        converter.close()
    except (AssertionError, ValueError):  # very old parsers raised on bad declarations
        pass
    body = "".join(converter.parts)
    title = _SPACES.sub(" ", "".join(converter.title)).strip()
    if title and not converter.saw_h1:
        body = title + "\n\n" + body
    return _tidy(body)
