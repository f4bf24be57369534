"""The review page as a user sees it: every span highlighted, text escaped, errors shown,
and — in a real headless Chromium — the highlight colours on screen and a click lighting up
a record's evidence."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from review_browser import browser, decode_png, find_chromium

import summitparse
from summitparse.cli import app, main
from summitparse.models import Extraction
from summitparse.review import KINDS, Kind, Mark, render_review, review_command, segments

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_0a2133f4850d8740.txt"
CSS = ROOT / "src" / "summitparse" / "review" / "assets" / "review.css"


# -- helpers -------------------------------------------------------------------------------


class _Page(HTMLParser):
    """Collects what the page shows: segments with their span ids, records, boxes, text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.segments: list[tuple[set[str], str, str]] = []  # (span ids, class, text)
        self.records: list[dict[str, str]] = []
        self.script_tags = 0
        self._seg: list[Any] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {name: value or "" for name, value in attrs}
        if tag == "script":
            self.script_tags += 1
        if tag == "span" and "seg" in found.get("class", "").split():
            self._seg = [set(found["data-s"].split()), found["class"], ""]
        if tag == "li" and "rec" in found.get("class", "").split():
            self.records.append(found)

    def handle_endtag(self, tag: str) -> None:
        if tag == "span" and self._seg is not None:
            self.segments.append((self._seg[0], self._seg[1], self._seg[2]))
            self._seg = None

    def handle_data(self, data: str) -> None:
        if self._seg is not None:
            self._seg[2] += data

    def evidence(self, record: dict[str, str]) -> list[str]:
        """The highlighted text of each of a record's spans, in page order."""
        return [
            "".join(text for ids, _, text in self.segments if mark in ids)
            for mark in record["data-m"].split()
        ]


def parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    return parser


def extract_line(path: Path) -> str:
    """An article extracted by the rules backend, as an output line with its text."""
    text = path.read_bytes().decode("utf-8")
    extraction = summitparse.extract(text, id=path.name, backend="rules")
    line: str = extraction.model_copy(update={"source": str(path), "text": text}).model_dump_json()
    return line


def seed_line() -> str:
    return extract_line(SEED)


def line(text: str | None, **records: Any) -> str:
    """A hand-made output line: ``records`` as in the JSON, ``text`` embedded when given."""
    data: dict[str, Any] = {
        "id": records.pop("id", "a.txt"),
        "source": records.pop("source", None),
        "meta": records.pop("meta", {"backend": "rules", "version": "0"}),
        **records,
    }
    if text is not None:
        data["text"] = text
    Extraction.model_validate(data)  # the test data itself must be a valid output line
    return json.dumps(data)


def span(text: str, part: str, occurrence: int = 0) -> dict[str, Any]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(part, start + 1)
    return {"start": start, "end": start + len(part), "text": part}


def figure(text: str, part: str, value: float) -> dict[str, Any]:
    return {**span(text, part), "kind": "number", "value": value}


# -- every span rendered -------------------------------------------------------------------


ARTICLES = [SEED, *sorted((ROOT / "fixtures").glob("*.txt"))]


@pytest.mark.parametrize("path", [pytest.param(p, id=p.stem) for p in ARTICLES])
def test_page_highlights_every_span_of_every_record(path: Path) -> None:
    data = json.loads(extract_line(path))
    page = parse(render_review([json.dumps(data)]))
    by_key = {record["data-r"]: page.evidence(record) for record in page.records}
    expected: dict[str, list[str]] = {}
    if data["dateline"]:
        expected["dateline"] = [data["dateline"]["span"]["text"]]
    for kind, name in [("summit", "summits"), ("agreement", "agreements")]:
        for index, record in enumerate(data[name]):
            expected[f"{kind}-{index}"] = [span["text"] for span in record["evidence"]]
    for index, record in enumerate(data["trade_figures"]):
        expected[f"trade-{index}"] = [span["text"] for span in record["evidence"]]
    for index, quote in enumerate(data["quotes"]):
        speaker = [quote["speaker_span"]["text"]] if quote["speaker_span"] else []
        expected[f"quote-{index}"] = [quote["span"]["text"], *speaker]
    for name in ("dates", "figures"):
        for index, mention in enumerate(data[name]):
            expected[f"{name[:-1]}-{index}"] = [mention["text"]]
    assert by_key == expected
    assert all(by_key[key] for key in expected)


def test_article_text_survives_whole_and_in_order() -> None:
    text = "Intro. “Deal,” she said on 3 May about 5 deals.\n\nEnd <b>bold</b> & more."
    page_html = render_review(
        [
            line(
                text,
                quotes=[{"text": "Deal,", "span": span(text, "Deal,"), "speaker": "Ann"}],
                figures=[figure(text, "5", 5)],
            )
        ]
    )
    shown = re.search(r'<div class="text">(.*?)</div>', page_html, re.S)
    assert shown is not None
    plain = re.sub(r"<[^>]+>", "", shown.group(1))
    assert plain.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") == text


# -- overlapping spans ---------------------------------------------------------------------


def _mark(ident: int, start: int, end: int, kind: Kind = "figure") -> Mark:
    return Mark(ident, kind, start, end, "x" * (end - start), f"r{ident}")


@pytest.mark.parametrize(
    "spans",
    [
        pytest.param([(0, 10), (3, 5)], id="figure-inside-evidence"),
        pytest.param([(0, 6), (4, 10)], id="crossing-spans"),
        pytest.param([(2, 8), (2, 8)], id="identical-spans"),
        pytest.param([(0, 4), (4, 8)], id="adjacent-spans"),
        pytest.param([(0, 12), (0, 3), (9, 12), (2, 10)], id="shared-edges-and-crossing"),
        pytest.param([(5, 5), (0, 10)], id="empty-span-inside"),
        pytest.param([], id="no-spans"),
    ],
)
def test_segments_cover_the_text_once_with_exactly_the_marks_over_each_character(
    spans: list[tuple[int, int]],
) -> None:
    text = "abcdefghijkl"
    marks = [_mark(i, start, end) for i, (start, end) in enumerate(spans)]
    pieces = segments(text, marks)
    assert "".join(text[p.start : p.end] for p in pieces) == text
    for piece in pieces:
        for position in range(piece.start, piece.end):
            covering = {m.id for m in marks if m.start <= position < m.end}
            assert {m.id for m in piece.marks} == covering
    for mark in marks:
        if mark.start == mark.end:
            assert any(p.start == p.end == mark.start and mark in p.marks for p in pieces)


def test_figure_inside_trade_evidence_gets_its_own_colour_and_a_stripe_for_the_trade() -> None:
    text = "Trade reached $11.6 billion last year. Nothing else."
    sentence = "Trade reached $11.6 billion last year."
    page = parse(
        render_review(
            [
                line(
                    text,
                    trade_figures=[
                        {
                            "description": "trade",
                            "value": 11.6e9,
                            "evidence": [span(text, sentence)],
                        }
                    ],
                    figures=[figure(text, "$11.6 billion", 11.6e9)],
                )
            ]
        )
    )
    figure_segment = next(seg for seg in page.segments if seg[2] == "$11.6 billion")
    assert "bg-figure" in figure_segment[1]
    assert [seg[2] for seg in page.segments if "bg-trade" in seg[1]] == [
        "Trade reached ",
        " last year.",
    ]
    trade, fig = page.records
    assert page.evidence(trade) == [sentence]
    assert page.evidence(fig) == ["$11.6 billion"]


# -- escaping ------------------------------------------------------------------------------

HOSTILE = '<script>alert("x")</script> <img src=x onerror=alert(1)> & "quoted" </div>'


def test_article_text_and_record_fields_are_escaped() -> None:
    text = f"Leaders met. {HOSTILE} They said “ok”."
    page_html = render_review(
        [
            line(
                text,
                id='<b id="x">odd</b>.txt',
                agreements=[{"name": HOSTILE, "evidence": [span(text, HOSTILE)]}],
                quotes=[{"text": "ok", "span": span(text, "ok"), "speaker": HOSTILE}],
                meta={"backend": "llm", "version": "0", "warnings": [HOSTILE], "fallback": HOSTILE},
            )
        ]
    )
    page = parse(page_html)
    assert page.script_tags == 1  # only the page's own script
    assert "<img" not in page_html
    assert "<b id" not in page_html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page_html
    agreement = next(r for r in page.records if r["data-r"] == "agreement-0")
    assert page.evidence(agreement) == [HOSTILE]


# -- error lines, bad lines, missing text ----------------------------------------------------


def test_error_lines_and_unreadable_lines_are_listed_as_errors() -> None:
    error = {
        "id": "b.txt",
        "source": "in/b.txt",
        "error": {"type": "DecodeError", "message": "not UTF-8 <x>"},
    }
    page_html = render_review(
        [
            line("Fine text.", id="a.txt"),
            json.dumps(error),
            "{not json",
            json.dumps({"id": "c.txt", "meta": {"backend": "nope"}}),
            "",
        ]
    )
    assert page_html.count('class="b berr"') == 3
    assert "DecodeError" in page_html
    assert "not UTF-8 &lt;x&gt;" in page_html
    assert "Unreadable line 3" in page_html
    assert "Unreadable line 4" in page_html
    assert "1 articles, 3 errors" in page_html


def test_missing_text_lists_records_without_highlighting_and_says_why(tmp_path: Path) -> None:
    text = "“We agree,” said Ann Lee on Monday."
    data = line(
        None,
        source=str(tmp_path / "gone.txt"),
        quotes=[{"text": "We agree,", "span": span(text, "We agree,"), "speaker": "Ann Lee"}],
    )
    page_html = render_review([data])
    page = parse(page_html)
    assert page.segments == []
    assert "We agree," in page_html
    assert "No article text" in page_html
    assert "--include-text" in page_html


def test_stale_text_spans_are_named_not_highlighted(tmp_path: Path) -> None:
    text = "Trade was 5 units."
    data = line(None, id="a.txt", figures=[figure(text, "5", 5)])
    (tmp_path / "a.txt").write_text("Trade was 7 units, revised.", encoding="utf-8")
    page_html = render_review([data], text_from=tmp_path)
    assert parse(page_html).segments == []
    assert "1 span(s) do not match the text" in page_html


@pytest.mark.parametrize(
    ("article_id", "source", "stored_at"),
    [
        pytest.param("sub/a.txt", None, "sub/a.txt", id="by-id-relative-path"),
        pytest.param("a.txt", "elsewhere/b.txt", "b.txt", id="by-source-file-name"),
        pytest.param("x.txt", "corpus/b.txt", "corpus/b.txt", id="by-source-relative-path"),
    ],
)
def test_text_from_folder_finds_the_article(
    tmp_path: Path, article_id: str, source: str | None, stored_at: str
) -> None:
    text = "Sales rose 5 percent."
    (tmp_path / stored_at).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / stored_at).write_text(text, encoding="utf-8")
    data = line(None, id=article_id, source=source, figures=[figure(text, "5 percent", 5)])
    page = parse(render_review([data], text_from=tmp_path))
    assert [seg[2] for seg in page.segments] == ["5 percent"]


def test_text_from_does_not_follow_ids_out_of_the_folder(tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_text("Sales rose 5 percent.", encoding="utf-8")
    folder = tmp_path / "texts"
    folder.mkdir()
    text = "Sales rose 5 percent."
    data = line(None, id="../secret.txt", figures=[figure(text, "5 percent", 5)])
    page_html = render_review([data], text_from=folder)
    assert parse(page_html).segments == []
    assert "No article text" in page_html


# -- the command ---------------------------------------------------------------------------


def test_command_writes_a_self_contained_page(tmp_path: Path) -> None:
    pred = tmp_path / "out.jsonl"
    pred.write_text(seed_line() + "\n", encoding="utf-8")
    output = tmp_path / "review.html"
    assert review_command(pred, text_from=None, output=output) == 0
    page_html = output.read_text(encoding="utf-8")
    assert not re.search(r"https?://|@import|url\(|<link|\ssrc=", page_html)
    assert all(f"bg-{kind}" in page_html for kind in KINDS)


@pytest.mark.parametrize(
    ("pred_exists", "folder_exists"),
    [
        pytest.param(False, True, id="no-output-file"),
        pytest.param(True, False, id="no-text-folder"),
    ],
)
def test_command_usage_errors_exit_2(
    tmp_path: Path, pred_exists: bool, folder_exists: bool
) -> None:
    pred = tmp_path / "out.jsonl"
    if pred_exists:
        pred.write_text("", encoding="utf-8")
    folder = tmp_path / "texts"
    if folder_exists:
        folder.mkdir()
    assert review_command(pred, text_from=folder, output=tmp_path / "r.html") == 2


# -- on the command line ------------------------------------------------------------------

REGISTERED = any(command.name == "review" for command in app.registered_commands)


@pytest.mark.skipif(not REGISTERED, reason="cli.py has no review command yet")
def test_cli_review_writes_the_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pred = tmp_path / "out.jsonl"
    pred.write_text(seed_line() + "\n", encoding="utf-8")
    output = tmp_path / "page.html"
    assert main(["review", str(pred), "-o", str(output)]) == 0
    assert "1 articles" in capsys.readouterr().err
    assert 'class="seg' in output.read_text(encoding="utf-8")


# -- in a real browser -----------------------------------------------------------------------

CHROMIUM = find_chromium()
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("CI"),
    reason="chromium is not installed (.ci/install-chromium installs it)",
)


def _css_colours() -> dict[str, tuple[int, int, int]]:
    found = re.findall(r"--([\w-]+):\s*#([0-9a-f]{6})", CSS.read_text(encoding="utf-8"))
    return {name: (int(v[0:2], 16), int(v[2:4], 16), int(v[4:6], 16)) for name, v in found}


@pytest.fixture(scope="module")
def seed_page(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    if CHROMIUM is None:  # on CI a missing browser must not pass as a skip
        pytest.fail("chromium is not installed: .ci/run must call .ci/install-chromium")
    folder = tmp_path_factory.mktemp("review")
    page = folder / "review.html"
    page.write_text(render_review([seed_line()]), encoding="utf-8")
    with browser(CHROMIUM, width=1400, height=1000) as chrome:
        chrome.open(page)
        # Tall enough for the whole article, so every highlight is on the screenshot.
        needed = chrome.evaluate(
            "(() => { const c = document.querySelector('#a0 .textcol');"
            " return Math.ceil(c.getBoundingClientRect().top + c.scrollHeight); })()"
        )
        chrome.resize(1400, min(int(needed) + 20, 4000))
        yield chrome


def _text_area(chrome: Any) -> tuple[int, int, int, int]:
    box = chrome.evaluate(
        "(() => { const r = document.querySelector('#a0 .textcol').getBoundingClientRect();"
        " return [r.left, r.top, r.right, r.bottom].map(Math.round); })()"
    )
    left, top, right, bottom = box
    return left, top, right, bottom


def _pixels(chrome: Any) -> Any:
    x0, y0, x1, y1 = _text_area(chrome)
    return decode_png(chrome.screenshot()).crop(x0, y0, x1, y1).colours()


@needs_chromium
def test_screenshot_shows_every_highlight_colour(seed_page: Any) -> None:
    colours = _css_colours()
    counts = _pixels(seed_page)
    for kind in KINDS:
        shown = counts[colours[f"bg-{kind}"]] + counts[colours[f"line-{kind}"]]
        assert shown > 100, f"{kind} highlight not on screen ({shown} pixels)"
    for kind in ("quote", "figure", "date", "summit", "agreement", "trade"):
        assert counts[colours[f"bg-{kind}"]] > 1000, kind
    assert counts[colours["active"]] == 0


@needs_chromium
def test_clicking_a_record_lights_and_scrolls_to_its_evidence(seed_page: Any) -> None:
    colours = _css_colours()
    seed_page.click("#a0 .rec.k-trade")
    lit = seed_page.evaluate(
        "[...document.querySelectorAll('#a0 .seg.on')].map(s => s.textContent).join('')"
    )
    data = json.loads(seed_line())
    covered = {i for s in data["trade_figures"][0]["evidence"] for i in range(s["start"], s["end"])}
    assert lit == "".join(data["text"][i] for i in sorted(covered))
    visible = seed_page.evaluate(
        "(() => { const r = document.querySelector('#a0 .seg.on').getBoundingClientRect();"
        " return r.top >= 0 && r.bottom <= innerHeight; })()"
    )
    assert visible
    assert _pixels(seed_page)[colours["active"]] > 2000
    seed_page.click("#a0 .rec.k-trade")  # a second click lets go
    assert seed_page.evaluate("document.querySelectorAll('#a0 .seg.on').length") == 0


@needs_chromium
def test_clicking_highlighted_text_marks_its_records(seed_page: Any) -> None:
    seed_page.click("#a0 .seg.bg-figure")
    hit = seed_page.evaluate("[...document.querySelectorAll('#a0 .rec.hit')].map(r => r.dataset.r)")
    assert "figure-0" in hit
    assert any(key.startswith("trade-") for key in hit)
    seed_page.evaluate("document.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape'}))")
    assert seed_page.evaluate("document.querySelectorAll('#a0 .rec.hit').length") == 0


@needs_chromium
def test_hovering_a_quote_lights_the_quote_and_its_speaker(seed_page: Any) -> None:
    seed_page.hover("#a0 .rec.k-quote")
    lit = seed_page.evaluate(
        "[...document.querySelectorAll('#a0 .seg.on')].map(s => s.textContent)"
    )
    quote = json.loads(seed_line())["quotes"][0]
    assert quote["span"]["text"] in lit
    assert quote["speaker_span"]["text"] in lit


# -- what the page may read ------------------------------------------------------------------


def _secret_line(tmp_path: Path) -> tuple[str, Path]:
    secret = tmp_path / "home" / ".aws" / "credentials"
    secret.parent.mkdir(parents=True)
    secret.write_text("[default]\naws_secret_access_key = SECRET-KEY-42\n", encoding="utf-8")
    text = secret.read_text(encoding="utf-8")
    data = line(None, id="a.txt", source=str(secret), figures=[figure(text, "42", 42)])
    return data, secret


def test_a_source_path_in_a_line_is_not_read_into_the_page(tmp_path: Path) -> None:
    data, _ = _secret_line(tmp_path)
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "link.txt").symlink_to(tmp_path / "home" / ".aws" / "credentials")
    linked = line(None, id="link.txt", figures=[])
    for page_html in (
        render_review([data]),
        render_review([data, linked], text_from=texts),
        render_review([data], source_roots=[tmp_path / "elsewhere"]),
    ):
        assert "aws_secret_access_key" not in page_html
        assert "--allow-source-root" in page_html


def test_a_source_path_is_read_under_an_allowed_root(tmp_path: Path) -> None:
    data, _ = _secret_line(tmp_path)
    assert "aws_secret_access_key" in render_review([data], source_roots=[tmp_path / "home"])


def test_the_command_reads_sources_only_when_allowed_and_never_overwrites_its_input(
    tmp_path: Path,
) -> None:
    data, _ = _secret_line(tmp_path)
    pred = tmp_path / "out.jsonl"
    pred.write_text(data + "\n", encoding="utf-8")
    page = tmp_path / "page.html"
    assert review_command(pred, text_from=None, output=page) == 0
    assert "aws_secret_access_key" not in page.read_text(encoding="utf-8")
    assert review_command(pred, text_from=pred.parent, output=page) == 0
    assert "aws_secret_access_key" not in page.read_text(encoding="utf-8")
    (tmp_path / "alias.jsonl").symlink_to(pred)
    for target in (pred, tmp_path / "alias.jsonl"):
        assert review_command(pred, text_from=None, output=target) == 2
        assert pred.read_text(encoding="utf-8") == data + "\n"


def test_an_allowed_root_is_not_left_by_a_symlink_or_dot_dot_in_the_source(
    tmp_path: Path,
) -> None:
    _, secret = _secret_line(tmp_path)
    allowed = tmp_path / "allowed"
    allowed.mkdir()
    (allowed / "link.txt").symlink_to(secret)
    text = secret.read_text(encoding="utf-8")
    for source in (allowed / "link.txt", allowed / ".." / "home" / ".aws" / "credentials"):
        crafted = line(None, id="a.txt", source=str(source), figures=[figure(text, "42", 42)])
        page_html = render_review([crafted], source_roots=[allowed])
        assert "aws_secret_access_key" not in page_html


def test_the_page_is_never_written_over_a_pipe_or_an_article_it_shows(tmp_path: Path) -> None:
    data, secret = _secret_line(tmp_path)
    pred = tmp_path / "out.jsonl"
    pred.write_text(data + "\n", encoding="utf-8")
    fifo = tmp_path / "page.html"
    os.mkfifo(fifo)
    assert review_command(pred, text_from=None, output=fifo) == 2  # not a wait for a reader
    roots = [tmp_path / "home"]
    assert review_command(pred, text_from=None, output=secret, source_roots=roots) == 2
    assert "aws_secret_access_key" in secret.read_text(encoding="utf-8")
    assert review_command(pred, text_from=None, output=tmp_path / "p" / "q.html") == 0
