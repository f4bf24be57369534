"""HTML pages to the article's text, so an ``.html`` page is extracted like a ``.txt`` article.

A news page is mostly not its article: navigation, "related stories" headlines, cookie banners,
photo captions, comment threads and footers hold other stories' quotes, summits and agreements.
Read as visible text, they become this article's records. So a page goes through a main-text
extractor, trafilatura (Apache-2.0, the ``html`` extra), which keeps the article body (headings,
paragraphs, lists, tables inside it) and drops the rest; :func:`main_text` returns that text with
what the page says about itself (title, publication date, URL, site, author, page type).

Without trafilatura the page is read by the plain converter below (:func:`html_to_text`), which
keeps everything a reader can see; every such article carries :data:`PLAIN_CONVERTER_WARNING` in
``meta.warnings`` so nobody takes its boilerplate records for the article's.

Measured on the pages in ``fixtures/html`` (``benchmarks/html_pages.py``): with the choices
below, no boilerplate string reaches the text of the 11 article pages and every article sentence
is kept but a live blog's entry headings; the plain converter lets 116 through (7 to 14 a page),
and 12 record spans come from them. Choices made from that study:

- raw bytes go to trafilatura undecoded, so it follows the page's declared charset (a
  ``windows-1252`` page decoded as UTF-8 first loses its curly quotes and euro signs);
- default precision: ``favor_precision`` cut half of a broken-markup article;
- comments are never included, tables are (trade figures are often tabulated); captions are
  dropped also where a page marks them by class rather than ``<figcaption>``;
- the date comes from the page's own markup only (``extensive_search`` off: the free-text search
  invented a date for a section index from a teaser), preferring the original publication date
  over the modification date;
- a page that calls itself a ``website`` (or another listing type) is a section front, not an
  article: trafilatura still returns its teasers, which would be other stories' records;
- lines that only point elsewhere ("Read more: …", "See also: …", a lone "Advertisement", a
  newsletter sign-up) are dropped: wire copy carries them inside the body, where the extractor
  keeps them, and their headlines are other stories;
- paragraphs, one per line in trafilatura's text, are separated by a blank line as in our text
  articles, so sentences never run across them; a table row with a single cell (a layout table)
  loses its ``|`` frame.

Offsets in the output refer to the text this module returns (``--include-text`` writes it into
each line), never to the HTML source: a reader cannot map a span back through tags and entities,
but they can slice the text they were given.

The plain converter uses the standard library's :class:`html.parser.HTMLParser`, which never
raises on malformed markup, so :func:`html_to_text` is total. What it does, in the spirit of a
reader's view:

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

import datetime as dt
import logging
import re
from dataclasses import dataclass
from functools import cache
from html.parser import HTMLParser
from types import ModuleType

from summitparse.errors import EmptyTextError
from summitparse.models import Page

__all__ = [
    "NOT_ARTICLE_TYPES",
    "PLAIN_CONVERTER_WARNING",
    "PageText",
    "html_to_text",
    "is_html_text",
    "main_text",
    "main_text_extractor",
    "plain_page",
]

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


# -- the article, not the page ---------------------------------------------------------------

PLAIN_CONVERTER_WARNING = (
    "HTML read with the plain converter because trafilatura is not installed: navigation, "
    "related stories, captions and comments may be in the text and their records reported as "
    "this article's (pip install 'summitparse[html]')"
)

# Page types (og:type, schema.org @type, as trafilatura reports them) of pages that list other
# stories rather than tell one.
NOT_ARTICLE_TYPES = frozenset(
    {"website", "webpage", "collectionpage", "itemlist", "searchresultspage", "profilepage"}
)

# Captions outside <figcaption> (a table layout's <div class="caption">): trafilatura keeps
# those, and they repeat the article's names in other sentences.
_PRUNE = [
    f'//*[contains(concat(" ", normalize-space(@class), " "), " {name} ")]'
    for name in ("caption", "wp-caption-text", "image-caption", "photo-caption", "media-caption")
]
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}
_LINES = re.compile(r"[ \t]*\n[ \t\n]*")
_SINGLE_CELL = re.compile(r"^\|\s*([^|]*?)\s*\|$")
_CLUTTER = re.compile(
    r"^(?:(?:read more|read also|also read|see also|related|more on this story)\s*:"
    r"|advertisement$|sign up\b.*\bnewsletter)",
    re.IGNORECASE,
)
_HTML_START = re.compile(
    r"^\ufeff?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S
)


@dataclass(frozen=True, slots=True)
class PageText:
    """A page's article text and its metadata; ``warnings`` go into the record's meta."""

    text: str
    page: Page
    warnings: tuple[str, ...] = ()

    def published(
        self, given: dt.date | None, *, use_page_date: bool
    ) -> tuple[dt.date | None, Page]:
        """The article's ``published`` and its page record: the caller's date wins.

        The page's date fills in only when the caller gave none (and ``use_page_date``), and the
        page record says so, so a user can tell a date they gave from one the page declared.
        """
        if given is not None or not use_page_date or self.page.date is None:
            return given, self.page
        return self.page.date, self.page.model_copy(update={"published_from_page": True})


@cache
def _trafilatura() -> ModuleType | None:
    """trafilatura, imported once on first use (it costs ~0.3 s), or ``None`` when unusable.

    An install without ``lxml_html_clean`` imports nothing (lxml moved its cleaner out), so any
    import error means "not available" and the plain converter takes over, with its warning.
    """
    try:
        import trafilatura
    except ImportError:
        return None
    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        # It logs ERROR for every page without text; with no handler configured, Python would
        # print those on standard error in the middle of a batch. An application that configures
        # logging still gets them through propagation.
        logging.getLogger(name).addHandler(logging.NullHandler())
    module: ModuleType = trafilatura  # typed whether or not mypy can see the package
    return module


def main_text_extractor() -> str | None:
    """``"trafilatura"`` when HTML pages are read for their article, ``None`` when not."""
    return "trafilatura" if _trafilatura() is not None else None


def is_html_text(text: str) -> bool:
    """True for a whole HTML document (``<!doctype html`` or ``<html``), the dataset rule.

    Fragments (``<p>…</p>``) and text that merely mentions a tag stay text: a dataset that holds
    pages holds whole pages, and guessing at fragments would change articles that are text.
    """
    return _HTML_START.match(text) is not None


def _tidy_main_text(raw: str) -> str:
    paragraphs = []
    for line in _LINES.split(raw.strip()):
        cell = _SINGLE_CELL.match(line)
        paragraph = cell.group(1) if cell else line
        if paragraph.strip() and not _CLUTTER.match(paragraph.strip()):
            paragraphs.append(paragraph.strip())
    return "\n\n".join(paragraphs) + "\n" if paragraphs else ""


def _day(value: object) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _field(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _authors(value: object) -> str | None:
    """trafilatura joins bylines with "; "; a byline reads "A and B" (or "A, B and C")."""
    names = [name.strip() for name in value.split(";")] if isinstance(value, str) else []
    names = [name for name in names if name]
    if len(names) < 2:
        return names[0] if names else None
    return ", ".join(names[:-1]) + " and " + names[-1]


def _as_document(data: bytes | str) -> bytes | str:
    """A fragment (``<p>…</p>`` saved alone) wrapped as a document body.

    lxml parses a lone fragment into a tree trafilatura rejects as empty, so a short page saved
    without ``<html>`` would lose its only paragraph.
    """
    if isinstance(data, str):
        return data if "<html" in data[:4096].lower() else f"<html><body>{data}</body></html>"
    return data if b"<html" in data[:4096].lower() else b"<html><body>" + data + b"</body></html>"


def main_text(
    data: bytes | str,
    *,
    url: str | None = None,
    article_id: str | None = None,
    source: str | None = None,
) -> PageText:
    """The article on a page, through trafilatura; pass bytes as read, never decoded first.

    Raises :class:`~summitparse.errors.EmptyTextError` when the page holds no article: the
    extractor found no main text, or the page calls itself a listing (:data:`NOT_ARTICLE_TYPES`).
    A caller without trafilatura gets :func:`plain_page` instead (see :func:`main_text_extractor`).
    """
    trafilatura = _trafilatura()
    if trafilatura is None:
        raise RuntimeError("main_text needs trafilatura: pip install 'summitparse[html]'")
    document = trafilatura.bare_extraction(
        _as_document(data),
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        deduplicate=False,
        prune_xpath=_PRUNE,
        date_extraction_params=_DATE_PARAMS,
    )
    text = _tidy_main_text(getattr(document, "text", None) or "")
    if document is None or not text:
        raise EmptyTextError(
            "no article text on the page: the main-text extractor found none "
            "(an empty page, a script-only shell or a page of links)",
            article_id=article_id,
            source=source,
        )
    kind = _field(getattr(document, "pagetype", None))
    kind = kind.lower() if kind else None
    if kind in NOT_ARTICLE_TYPES:
        raise EmptyTextError(
            f"no article on the page: it calls itself a {kind!r} (a section front or a list of "
            "stories), so its teasers are not extracted",
            article_id=article_id,
            source=source,
        )
    page = Page(
        extractor="trafilatura",
        url=_field(document.url) or url,
        title=_field(document.title),
        site=_field(document.sitename),
        author=_authors(document.author),
        date=_day(document.date),
        type=kind,
    )
    return PageText(text=text, page=page)


def plain_page(
    markup: str, *, url: str | None = None, article_id: str | None = None, source: str | None = None
) -> PageText:
    """The whole page's visible text (:func:`html_to_text`), flagged as possibly boilerplate."""
    text = html_to_text(markup)
    if not text:
        raise EmptyTextError(
            "the HTML page has no visible text", article_id=article_id, source=source
        )
    page = Page(extractor="html.parser", url=url)
    return PageText(text=text, page=page, warnings=(PLAIN_CONVERTER_WARNING,))
