"""Where a command may write: an output path checked before anything is opened or truncated.

An output is named by a string the user typed, but a file is an inode: ``out.jsonl``,
``./x/../out.jsonl``, a symlink to it and a hard link to it are all the same file. So every
check here compares files by device and inode, never by spelling, and the path returned is the
real one (symlinks followed): writing a symlink output writes its target, and a lock or an
atomic rewrite lands beside the file that is really written.

Refused before the output is opened (each a :class:`~summitparse.errors.ConfigurationError`
that says why, a usage error): an empty name, a name ending in ``/`` (a folder), a folder, a
named pipe or socket (writing one blocks until a reader comes, or fails), a path under a file,
and an output that is one of the inputs, standard input included (``extract - -o out.jsonl <
out.jsonl`` would empty the file it is about to read).
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterable
from pathlib import Path

from summitparse.errors import ConfigurationError

__all__ = [
    "STDIN",
    "Identity",
    "file_identity",
    "folder_holding",
    "output_path",
    "refuse_inputs",
    "same_file",
]

STDIN = "-"

Identity = tuple[int, int]


def file_identity(path: str | os.PathLike[str]) -> Identity | None:
    """``(device, inode)`` of the file ``path`` leads to (symlinks followed), or ``None``."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


def _stdin_identity() -> Identity | None:
    try:
        info = os.fstat(sys.stdin.fileno())
    except (OSError, ValueError, AttributeError):
        return None  # no standard input, or one replaced by an object without a descriptor
    return info.st_dev, info.st_ino


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """True when both paths lead to one existing file, however each is spelled or linked."""
    first = file_identity(a)
    return first is not None and first == file_identity(b)


def output_path(output: str, *, option: str = "-o") -> Path:
    """The real path to write for ``output``, or a usage error that says why it cannot be one.

    Missing folders on the way are fine (the caller creates them); a file on the way is not.
    Character devices (``/dev/null``, ``/dev/stdout``) are accepted: writing them is what the
    user asked for.
    """
    shown = f"{option} {output!r}" if not output.strip() else f"{option} {output}"
    if not output.strip():
        raise ConfigurationError(f"{shown}: an empty name; name the output file")
    if output.endswith(("/", os.sep)) or os.path.basename(output) in (".", ".."):
        raise ConfigurationError(f"{shown}: names a folder; name the output file inside it")
    real = Path(os.path.realpath(output))
    if os.path.exists(output) and file_identity(real) != file_identity(output):
        real = Path(os.path.abspath(output))  # a /proc link (/dev/stdout): not a real name
    try:
        info = os.stat(real)
    except FileNotFoundError:
        _check_parents(real, shown)
        return real
    except NotADirectoryError:
        _check_parents(real, shown)
        raise ConfigurationError(f"{shown}: a part of the path is not a folder") from None
    except OSError as error:
        raise ConfigurationError(f"{shown}: {error.strerror or error}") from None
    if stat.S_ISDIR(info.st_mode):
        raise ConfigurationError(f"{shown}: is a folder; name the output file inside it")
    if stat.S_ISFIFO(info.st_mode):
        raise ConfigurationError(
            f"{shown}: is a named pipe (FIFO); writing it would wait for a reader forever. "
            "Write to a file, or leave out -o and pipe standard output"
        )
    if stat.S_ISSOCK(info.st_mode):
        raise ConfigurationError(f"{shown}: is a socket, not a file")
    return real


def _check_parents(real: Path, shown: str) -> None:
    """The nearest existing folder above a new output must be a folder, not a file."""
    for parent in real.parents:
        try:
            info = os.stat(parent)
        except FileNotFoundError:
            continue
        except OSError as error:
            raise ConfigurationError(f"{shown}: {parent}: {error.strerror or error}") from None
        if not stat.S_ISDIR(info.st_mode):
            raise ConfigurationError(f"{shown}: {parent} is a file, not a folder")
        return


def refuse_inputs(inputs: Iterable[str], output: Path, *, shown: str) -> None:
    """Refuse an output that is one of ``inputs`` (``-`` is standard input), by identity.

    An output that does not exist yet cannot be an input; one inside an input folder is the
    folder walk's to leave out. A device is no file to destroy: reading the terminal and writing
    it, or ``/dev/null`` both ways, is fine.
    """
    try:
        info = os.stat(output)
    except OSError:
        return
    if not stat.S_ISREG(info.st_mode):
        return
    target = (info.st_dev, info.st_ino)
    for path in inputs:
        identity = _stdin_identity() if path == STDIN else file_identity(path)
        if identity == target:
            what = "standard input" if path == STDIN else path
            raise ConfigurationError(
                f"{shown} is also an input ({what}); writing it would destroy that input"
            )


def folder_holding(output: Path, inputs: Iterable[str]) -> str | None:
    """The input folder ``output`` (a real path) lies in, walked or not, else ``None``: for an
    engine that cannot leave the output out of its walk."""
    for path in inputs:
        if path != STDIN and os.path.isdir(path):
            folder = Path(os.path.realpath(path))
            if output.is_relative_to(folder):
                return path
    return None
