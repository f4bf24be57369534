"""Extractor settings, and the one place that reads environment variables.

Precedence, highest first: explicit keyword arguments, ``SUMMITPARSE_*`` variables, the standard
``OPENAI_*`` variables, built-in defaults. Reading the environment in one function keeps tests
honest (a fixture clears these variables) and keeps the rest of the library pure.

The API key is held as a :class:`pydantic.SecretStr`, so it never shows in ``repr``, logs, JSON
output or error messages.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypedDict

from pydantic import SecretStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

from summitparse.errors import ConfigurationError

__all__ = [
    "BackendChoice",
    "ExtractorOptions",
    "InstructorMode",
    "Settings",
    "default_cache_dir",
    "resolve_settings",
]

BackendChoice = Literal["auto", "llm", "rules"]
InstructorMode = Literal["auto", "tools", "json_schema", "json_object", "md_json"]

_BACKENDS: tuple[BackendChoice, ...] = ("auto", "llm", "rules")
_MODES: tuple[InstructorMode, ...] = ("auto", "tools", "json_schema", "json_object", "md_json")

DEFAULT_MODEL = "gpt-4o-mini"
DEFAULT_MAX_BYTES = 5 * 1024 * 1024  # far above any news article; bounds a batch's worst case
DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024  # far above any honest answer (32k tokens ~ 130 KB)


@dataclass(frozen=True)
class Settings:
    """Everything an :class:`~summitparse.Extractor` needs, resolved and validated.

    ``backend`` is the resolved choice: ``"auto"`` never survives :func:`resolve_settings`.
    """

    backend: Literal["llm", "rules"] = "rules"
    model: str | None = None
    base_url: str | None = None
    api_key: SecretStr | None = field(default=None, repr=False)
    mode: InstructorMode = "tools"
    timeout: float = 60.0
    max_retries: int = 4
    max_reasks: int = 2
    time_budget: float = 300.0
    max_tokens: int | None = None
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    fallback: bool = True
    max_bytes: int = DEFAULT_MAX_BYTES
    cache_dir: Path | None = None
    rpm: float | None = None
    tpm: float | None = None
    page_dates: bool = True  # a web page's own date becomes published when none is given

    def with_backend(self, backend: Literal["llm", "rules"]) -> Settings:
        return replace(self, backend=backend)


class ExtractorOptions(TypedDict, total=False):
    """The keyword arguments of :class:`~summitparse.Extractor` (and of ``extract``,
    ``aextract``, ``extract_many``), written once; unset ones come from the environment.

    ``model``, ``base_url``, ``api_key``, ``mode``: the LLM endpoint and the instructor mode;
    ``timeout`` (seconds per request), ``max_retries`` (transport retries), ``max_reasks``
    (validation re-asks), ``time_budget`` (seconds per article, every step included),
    ``max_tokens`` (answer tokens per call; ``None`` derives it from the text's length);
    ``fallback``: an LLM that fails
    for good gives the rules' records instead of raising; ``max_bytes``: the largest article
    read; ``cache``: ``None`` follows the environment, ``False`` is off, a path moves it;
    ``rpm`` / ``tpm``: requests and tokens per minute across a batch; ``page_dates``: a web
    page's own publication date stands in for ``published`` when none is given.
    """

    model: str | None
    base_url: str | None
    api_key: str | SecretStr | None
    mode: str | None
    timeout: float | None
    max_retries: int | None
    max_reasks: int | None
    time_budget: float | None
    max_tokens: int | None
    fallback: bool
    max_bytes: int | None
    cache: bool | str | os.PathLike[str] | None
    rpm: float | None
    tpm: float | None
    page_dates: bool


def _env(environ: Mapping[str, str], *names: str) -> str | None:
    for name in names:
        value = environ.get(name)
        if value is not None and value.strip():
            return value.strip()
    return None


def _number(value: str | None, name: str, kind: type[float] | type[int]) -> float | int | None:
    if value is None:
        return None
    try:
        return kind(value)
    except ValueError:
        raise ConfigurationError(f"{name} must be a number, got {value!r}") from None


_OFF = frozenset({"0", "off", "false", "no", "none"})


def default_cache_dir(environ: Mapping[str, str] | None = None) -> Path:
    """Where the LLM response cache lives unless told otherwise.

    ``$SUMMITPARSE_CACHE_DIR`` if set, else ``$XDG_CACHE_HOME/summitparse``, else
    ``~/.cache/summitparse`` (the XDG default, also used on macOS for a command-line tool).
    """
    env = os.environ if environ is None else environ
    explicit = _env(env, "SUMMITPARSE_CACHE_DIR")
    if explicit:
        return Path(explicit).expanduser()
    base = _env(env, "XDG_CACHE_HOME")
    return (Path(base).expanduser() if base else Path.home() / ".cache") / "summitparse"


def _cache_dir(cache: bool | str | os.PathLike[str] | None, env: Mapping[str, str]) -> Path | None:
    """The cache folder; ``None`` when off (``cache=False`` or ``SUMMITPARSE_CACHE=off``)."""
    if cache is False:
        return None
    if cache is None or cache is True:
        switch = _env(env, "SUMMITPARSE_CACHE")
        if cache is None and switch is not None and switch.lower() in _OFF:
            return None
        return default_cache_dir(env)
    return Path(cache).expanduser()


def _rate(value: float | None, env: Mapping[str, str], name: str) -> float | None:
    """A per-minute cap: the argument, else the variable; 0 or unset means no cap."""
    rate = value if value is not None else _number(_env(env, name), name, float)
    if rate is not None and rate < 0:
        raise ConfigurationError(
            f"{name.removeprefix('SUMMITPARSE_').lower()} must not be negative"
        )
    return float(rate) if rate else None


def _first(*values: float | int | None) -> float | int:
    """The first value that is set (0 counts as set)."""
    return next(value for value in values if value is not None)


def normalise_base_url(url: str | None) -> str | None:
    """The API root for a base URL: users paste the full endpoint (``…/v1/chat/completions``),
    to which the SDK would append ``/chat/completions`` a second time."""
    if url is None:
        return None
    root = url.strip().rstrip("/")
    for suffix in ("/chat/completions", "/completions"):
        if root.endswith(suffix):
            root = root[: -len(suffix)].rstrip("/")
    return root or None


def resolve_settings(
    *,
    backend: str = "auto",
    environ: Mapping[str, str] | None = None,
    **options: Unpack[ExtractorOptions],
) -> Settings:
    """Merge keyword arguments with the environment into validated :class:`Settings`.

    ``backend="auto"`` becomes ``"llm"`` when a model or a base URL is given or set
    (``SUMMITPARSE_MODEL``, ``SUMMITPARSE_BASE_URL``, ``OPENAI_BASE_URL``), else ``"rules"``. An
    API key alone is not a choice to send articles away: users export ``OPENAI_API_KEY`` for other
    tools, and the README promises offline by default.
    """
    env = os.environ if environ is None else environ
    model, base_url, mode = options.get("model"), options.get("base_url"), options.get("mode")
    api_key, timeout = options.get("api_key"), options.get("timeout")
    max_retries, max_reasks = options.get("max_retries"), options.get("max_reasks")
    time_budget, max_bytes = options.get("time_budget"), options.get("max_bytes")
    if backend not in _BACKENDS:
        raise ConfigurationError(f"backend must be one of {', '.join(_BACKENDS)}, got {backend!r}")
    model = model or _env(env, "SUMMITPARSE_MODEL")
    base_url = normalise_base_url(base_url or _env(env, "SUMMITPARSE_BASE_URL", "OPENAI_BASE_URL"))
    key_text = (api_key.get_secret_value() if isinstance(api_key, SecretStr) else api_key) or _env(
        env, "SUMMITPARSE_API_KEY", "OPENAI_API_KEY"
    )
    mode = mode or _env(env, "SUMMITPARSE_MODE") or "tools"
    if mode not in _MODES:
        raise ConfigurationError(f"mode must be one of {', '.join(_MODES)}, got {mode!r}")

    llm_configured = bool(model or base_url)
    resolved: Literal["llm", "rules"]
    if backend == "auto":
        resolved = "llm" if llm_configured else "rules"
    else:
        resolved = "llm" if backend == "llm" else "rules"
    if resolved == "llm" and not (base_url or key_text):
        raise ConfigurationError(
            "the llm backend needs an endpoint: set OPENAI_API_KEY (OpenAI) or OPENAI_BASE_URL "
            "(any OpenAI-compatible server), or pass api_key= / base_url="
        )

    defaults = Settings()
    env_timeout = _number(_env(env, "SUMMITPARSE_TIMEOUT"), "SUMMITPARSE_TIMEOUT", float)
    env_retries = _number(_env(env, "SUMMITPARSE_MAX_RETRIES"), "SUMMITPARSE_MAX_RETRIES", int)
    env_budget = _number(_env(env, "SUMMITPARSE_TIME_BUDGET"), "SUMMITPARSE_TIME_BUDGET", float)
    env_tokens = _number(_env(env, "SUMMITPARSE_MAX_TOKENS"), "SUMMITPARSE_MAX_TOKENS", int)
    max_tokens = options.get("max_tokens")
    if max_tokens is None and env_tokens is not None:
        max_tokens = int(env_tokens)
    settings = Settings(
        backend=resolved,
        model=(model or DEFAULT_MODEL) if resolved == "llm" else model,
        base_url=base_url,
        api_key=SecretStr(key_text) if key_text else None,
        mode=mode,
        timeout=float(_first(timeout, env_timeout, defaults.timeout)),
        max_retries=int(_first(max_retries, env_retries, defaults.max_retries)),
        max_reasks=max_reasks if max_reasks is not None else defaults.max_reasks,
        time_budget=float(_first(time_budget, env_budget, defaults.time_budget)),
        max_tokens=int(max_tokens) if max_tokens else None,
        fallback=options.get("fallback", True),
        max_bytes=max_bytes if max_bytes is not None else defaults.max_bytes,
        cache_dir=_cache_dir(options.get("cache"), env) if resolved == "llm" else None,
        rpm=_rate(options.get("rpm"), env, "SUMMITPARSE_RPM"),
        tpm=_rate(options.get("tpm"), env, "SUMMITPARSE_TPM"),
        page_dates=options.get("page_dates", True),
    )
    if settings.timeout <= 0 or settings.max_retries < 0 or settings.max_reasks < 0:
        raise ConfigurationError("timeout must be positive; retries and re-asks not negative")
    if settings.time_budget <= 0:
        raise ConfigurationError("time budget must be a positive number of seconds")
    return settings
