"""The hand-written news pages in fixtures/html and their gold files, for tests and benchmarks."""

from __future__ import annotations

import json
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest

from summitparse.io import html

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "html"


def page_paths() -> list[Path]:
    """The pages, each beside its ``.gold.json``, sorted by name."""
    return sorted(PAGES.glob("*.html"))


def gold(page: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(page.with_suffix(".gold.json").read_text(encoding="utf-8"))
    return data


requires_trafilatura = pytest.mark.skipif(
    html.main_text_extractor() is None,
    reason="trafilatura is not installed (pip install -e '.[html]')",
)


def write_warc(path: Path, pages: list[Path], *, crawl_noise: bool = True) -> list[str]:
    """A gzipped WARC of ``pages`` as a crawler writes it; returns the pages' URIs in order.

    Each page is a request and a 200 response at its gold URL. ``crawl_noise`` adds what a
    crawl also holds: warcinfo, a DNS lookup, a metadata record, an image, a 404 page and a
    revisit of the first page.
    """
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    uris = []
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=str(path).endswith(".gz"))
        if crawl_noise:
            writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
            writer.write_record(
                _resource(writer, "dns:example.org", b"example.org 300 IN A 10.0.0.1")
            )
        for page in pages:
            uri = gold(page)["url"]
            uris.append(uri)
            request = StatusAndHeaders(
                "GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True
            )
            writer.write_record(writer.create_warc_record(uri, "request", http_headers=request))
            writer.write_record(_response(writer, uri, page.read_bytes()))
        if crawl_noise:
            writer.write_record(
                _response(writer, "https://example.org/logo.png", b"\x89PNG....", "image/png")
            )
            writer.write_record(
                _response(
                    writer,
                    "https://example.org/gone",
                    b"<html>Not found</html>",
                    status="404 Not Found",
                )
            )
            first = writer.create_warc_record(
                uris[0] if uris else "https://example.org/",
                "metadata",
                payload=BytesIO(b"outlinks: none\r\n"),
                warc_content_type="application/warc-fields",
            )
            writer.write_record(first)
            if uris:
                headers = StatusAndHeaders("304 Not Modified", [], protocol="HTTP/1.1")
                writer.write_record(
                    writer.create_revisit_record(
                        uris[0], "sha1:AAAA", uris[0], "2025-01-01T00:00:00Z", http_headers=headers
                    )
                )
    return uris


def write_dns_and_requests_warc(path: Path) -> None:
    """An archive with nothing to read: DNS lookups and requests only."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for host in ("a.example", "b.example"):
            writer.write_record(_resource(writer, f"dns:{host}", b"10.0.0.2"))
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", host)], is_http_request=True)
            writer.write_record(
                writer.create_warc_record(f"https://{host}/", "request", http_headers=request)
            )


def _resource(writer: Any, uri: str, data: bytes) -> Any:
    return writer.create_warc_record(
        uri, "response", payload=BytesIO(data), warc_content_type="text/dns", length=len(data)
    )


def _response(
    writer: Any, uri: str, body: bytes, content_type: str = "text/html", status: str = "200 OK"
) -> Any:
    from warcio.statusandheaders import StatusAndHeaders

    headers = StatusAndHeaders(
        status,
        [("Content-Type", content_type), ("Content-Length", str(len(body)))],
        protocol="HTTP/1.1",
    )
    return writer.create_warc_record(uri, "response", payload=BytesIO(body), http_headers=headers)
