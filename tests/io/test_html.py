"""HTML articles: the plain converter (used without trafilatura) and what holds either way.

The main-text extractor on real page shapes is tested in ``test_html_pages.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summitparse.cli import main
from summitparse.errors import DecodeError
from summitparse.io.articles import discover, read_article
from summitparse.io.html import PLAIN_CONVERTER_WARNING, html_to_text


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        pytest.param("<p>Hello &amp; welcome</p>", "Hello & welcome\n", id="entities"),
        pytest.param("<p>a\n   b\tc</p>", "a b c\n", id="white-space-collapses"),
        pytest.param("<p>one</p><p>two</p>", "one\n\ntwo\n", id="paragraphs"),
        pytest.param("<ul><li>one</li><li>two</li></ul>", "one\ntwo\n", id="list-items"),
        pytest.param("a<br>b<br/>c", "a\nb\nc\n", id="line-breaks"),
        pytest.param(
            "<head><title>T</title><style>p{}</style></head><body><p>x</p>"
            "<script>var a = '<p>no</p>';</script></body>",
            "T\n\nx\n",
            id="title-kept-script-style-dropped",
        ),
        pytest.param("<title>T</title><h1>Headline</h1><p>x</p>", "Headline\n\nx\n", id="h1-wins"),
        pytest.param("<p>a<!-- hidden --> b</p>", "a b\n", id="comments-dropped"),
        pytest.param("<table><tr><td>a</td><td>b</td></tr></table>", "a\tb\n", id="table-cells"),
        pytest.param("<p>unclosed <b>bold", "unclosed bold\n", id="unclosed-tags"),
        pytest.param("<script>only</script>", "", id="nothing-visible"),
        pytest.param("&#8220;Quoted&#8221; &nbsp;text", "“Quoted” text\n", id="char-refs"),
    ],
)
def test_html_to_text(markup: str, text: str) -> None:
    assert html_to_text(markup) == text


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([*"<>/&;#ab p=\"'\n!-x", "<p>", "</p>", "<script>"])).map("".join))
def test_html_to_text_is_total(markup: str) -> None:
    assert isinstance(html_to_text(markup), str)


@pytest.mark.usefixtures("plain_converter")
def test_html_files_are_found_and_read_as_text(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text("<p>TOKYO, Jan 16, 2026 &ndash; Talks.</p>", encoding="utf-8")
    (tmp_path / "b.HTM").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "c.css").write_text("p {}", encoding="utf-8")
    assert [item.id for item in discover([tmp_path])] == ["a.html", "b.HTM"]
    article = read_article(tmp_path / "a.html")
    assert article.text == "TOKYO, Jan 16, 2026 – Talks.\n"
    assert article.warnings == (PLAIN_CONVERTER_WARNING,)
    assert article.page is not None
    assert article.page.extractor == "html.parser"


def test_html_without_visible_text_is_an_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty.html").write_text("<script>x()</script>", encoding="utf-8")
    assert main(["extract", str(tmp_path)]) == 1
    line = json.loads(capsys.readouterr().out)
    assert line["error"]["type"] == "EmptyTextError"
    assert "page" in line["error"]["message"]


def test_offsets_refer_to_the_included_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = (
        "<html><head><title>Summit</title></head><body><h1>Japan and Italy upgrade ties</h1>"
        "<p>TOKYO, January 16, 2026 &mdash; Japan&#39;s prime minister met Italy&rsquo;s "
        "leader on Friday. Trade reached &dollar;11.6 billion.</p></body></html>"
    )
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    assert main(["extract", str(tmp_path), "--include-text"]) == 0
    line = json.loads(capsys.readouterr().out)
    text = line["text"]
    assert "<" not in text
    assert "&" not in text
    assert line["figures"]
    assert line["dates"]
    for mention in line["figures"] + line["dates"]:
        assert text[mention["start"] : mention["end"]] == mention["text"]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(
            '<meta charset="windows-1252"><p>Caf\u00e9 \u201cdeal\u201d</p>'.encode("cp1252"),
            "Caf\u00e9 \u201cdeal\u201d\n",
            id="declared-windows-1252",
        ),
        pytest.param(
            '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'
            "<p>Bras\u00edlia</p>".encode("latin-1"),
            "Bras\u00edlia\n",
            id="http-equiv-latin1",
        ),
    ],
)
@pytest.mark.usefixtures("plain_converter")
def test_html_in_its_declared_charset(tmp_path: Path, data: bytes, expected: str) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(data)
    assert read_article(page).text == expected


@pytest.mark.usefixtures("plain_converter")
def test_html_that_is_not_utf8_and_declares_nothing_is_a_decode_error(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes("<p>Caf\u00e9</p>".encode("latin-1"))
    with pytest.raises(DecodeError, match="UTF-8"):
        read_article(page)
