"""Drive Debian's headless Chromium over the DevTools protocol, and read its PNG screenshots.

Only the standard library: the protocol runs over ``--remote-debugging-pipe`` (JSON messages
ended by a NUL byte on file descriptors 3 and 4 of the browser), and :func:`decode_png` reads the
8-bit RGB/RGBA images Chromium writes with zlib. No browser download, no websocket package.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import shutil
import struct
import subprocess
import tempfile
import time
import zlib
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "chromium", "chromium-browser")

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--hide-scrollbars",
    "--force-color-profile=srgb",
    "--font-render-hinting=none",
)


def find_chromium() -> str | None:
    """The Chromium binary to use, or None when none is installed."""
    for candidate in CHROMIUM_CANDIDATES:
        found = shutil.which(candidate)
        if found:
            return found
    return None


class BrowserError(RuntimeError):
    """The browser answered a command with an error, or did not answer in time."""


class Browser:
    """One headless Chromium with one page, controlled over the DevTools pipe."""

    def __init__(self, binary: str, *, width: int, height: int, timeout: float = 20.0) -> None:
        self.timeout = timeout
        self._profile = tempfile.mkdtemp(prefix="summitparse-chromium-")
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()

        def wire_pipes() -> None:  # runs in the child: the protocol wants fds 3 and 4
            commands = fcntl.fcntl(to_browser_r, fcntl.F_DUPFD, 10)
            answers = fcntl.fcntl(from_browser_w, fcntl.F_DUPFD, 10)
            os.dup2(commands, 3)  # dup2 leaves the copy inheritable
            os.dup2(answers, 4)

        self._process = subprocess.Popen(
            [binary, *FLAGS, f"--user-data-dir={self._profile}", "--remote-debugging-pipe"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=wire_pipes,
            close_fds=False,  # Python's own descriptors are not inheritable anyway
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buffer = b""
        self._next_id = 0
        self._events: list[dict[str, Any]] = []
        self._session = ""
        try:
            target = self._call("Target.createTarget", {"url": "about:blank"})["targetId"]
            attached = self._call("Target.attachToTarget", {"targetId": target, "flatten": True})
            self._session = attached["sessionId"]
            self.send("Page.enable")
            self.resize(width, height)
        except BaseException:
            self.close()  # a browser that failed to start leaves no process or profile behind
            raise

    # -- protocol ---------------------------------------------------------------------------

    def _write(self, message: dict[str, Any]) -> None:
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")

    def _read(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._from_browser], [], [], left)[0]:
                raise BrowserError("no answer from chromium in time")
            chunk = os.read(self._from_browser, 1 << 16)
            if not chunk:
                raise BrowserError("chromium closed the pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        message: dict[str, Any] = json.loads(raw)
        return message

    def _call(
        self, method: str, params: dict[str, Any] | None = None, session: str | None = None
    ) -> dict[str, Any]:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self._write(message)
        deadline = time.monotonic() + self.timeout
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error']}")
                result: dict[str, Any] = reply.get("result", {})
                return result
            if "method" in reply:
                self._events.append(reply)

    def send(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        """Send a command to the page and return its result."""
        return self._call(method, params, self._session)

    def wait_event(self, method: str) -> dict[str, Any]:
        """Wait for the page event ``method`` (one already received counts)."""
        deadline = time.monotonic() + self.timeout
        while True:
            for event in self._events:
                if event.get("method") == method:
                    self._events.remove(event)
                    return event
            reply = self._read(deadline)
            if "method" in reply:
                self._events.append(reply)

    def resize(self, width: int, height: int) -> None:
        """Set the viewport size in CSS pixels (one device pixel each)."""
        self.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
        )

    # -- page -------------------------------------------------------------------------------

    def open(self, path: Path) -> None:
        """Load a local file and wait for its load event."""
        self._events.clear()
        self.send("Page.navigate", {"url": path.resolve().as_uri()})
        self.wait_event("Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        """The JSON value of a JavaScript expression in the page."""
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise BrowserError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def click(self, selector: str) -> None:
        """A real mouse click (pressed and released) in the middle of the first match."""
        x, y = self._point(selector)
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.send(
                "Input.dispatchMouseEvent",
                {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1},
            )

    def hover(self, selector: str) -> None:
        """Move the mouse onto the first match (away first, so the move is a new entry)."""
        x, y = self._point(selector)
        for at in ((0, 0), (x, y)):
            self.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": at[0], "y": at[1]})

    def _point(self, selector: str) -> tuple[float, float]:
        """A point inside the first match, scrolled into view."""
        box = self.evaluate(
            f"(() => {{ const e = document.querySelector({json.dumps(selector)});"
            " e.scrollIntoView({block: 'nearest'}); const r = e.getBoundingClientRect();"
            " return [r.x + Math.min(r.width / 2, 40), r.y + Math.min(r.height / 2, 10)]; })()"
        )
        return float(box[0]), float(box[1])

    def screenshot(self) -> bytes:
        """The viewport as PNG bytes (fast encoding: unfiltered rows, light compression)."""
        self.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        data = self.send("Page.captureScreenshot", {"format": "png", "optimizeForSpeed": True})
        return base64.b64decode(data["data"])

    def close(self) -> None:
        with suppress(OSError):
            self._write({"id": self._next_id + 1, "method": "Browser.close"})
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        os.close(self._to_browser)
        os.close(self._from_browser)
        shutil.rmtree(self._profile, ignore_errors=True)


@contextmanager
def browser(binary: str, *, width: int = 1400, height: int = 1000) -> Iterator[Browser]:
    """A headless Chromium for the duration of the block, always shut down after it."""
    instance = Browser(binary, width=width, height=height)
    try:
        yield instance
    finally:
        instance.close()


# -- PNG ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Image:
    """Decoded pixels: ``rgb`` holds 3 bytes per pixel, row after row."""

    width: int
    height: int
    rgb: bytes

    def crop(self, left: int, top: int, right: int, bottom: int) -> Image:
        """The pixels of a rectangle (clamped to the image), e.g. one column of the page."""
        left, right = max(0, left), min(self.width, right)
        top, bottom = max(0, top), min(self.height, bottom)
        rows = [
            self.rgb[(y * self.width + left) * 3 : (y * self.width + right) * 3]
            for y in range(top, bottom)
        ]
        return Image(max(0, right - left), max(0, bottom - top), b"".join(rows))

    def colours(self) -> Counter[tuple[int, int, int]]:
        """How many pixels have each exact colour."""
        data = self.rgb
        return Counter(zip(data[0::3], data[1::3], data[2::3], strict=True))


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def _unfilter(kind: int, row: bytearray, previous: bytes, bpp: int) -> bytes:
    if kind == 0:
        return bytes(row)
    for i in range(len(row)):
        left = row[i - bpp] if i >= bpp else 0
        up = previous[i]
        corner = previous[i - bpp] if i >= bpp else 0
        if kind == 1:
            row[i] = (row[i] + left) & 0xFF
        elif kind == 2:
            row[i] = (row[i] + up) & 0xFF
        elif kind == 3:
            row[i] = (row[i] + ((left + up) >> 1)) & 0xFF
        elif kind == 4:
            row[i] = (row[i] + _paeth(left, up, corner)) & 0xFF
        else:
            raise ValueError(f"unknown PNG filter {kind}")
    return bytes(row)


def decode_png(data: bytes) -> Image:
    """Decode an 8-bit, non-interlaced RGB or RGBA PNG (what Chromium writes)."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    position, idat, header = 8, bytearray(), b""
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        position += 12 + length
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    if depth != 8 or colour not in (2, 6) or interlace:
        raise ValueError(f"unsupported PNG (depth {depth}, colour type {colour})")
    bpp = 3 if colour == 2 else 4
    stride = width * bpp
    raw = zlib.decompress(bytes(idat))
    rows: list[bytes] = []
    previous = bytes(stride)
    for y in range(height):
        start = y * (stride + 1)
        previous = _unfilter(
            raw[start], bytearray(raw[start + 1 : start + 1 + stride]), previous, bpp
        )
        rows.append(previous)
    pixels = b"".join(rows)
    if bpp == 4:
        keep = bytearray(width * height * 3)
        keep[0::3], keep[1::3], keep[2::3] = pixels[0::4], pixels[1::4], pixels[2::4]
        pixels = bytes(keep)
    return Image(width, height, pixels)
