"""Web pages in, records out: trafilatura against the plain converter, on pages and on a WARC.

For each reader, over the pages in ``fixtures/html`` (read as files) and over a WARC of the same
pages with crawl noise (built here with warcio): pages per second for reading alone (HTML to
text) and records from boilerplate after the rules backend, where a record is from boilerplate
when one of its spans, with 20 characters either side, lies inside one of the page's gold
boilerplate strings; and the leaked boilerplate strings themselves. The plain converter is what
an install without the ``html`` extra uses.

    python benchmarks/html_pages.py [--rounds 20]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "support"))

from html_pages import gold, page_paths, write_warc  # noqa: E402

from summitparse.errors import InputError  # noqa: E402
from summitparse.extractor import Extractor  # noqa: E402
from summitparse.io import html  # noqa: E402
from summitparse.io.articles import Article, read_article  # noqa: E402
from summitparse.io.warc import iter_warc  # noqa: E402

RULES = Extractor("rules")


def _from_files() -> Iterator[tuple[Path, Article | None]]:
    for page in page_paths():
        try:
            yield page, read_article(page)
        except InputError:
            yield page, None


def _from_warc(archive: Path) -> Callable[[], Iterator[tuple[Path, Article | None]]]:
    by_url = {gold(page)["url"]: page for page in page_paths()}

    def read() -> Iterator[tuple[Path, Article | None]]:
        for item in iter_warc(archive, max_bytes=RULES.settings.max_bytes):
            page = by_url[item.id]
            yield page, item if isinstance(item, Article) else None

    return read


def _measure(read: Callable[[], Iterator[tuple[Path, Article | None]]], rounds: int) -> str:
    list(read())  # warm: imports, trafilatura's first-call set-up
    started = time.perf_counter()
    pages = sum(1 for _ in range(rounds) for _ in read())
    rate = pages / (time.perf_counter() - started)
    leaked = records = from_boilerplate = no_text = 0
    for page, article in read():
        if article is None:
            no_text += 1
            continue
        boilerplate = gold(page)["boilerplate_strings"]
        leaked += sum(string in article.text for string in boilerplate)
        extraction = RULES.extract_article(article)
        for span in extraction.iter_spans():
            records += 1
            context = article.text[max(0, span.start - 20) : span.end + 20].strip()
            from_boilerplate += any(context in string for string in boilerplate)
    return (
        f"{rate:7.0f} pages/s  {leaked:3d} boilerplate strings in the text  "
        f"{from_boilerplate:3d} of {records:3d} spans from boilerplate  {no_text} without text"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    rounds = parser.parse_args().rounds
    if html.main_text_extractor() is None:
        sys.exit("needs the html extra: pip install -e '.[html]'")
    with tempfile.TemporaryDirectory() as folder:
        archive = Path(folder) / "pages.warc.gz"
        write_warc(archive, page_paths())
        print(f"{len(page_paths())} pages, {rounds} rounds; the WARC adds 19 non-page records")
        for name, plain in (("trafilatura", False), ("plain converter", True)):
            original = html._trafilatura
            if plain:
                html._trafilatura = lambda: None  # type: ignore[assignment]
            try:
                print(f"{name:16} files {_measure(_from_files, rounds)}")
                print(f"{name:16} WARC  {_measure(_from_warc(archive), rounds)}")
            finally:
                html._trafilatura = original  # type: ignore[method-assign]


if __name__ == "__main__":
    main()
