"""A light OpenAI-compatible chat endpoint for the batch benchmarks, in its own process.

``tests/fake_openai.py`` (threads, ``http.server``) is right for tests, which script each reply;
a throughput benchmark needs an endpoint whose own cost stays far below the client's, so the
figures measure summitparse, not the server. This one is a single asyncio loop speaking
HTTP/1.1 with keep-alive and ``TCP_NODELAY``, answering every ``POST`` after a fixed delay with an
empty extraction (a tool call in tools mode, JSON content otherwise). It runs in a subprocess, so
its CPU time is measured apart from the client's.

Run: ``python benchmarks/_fast_openai.py --delay 0.1`` prints ``PORT <n>`` and serves until
killed or until ``--max-seconds`` pass (so a forgotten server stops by itself).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import sys
import time
from typing import Any

EMPTY = json.dumps({"summits": [], "agreements": [], "trade_figures": [], "quotes": []})


def _completion(request: dict[str, Any]) -> bytes:
    message: dict[str, Any] = {"role": "assistant", "content": None}
    tools = request.get("tools")
    if tools:
        name = tools[0]["function"]["name"]
        message["tool_calls"] = [
            {"id": "call_1", "type": "function", "function": {"name": name, "arguments": EMPTY}}
        ]
    else:
        message["content"] = EMPTY
    body = {
        "id": "chatcmpl-bench",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": request.get("model", "bench"),
        "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 1800, "completion_tokens": 40, "total_tokens": 1840},
    }
    return json.dumps(body).encode()


async def _serve_connection(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, delay: float
) -> None:
    sock = writer.get_extra_info("socket")
    if sock is not None:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:].strip())
            payload = await reader.readexactly(length) if length else b"{}"
            await asyncio.sleep(delay)
            data = _completion(json.loads(payload))
            writer.write(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                b"Content-Length: " + str(len(data)).encode() + b"\r\n\r\n" + data
            )
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
        pass
    finally:
        writer.close()


async def _main(delay: float, max_seconds: float) -> None:
    server = await asyncio.start_server(
        lambda r, w: _serve_connection(r, w, delay), "127.0.0.1", 0, backlog=256, limit=1 << 20
    )
    port = server.sockets[0].getsockname()[1]
    print(f"PORT {port}", flush=True)
    async with server:
        await asyncio.sleep(max_seconds)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--delay", type=float, default=0.1)
    parser.add_argument("--max-seconds", type=float, default=600)
    options = parser.parse_args()
    try:
        asyncio.run(_main(options.delay, options.max_seconds))
    except KeyboardInterrupt:
        sys.exit(0)
