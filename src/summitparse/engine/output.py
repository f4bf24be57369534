"""The output file of a batch: never an input, locked while written, resumed without loss.

What a user can rely on, and why each rule is here:

- **Inputs are checked before the output is opened.** Opening with ``-o`` truncates; a mistyped
  input path must not cost a finished output, so a path the user named that does not exist (or
  is a symlink loop) is a usage error before anything is written (:func:`check_paths`).
- **The output is never an input.** ``extract a.txt -o a.txt`` or ``extract ds.jsonl -o ds.jsonl``
  would empty the input before reading it; the same file reached by a hard link or a symlink is
  the same file, so files are compared by device and inode. An output inside an input folder is
  left out of the walk (:meth:`Output.is_output`), so it is never read back as an article.
- **The output is a file, not a spelling.** It is checked and written by its real path
  (:func:`~summitparse.io.paths.output_path`): a symlink's target is written (and stays behind
  its link after a rewrite), standard input that is the output is refused, and names that cannot
  be a file (``''``, ``dir/``, a FIFO, a path under a file) are usage errors.
- **One writer per output.** Two runs on one output would interleave their lines, so a run holds
  an exclusive ``fcntl`` lock on ``OUT.lock`` beside the real path for its whole life, and one on
  the file itself (hard links), and a second run stops at once with a message
  (:class:`OutputLock`, :func:`open_locked`). The output is truncated only once both are held.
- **Resume reads only its own files.** A file none of whose lines is an extraction or an error
  line (a dataset, another program's JSON Lines) is refused rather than trusted and rewritten.
- **Resume redoes what may succeed now.** :func:`redo_reason` keeps a line that is a result (an
  extraction, or an error the input itself causes: empty, binary, too large) and redoes one that
  failed for a reason that may have gone: a worker that died, a timeout, a bug, an LLM that could
  not be reached or refused the key (:data:`REDO_FALLBACKS` by ``meta.fallback_kind``), a file
  that could not be read at the time (:data:`PASSING_INPUT_ERRORS`). A line that cannot be read
  is dropped and its input redone. An id keeps at most one line: a redo replaces every failed
  line of its id (:meth:`Previous.add`).
- **One line per input, in input order, after a resume.** New lines are appended to the output
  as they come (so a resumed run killed at any moment loses nothing already done) and, at the
  end, the file is rewritten in input order through a temporary file and an atomic rename
  (:func:`rewrite_in_order`): a kill during the rewrite leaves the appended file, which the next
  ``--resume`` reads the same way. Lines for ids that are not among the inputs are kept, after the
  others, and counted: a resume never deletes a result.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import stat
from array import array
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from summitparse.errors import ConfigurationError, SummitparseError
from summitparse.io.datasets import LineTooLong, read_lines
from summitparse.io.paths import output_path, refuse_inputs

__all__ = [
    "KEPT_ERRORS",
    "PASSING_INPUT_ERRORS",
    "REDO_FALLBACKS",
    "Output",
    "OutputError",
    "OutputLock",
    "Previous",
    "check_paths",
    "compact",
    "open_locked",
    "redo_reason",
    "rewrite_in_order",
    "scan_output",
]

STDIN = "-"

#: Error lines an input causes by itself: resuming keeps them (fix the input and run again).
KEPT_ERRORS = frozenset(
    {"InputError", "EmptyTextError", "DecodeError", "ArticleNotFoundError", "ArticleTooLargeError"}
)
#: Fallback kinds that describe the endpoint, not the article: resuming redoes those lines. An
#: answer the model could not make valid, or an article over the model's context, would fail the
#: same way again, so those lines are kept.
REDO_FALLBACKS = frozenset(
    {
        "auth",
        "not_found",
        "unreachable",
        "bad_request",
        "timeout",
        "time_budget",
        "rate_limited",
        "server_error",
        "other",
    }
)

#: What the message of an input error starts with (or holds) when the file could not be read at
#: the time, not because of what it holds: permissions get fixed, disks come back.
PASSING_INPUT_ERRORS = ("permission denied", "cannot read:")


def _passing(error: dict[str, Any]) -> bool:
    message = error.get("message")
    return isinstance(message, str) and any(part in message for part in PASSING_INPUT_ERRORS)


# An output line is at most this long when read back (an article at the size limit with its
# text, escaped); a longer one is not a line this program wrote.
_LINE_LIMIT = 64 * 1024 * 1024


class OutputError(SummitparseError):
    """The output cannot be written (a folder, a full disk, no permission)."""


def _stat(path: str) -> os.stat_result | None:
    try:
        return os.stat(path)
    except OSError:
        return None


def _input_problem(path: str) -> str | None:
    """Why a path the user named cannot be an input at all (not: why one file is a bad article)."""
    try:
        os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            return f"broken symbolic link (to {os.readlink(path)}, which does not exist)"
        return "no such file or folder"
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symbolic link loop (the link leads back to itself)"
        return None  # permission and the like: that input's error line says so
    return None


def check_paths(paths: Iterable[str], output: str | None, *, resume: bool = False) -> Path | None:
    """Refuse, before anything is opened, inputs that do not exist and an output that cannot be
    written or is an input; return the output's real path (``None`` for standard output).

    Raises :class:`~summitparse.errors.ConfigurationError` (a usage error) with the reason.
    """
    paths = list(paths)
    for path in paths:
        if path != STDIN and (problem := _input_problem(path)) is not None:
            raise ConfigurationError(f"{path}: {problem}")
    if output is None or output == STDIN:
        return None
    real = output_path(output)
    refuse_inputs(paths, real, shown=f"-o {output}")
    if resume:
        info = _stat(str(real))
        if info is not None and not stat.S_ISREG(info.st_mode):
            raise ConfigurationError(
                f"-o {output}: --resume needs a regular file, and this is a device"
            )
    return real


def _busy(output: Path, holder: Path) -> ConfigurationError:
    return ConfigurationError(
        f"{output}: another summitparse run is writing this output (it holds {holder}); "
        "wait for it to end, or choose another -o"
    )


class OutputLock:
    """An exclusive lock on ``OUT.lock`` for the life of a run; a second run fails at once.

    ``output`` is the real path (:func:`~summitparse.io.paths.output_path`), so every spelling
    of one file and every symlink to it meet at one lock file; hard links, which have no one
    real path, meet at the lock :class:`Output` takes on the file itself. The lock is the
    kernel's (``fcntl.flock``), so a run killed outright releases it; the lock file is removed
    at the end. A lock file removed by another run between opening and locking it is noticed
    (its inode changed) and locking starts again. A device (``/dev/null``) gets no lock file.
    """

    def __init__(self, output: Path) -> None:
        self.output = output
        self.path = output.with_name(output.name + ".lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        info = _stat(str(self.output))
        if info is not None and not stat.S_ISREG(info.st_mode):
            return
        try:
            self.output.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise OutputError(f"-o {self.output}: {error.strerror or error}") from None
        while True:
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as error:
                raise OutputError(
                    f"-o {self.output}: cannot create its lock file {self.path}: "
                    f"{error.strerror or error}"
                ) from None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                raise _busy(self.output, self.path) from None
            current = _stat(str(self.path))
            mine = os.fstat(fd)
            if current is not None and (current.st_dev, current.st_ino) == (
                mine.st_dev,
                mine.st_ino,
            ):
                self._fd = fd
                os.ftruncate(fd, 0)
                os.write(fd, f"{os.getpid()}\n".encode())
                return
            os.close(fd)  # removed by the run that held it: lock the new one

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                self.path.unlink()
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> OutputLock:
        self.acquire()
        return self

    def __exit__(self, *_: object) -> None:
        self.release()


def lock_file(fd: int, output: Path) -> None:
    """Lock the output's inode itself, so two runs writing it by two hard links cannot both."""
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise _busy(output, output) from None
    except OSError:
        pass  # a file system without locks: the lock file beside it is what is left


def open_locked(path: Path, *, append: bool) -> IO[str]:
    """``path`` opened for writing and locked, truncated only once the lock is held (so a run
    refused for a busy output has changed nothing)."""
    if path.parent and not path.parent.exists():
        try:
            os.makedirs(path.parent, exist_ok=True)
        except OSError as error:
            raise OutputError(f"-o {path}: {error.strerror or error}") from None
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else 0)
    try:
        fd = os.open(path, flags, 0o666)
    except OSError as error:
        raise OutputError(f"-o {path}: {error.strerror or error}") from None
    try:
        if stat.S_ISREG(os.fstat(fd).st_mode):  # a device is shared by design: /dev/null
            lock_file(fd, path)
            if not append:
                os.ftruncate(fd, 0)
    except BaseException:
        os.close(fd)
        raise
    return open(fd, "a" if append else "w", encoding="utf-8", newline="\n")


def redo_reason(record: Any) -> str | None:
    """Why a line of an earlier run should be redone, or ``None`` to keep it."""
    error = record.get("error")
    if error is not None:
        kind = error.get("type") if isinstance(error, dict) else None
        if kind in KEPT_ERRORS and not _passing(error):
            return None
        return str(kind or "error")
    meta = record.get("meta")
    if isinstance(meta, dict) and meta.get("fallback"):
        kind = meta.get("fallback_kind")
        if kind is None or kind in REDO_FALLBACKS:
            return f"fallback {kind or 'unknown'}"
    return None


@dataclass
class Previous:
    """What an earlier run left in the output: the lines to keep and the lines to redo, by id.

    Lines are held as offsets into the file, so resuming a million-line output costs memory for
    the ids only.
    """

    keep: dict[str, deque[tuple[int, int]]] = field(default_factory=dict)
    failed: set[int] = field(default_factory=set)  # where the kept error lines start
    redo: dict[str, tuple[int, int, str]] = field(default_factory=dict)
    unreadable: int = 0
    torn: bool = False

    def take(self, line_id: str) -> tuple[int, int] | str | None:
        """For the next input with ``line_id``: a kept line's place, the reason it is redone,
        or ``None`` when the earlier run never reached it. A redone id's failed line is
        forgotten here, so the rewrite leaves only the new line for it."""
        kept = self.keep.get(line_id)
        if kept:
            self.redo.pop(line_id, None)
            return kept.popleft()
        redo = self.redo.pop(line_id, None)
        return redo[2] if redo is not None else None

    def leftover(self) -> list[tuple[int, int]]:
        """Lines no input claimed (ids not among the inputs), in file order."""
        places = [p for lines in self.keep.values() for p in lines]
        places += [(start, length) for start, length, _ in self.redo.values()]
        return sorted(places)

    def add(self, line_id: str, place: tuple[int, int], reason: str | None) -> None:
        """One line of the file, in file order. An id keeps at most one failed line, the last,
        and none once it has a result: a resume killed after writing a redo (or a redo that
        failed again) leaves several lines for one input, and only one may survive."""
        if reason is None:
            self.keep.setdefault(line_id, deque()).append(place)
            self.redo.pop(line_id, None)
        elif not self.keep.get(line_id):
            self.redo[line_id] = (*place, reason)


def _ours(record: dict[str, Any]) -> bool:
    """A line summitparse writes: an extraction (its ``meta`` names the backend) or an error
    line (its ``error`` names the type)."""
    error, meta = record.get("error"), record.get("meta")
    if isinstance(error, dict):
        return isinstance(error.get("type"), str)
    return isinstance(meta, dict) and isinstance(meta.get("backend"), str)


def _foreign(path: Path, number: int, why: str) -> ConfigurationError:
    return ConfigurationError(
        f"-o {path}: not a summitparse output (line {number} {why}); --resume would rewrite "
        "it. Name the output file an earlier extract run wrote, or another -o"
    )


def scan_output(path: Path, *, strict: bool = False) -> Previous:
    """Read an earlier run's output: classify its lines, and cut a torn (unterminated) last line.

    Only the last line can be torn (lines are written whole and flushed); a line in the middle
    that cannot be read (edited, or from a disk fault) is dropped and its input redone, never
    kept beside a new line for the same input. ``strict`` refuses (a usage error, before
    anything is changed) a file that is not an output at all: a dataset or another program's
    JSON Lines named by mistake would otherwise be trusted as results, then rewritten.
    """
    previous = Previous()
    if not path.exists():
        return previous
    offset = 0
    ours = 0
    number = 0
    with path.open("rb") as handle:
        for raw in read_lines(handle, _LINE_LIMIT):
            if isinstance(raw, LineTooLong):
                previous.unreadable += 1
                offset = handle.tell()
                continue
            if not raw.endswith(b"\n"):
                previous.torn = True
                break
            start, offset = offset, offset + len(raw)
            number += 1
            record = _record(raw)
            if record is None:
                if raw.strip():
                    previous.unreadable += 1
                    if strict and _is_object(raw):
                        raise _foreign(path, number, "is a JSON object without a string id")
                continue
            if strict and not _ours(record):
                raise _foreign(path, number, "is neither an extraction nor an error line")
            ours += 1
            line_id = str(record["id"])
            reason = redo_reason(record)
            previous.add(line_id, (start, len(raw)), reason)
            if reason is None and "error" in record:
                previous.failed.add(start)
    if strict and ours == 0 and previous.unreadable:
        raise _foreign(path, 1, "is not JSON, and no line is a result")
    if previous.torn:
        with path.open("r+b") as handle:
            handle.truncate(offset)
    return previous


def _is_object(raw: bytes) -> bool:
    try:
        return isinstance(json.loads(raw), dict)
    except (ValueError, RecursionError):
        return False


def _record(raw: bytes) -> dict[str, Any] | None:
    try:
        record = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    if isinstance(record, dict) and isinstance(record.get("id"), str):
        return record
    return None


@dataclass
class Order:
    """Where each input's line stands in the output file, in input order."""

    starts: array[int] = field(default_factory=lambda: array("q"))
    lengths: array[int] = field(default_factory=lambda: array("q"))

    pending: deque[int] = field(default_factory=deque)

    def add(self, start: int, length: int) -> None:
        self.starts.append(start)
        self.lengths.append(length)

    def reserve(self) -> None:
        """The next input goes to the extractor: its line will come later, in this place.

        Inputs are drawn ahead of the results (a window is in flight), so a kept line can be
        placed before the line of an earlier input that is still being extracted.
        """
        self.pending.append(len(self.starts))
        self.add(-1, 0)

    def fill(self, start: int, length: int) -> None:
        """The line of the oldest reserved input (results come back in input order)."""
        if not self.pending:
            self.add(start, length)
            return
        index = self.pending.popleft()
        self.starts[index], self.lengths[index] = start, length

    def drop_unfilled(self) -> None:
        """Forget the places of inputs whose line never came (the run was stopped)."""
        if self.pending:
            unfilled = set(self.pending)
            kept = [
                (a, n)
                for i, (a, n) in enumerate(zip(self.starts, self.lengths, strict=True))
                if i not in unfilled
            ]
            self.starts = array("q", [a for a, _ in kept])
            self.lengths = array("q", [n for _, n in kept])
            self.pending.clear()

    def covers(self, size: int) -> bool:
        """True when the lines follow each other from the start of the file to ``size``: the
        file is already one line per input, in order."""
        end = 0
        for start, length in zip(self.starts, self.lengths, strict=True):
            if start != end:
                return False
            end += length
        return end == size


def rewrite_in_order(path: Path, order: Order, leftover: list[tuple[int, int]]) -> None:
    """Rewrite ``path`` as the lines at ``order`` then ``leftover``, atomically.

    The new file is written beside the output, flushed to disk and renamed over it, so the
    output is at every moment either the old file or the new one, whole.
    """
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with path.open("rb") as source, temporary.open("wb") as target:
            places = [*zip(order.starts, order.lengths, strict=True), *leftover]
            for start, length in places:
                source.seek(start)
                target.write(source.read(length))
            target.flush()
            os.fsync(target.fileno())
        with contextlib.suppress(OSError):
            os.chmod(temporary, stat.S_IMODE(path.stat().st_mode))
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


def compact(path: Path) -> int:
    """Drop, atomically, the lines a resume by an appending engine left stale: the failed lines
    of ids that have a later result, and all but the last failed line of an id (the rules of
    :meth:`Previous.add`). Returns how many lines were dropped."""
    previous = scan_output(path)
    places = previous.leftover()
    size = path.stat().st_size
    if sum(length for _, length in places) == size:
        return 0
    with path.open("rb") as handle:
        count = sum(1 for _ in handle)
    rewrite_in_order(path, Order(), places)
    return count - len(places)


class Output:
    """An output file opened for a run: new (truncated) or resumed (appended, then reordered)."""

    def __init__(self, path: Path, *, resume: bool) -> None:
        """``path`` is the real path (:func:`~summitparse.io.paths.output_path`): a symlink's
        target is what is written, and rewritten in place of itself."""
        self.path = path
        self.resume = resume
        self.stream: IO[str] = open_locked(path, append=resume)
        try:
            self.previous = scan_output(path, strict=True) if resume else Previous()
        except BaseException:
            self.stream.close()
            raise
        info = os.fstat(self.stream.fileno())
        self.identity = (info.st_dev, info.st_ino)
        self.position = info.st_size  # appending: where the next line goes
        self.order = Order()

    def is_output(self, path: Path) -> bool:
        """True for the output file itself (by device and inode), wherever it was found."""
        info = _stat(str(path))
        return info is not None and (info.st_dev, info.st_ino) == self.identity

    def write(self, line: str) -> None:
        data = line + "\n"
        size = len(data.encode("utf-8"))
        try:
            self.stream.write(data)
            self.stream.flush()
        except OSError as error:
            raise OutputError(f"cannot write {self.path}: {error.strerror or error}") from None
        self.order.fill(self.position, size)
        self.position += size

    def keep(self, place: tuple[int, int]) -> None:
        """The input's line is already in the file at ``place``."""
        self.order.add(*place)

    def reserve(self) -> None:
        """The next input is to be extracted; its line is written later (:meth:`write`)."""
        self.order.reserve()

    def close(self) -> None:
        """Close without reordering (the run did not end normally; resume reads it again)."""
        with contextlib.suppress(OSError):
            self.stream.close()

    def finish(self, *, complete: bool) -> int:
        """Close; after a resume put the lines in input order. Returns how many lines were kept
        for ids that are not among the inputs (0 when the run stopped before its end)."""
        try:
            self.stream.close()
        except OSError as error:
            raise OutputError(f"cannot write {self.path}: {error.strerror or error}") from None
        if not self.resume:
            return 0
        self.order.drop_unfilled()
        leftover = self.previous.leftover()
        if leftover or not self.order.covers(self.position):
            rewrite_in_order(self.path, self.order, leftover)
        return len(leftover) if complete else 0
