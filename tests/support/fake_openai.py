"""A small OpenAI-compatible chat endpoint on loopback, scripted per test.

Tests talk to it through the real ``openai`` client and instructor (the SDK of this era uses
``httpx2``, which HTTP mocking libraries do not see). Each test queues replies — status,
headers, body, delay — and afterwards reads what the server received (:attr:`FakeOpenAI.requests`):
the messages, the model name, the tool schema, the headers.

A reply's body can be a ready JSON object, raw bytes, or an answer (:class:`Answer`): the
arguments the model "returns", wrapped at request time the way the request's mode expects — a
tool call when the request offered tools, a JSON string in ``content`` for ``response_format``,
and a fenced JSON block otherwise.

Hostile behaviours are scripted the same way: ``content_type`` (an HTML page answering 200),
``drip`` (seconds between body bytes: a server sending one byte a second), ``header_drip`` (the
same for the status line and headers, before any body), a callable reply built
from the request (:func:`echo_authorization` puts the request's Authorization header into the
answer's evidence and into an error body, as an echoing proxy would).

Throughput notes (measured on a 2-core machine): HTTP/1.1 keep-alive, ``TCP_NODELAY`` and a
larger accept queue, or the standard library server adds ~40 ms per request.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = ["Answer", "FakeOpenAI", "Received", "Reply", "echo_authorization", "free_port"]


@dataclass(frozen=True)
class Answer:
    """What the model answers: ``arguments`` (an object, or raw text for broken answers)."""

    arguments: dict[str, Any] | str
    finish_reason: str = "stop"
    prompt_tokens: int = 1000
    completion_tokens: int = 200


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: Answer | dict[str, Any] | bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    content_type: str = "application/json"
    drip: float = 0.0  # seconds between body bytes, after the headers
    header_drip: float = 0.0  # seconds between the bytes of the status line and headers


@dataclass(frozen=True)
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: dict[str, Any]

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list(self.body.get("messages", []))

    def text(self) -> str:
        """Every message content joined: what the model was shown."""
        return "\n".join(str(m.get("content") or "") for m in self.messages)


def _mode_of(request: dict[str, Any]) -> str:
    if request.get("tools"):
        return "tools"
    if request.get("response_format"):
        return "json_schema"
    return "md_json"


def _completion(answer: Answer, request: dict[str, Any]) -> dict[str, Any]:
    """A chat completion carrying ``answer`` the way the request's mode expects."""
    raw = answer.arguments if isinstance(answer.arguments, str) else json.dumps(answer.arguments)
    message: dict[str, Any] = {"role": "assistant", "content": None}
    mode = _mode_of(request)
    if mode == "tools":
        name = request["tools"][0]["function"]["name"]
        message["tool_calls"] = [
            {"id": "call_1", "type": "function", "function": {"name": name, "arguments": raw}}
        ]
    elif mode == "json_schema":
        message["content"] = raw
    else:
        message["content"] = f"```json\n{raw}\n```"
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": request.get("model", "fake"),
        "choices": [{"index": 0, "message": message, "finish_reason": answer.finish_reason}],
        "usage": {
            "prompt_tokens": answer.prompt_tokens,
            "completion_tokens": answer.completion_tokens,
            "total_tokens": answer.prompt_tokens + answer.completion_tokens,
        },
    }


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64
    allow_reuse_address = True


class FakeOpenAI:
    """The endpoint: ``with FakeOpenAI() as server: server.push(Reply(...)); … server.base_url``."""

    def __init__(self) -> None:
        self._replies: deque[Reply | Callable[[Received], Reply]] = deque()
        self._lock = threading.Lock()
        self.requests: list[Received] = []
        self.in_flight = 0
        self.max_in_flight = 0  # how many requests were being answered at once, at most
        self.fallback = Reply(500, {"error": {"message": "no scripted reply left"}})
        self._server = _Server(("127.0.0.1", 0), self._handler_class())
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def push(self, *replies: Reply | Callable[[Received], Reply]) -> None:
        with self._lock:
            self._replies.extend(replies)

    def _next(self, received: Received) -> Reply:
        with self._lock:
            self.requests.append(received)
            scripted = self._replies.popleft() if self._replies else self.fallback
        return scripted(received) if callable(scripted) else scripted

    def __enter__(self) -> FakeOpenAI:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def log_message(self, format: str, *args: Any) -> None:
                """Silent: pytest shows the test's own output."""

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                payload = self.rfile.read(length) if length else b"{}"
                body = json.loads(payload or b"{}")
                received = Received(
                    "POST", self.path, {k.lower(): v for k, v in self.headers.items()}, body
                )
                with fake._lock:
                    fake.in_flight += 1
                    fake.max_in_flight = max(fake.max_in_flight, fake.in_flight)
                try:
                    reply = fake._next(received)
                    if reply.delay:
                        time.sleep(reply.delay)
                    self._send(reply, body)
                finally:
                    with fake._lock:
                        fake.in_flight -= 1

            def _send(self, reply: Reply, request: dict[str, Any]) -> None:
                if isinstance(reply.body, Answer):
                    data = json.dumps(_completion(reply.body, request)).encode()
                elif isinstance(reply.body, dict):
                    data = json.dumps(reply.body).encode()
                else:
                    data = reply.body
                try:
                    if reply.header_drip:
                        self._drip_head(reply, len(data))
                        self.wfile.write(data)
                        return
                    self.send_response(reply.status)
                    self.send_header("Content-Type", reply.content_type)
                    self.send_header("Content-Length", str(len(data)))
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    if not reply.drip:
                        self.wfile.write(data)
                        return
                    for index in range(len(data)):
                        self.wfile.write(data[index : index + 1])
                        self.wfile.flush()
                        time.sleep(reply.drip)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test)

            def _drip_head(self, reply: Reply, length: int) -> None:
                lines = [
                    f"HTTP/1.1 {reply.status} OK",
                    f"Content-Type: {reply.content_type}",
                    f"Content-Length: {length}",
                    *(f"{name}: {value}" for name, value in reply.headers.items()),
                ]
                head = ("\r\n".join(lines) + "\r\n\r\n").encode()
                for index in range(len(head)):
                    self.wfile.write(head[index : index + 1])
                    self.wfile.flush()
                    time.sleep(reply.header_drip)

        return Handler


def echo_authorization(answer: dict[str, Any], *, status: int = 200) -> Callable[[Received], Reply]:
    """A reply that echoes the request's Authorization header into the answer (or error body).

    With ``status`` 200 every evidence string, topic and quote of ``answer`` gets the header
    appended; with an error status the header is the error message, as a careless proxy does.
    """

    def reply(received: Received) -> Reply:
        header = received.headers.get("authorization", "")
        if status != 200:
            return Reply(status, {"error": {"message": f"bad credentials: {header}"}})
        echoed = json.loads(json.dumps(answer))
        for kind in ("summits", "agreements", "trade_figures"):
            for record in echoed.get(kind, []):
                record["evidence"] = [*record.get("evidence", []), f"seen {header}"]
                if "topics" in record:
                    record["topics"] = [*record["topics"], header]
        for quote in echoed.get("quotes", []):
            quote["cue"] = header
        echoed["quotes"] = [
            *echoed.get("quotes", []),
            {"text": header, "speaker": None, "cue": None},
        ]
        return Reply(body=Answer(echoed))

    return reply


def free_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port
