"""Reading articles: offsets refer to the raw text; bad input gets a clear error."""

from __future__ import annotations

from pathlib import Path

import pytest

import summitparse
from summitparse.errors import ArticleNotFoundError, DecodeError
from summitparse.io.articles import discover, read_article


def test_crlf_and_bom_are_kept_so_offsets_match_the_file(tmp_path: Path) -> None:
    raw = (
        '\ufeffTOKYO, Jan 16 (Reuters) - Leaders met.\r\nThey said "we agreed on a plan today".\r\n'
    )
    path = tmp_path / "a.txt"
    path.write_bytes(raw.encode("utf-8"))
    article = read_article(path)
    assert article.text == raw
    assert article.text == path.open(encoding="utf-8", newline="").read()


@pytest.mark.parametrize(
    ("data", "error", "words"),
    [
        pytest.param(b"", summitparse.EmptyTextError, "empty", id="empty"),
        pytest.param(b" \n\t ", summitparse.EmptyTextError, "white space", id="blank"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00", summitparse.DecodeError, "binary", id="binary"),
        pytest.param("caf\u00e9".encode("latin-1"), summitparse.DecodeError, "UTF-8", id="latin1"),
    ],
)
def test_bad_files(tmp_path: Path, data: bytes, error: type[Exception], words: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(error, match=words) as caught:
        read_article(path)
    assert str(path) in str(caught.value)


def test_too_large(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 1000)
    with pytest.raises(summitparse.ArticleTooLargeError, match="over the limit"):
        read_article(path, max_bytes=100)


def test_directory_and_missing(tmp_path: Path) -> None:
    with pytest.raises(summitparse.ArticleNotFoundError, match="directory"):
        read_article(tmp_path)
    with pytest.raises(summitparse.ArticleNotFoundError, match="no such file"):
        read_article(tmp_path / "nope.txt")


def test_discover_walks_sorted_with_relative_ids(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    for name in ("b/2.txt", "b/1.md", "a.txt", "skip.json"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [item.id for item in discover([tmp_path])] == ["a.txt", "b/1.md", "b/2.txt"]


def test_non_str_text_is_a_clear_error() -> None:
    with pytest.raises(summitparse.InputError, match="bytes"):
        summitparse.extract(b"Tokyo, January 16, 2026 - talks")  # type: ignore[arg-type]


def test_extract_many_reads_a_missing_path_as_a_missing_file_not_as_text() -> None:
    (result,) = summitparse.extract_many(["no/such/article.txt"], backend="rules")
    assert isinstance(result, summitparse.ExtractionError)
    assert result.error.type == "ArticleNotFoundError"
    assert result.id == "article.txt"


def test_utf16_with_a_byte_order_mark_is_read_and_without_one_named(tmp_path: Path) -> None:
    text = "Tokyo, January 16, 2026 – Summit."
    marked = tmp_path / "marked.txt"
    marked.write_bytes(text.encode("utf-16"))  # with its BOM, as Windows writes "Unicode"
    assert read_article(marked).text == text
    bare = tmp_path / "bare.txt"
    bare.write_bytes(text.encode("utf-16-le"))
    with pytest.raises(DecodeError, match="UTF-16 text without a byte-order mark"):
        read_article(bare)


def test_a_symlink_loop_and_a_broken_link_are_named(tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    with pytest.raises(ArticleNotFoundError, match="symbolic link loop"):
        read_article(loop)
    broken = tmp_path / "broken.txt"
    broken.symlink_to(tmp_path / "gone.txt")
    with pytest.raises(ArticleNotFoundError, match="broken symbolic link"):
        read_article(broken)
