"""WARC archives: the HTML pages of a crawl, each one line; the rest counted, never fatal.

The archives are built here with warcio from the pages in ``fixtures/html``, with what a crawl
also holds (requests, warcinfo, DNS, metadata, an image, a 404 page, a revisit).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from html_pages import gold, page_paths, write_dns_and_requests_warc, write_warc

from summitparse.cli import main
from summitparse.io.warc import iter_warc, warc_reader_available

pytestmark = pytest.mark.skipif(
    not warc_reader_available(), reason="warcio is not installed (pip install -e '.[html]')"
)


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def crawl(tmp_path: Path) -> tuple[Path, list[str]]:
    path = tmp_path / "crawl.warc.gz"
    return path, write_warc(path, page_paths())


def distinct(uris: list[str]) -> list[str]:
    """The ids of the pages: a page captured twice is two inputs, the second ``URI#2``."""
    seen: set[str] = set()
    ids = []
    for uri in uris:
        ids.append(uri if uri not in seen else f"{uri}#2")
        seen.add(uri)
    return ids


def test_a_crawl_gives_one_line_per_html_page(
    crawl: tuple[Path, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, uris = crawl
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(path), "-o", str(out), "--include-text"]) == 1  # the index page
    lines = _lines(out)
    assert [line["source"] for line in lines] == uris
    assert [line["id"] for line in lines] == distinct(uris)
    errors = [line for line in lines if "error" in line]
    assert [line["id"] for line in errors] == [
        gold(page)["url"] for page in page_paths() if gold(page)["no_text"]
    ]
    for line, page in zip(lines, page_paths(), strict=True):
        if "error" in line:
            continue
        text = str(line["text"])
        assert not [s for s in gold(page)["boilerplate_strings"] if s in text]
        assert line["published"] == gold(page)["published"]
    summary = capsys.readouterr().err
    assert "crawl.warc.gz: 12 HTML pages read" in summary
    for skipped in ("12 request records", "1 revisit", "1 non-HTML response", "1 warcinfo record"):
        assert skipped in summary


def test_folders_of_archives_are_walked(
    crawl: tuple[Path, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, uris = crawl
    folder = tmp_path / "crawls"
    (folder / "day2").mkdir(parents=True)
    path.rename(folder / "day2" / "part-0.warc.gz")
    main(["extract", str(folder), "-q"])
    got = [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()]
    assert got == distinct(uris)


def test_a_gzip_cut_in_the_middle_keeps_the_records_before_it(
    crawl: tuple[Path, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, uris = crawl
    data = path.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) // 2])
    out = tmp_path / "out.jsonl"
    status = main(["extract", str(cut), "-o", str(out)])
    assert status in (0, 1)  # never a usage error or a crash
    lines = _lines(out)
    assert lines
    assert [line["id"] for line in lines] == distinct(uris)[: len(lines)]
    assert all("error" not in line or line["error"]["type"] != "InputError" for line in lines)
    assert "1 truncated record" in capsys.readouterr().err


def test_a_short_record_is_never_extracted_from_half_a_page(tmp_path: Path) -> None:
    """Cut at every 7th byte of the archive: any page read is a whole page."""
    path = tmp_path / "one.warc.gz"
    (uri,) = write_warc(path, page_paths()[:1], crawl_noise=False)
    data = path.read_bytes()
    whole = next(item for item in iter_warc(path) if hasattr(item, "text"))
    for end in range(0, len(data), 7):
        cut = tmp_path / "cut.warc.gz"
        cut.write_bytes(data[:end])
        notes: list[str] = []
        for item in iter_warc(cut, notes=notes):
            assert item.id == uri
            assert getattr(item, "text", None) == whole.text  # type: ignore[union-attr]
        assert len(notes) == 1


def test_an_archive_of_dns_and_requests_only_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "dns.warc.gz"
    write_dns_and_requests_warc(path)
    assert main(["extract", str(path)]) == 2  # no articles, as for an empty folder
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "0 HTML pages read; skipped 2 non-HTTP responses, 2 request records" in captured.err


def test_garbage_is_a_note_not_a_crash(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "junk.warc"
    path.write_bytes(b"this is not a warc file\r\n" * 3)
    assert main(["extract", str(path)]) == 2
    assert "junk.warc: 0 HTML pages read" in capsys.readouterr().err


def test_resume_across_a_killed_run_gives_each_page_once(
    crawl: tuple[Path, list[str]], tmp_path: Path
) -> None:
    path, uris = crawl
    out = tmp_path / "out.jsonl"
    main(["extract", str(path), "-o", str(out), "-q"])
    full = out.read_text(encoding="utf-8")
    lines = full.splitlines(keepends=True)
    out.write_text("".join(lines[:4]) + lines[4][:25], encoding="utf-8")  # killed mid-line
    main(["extract", str(path), "-o", str(out), "--resume", "-q"])
    assert [line["id"] for line in _lines(out)] == distinct(uris)
    assert out.read_text(encoding="utf-8") == full
