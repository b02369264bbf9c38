"""Writing a file so that a failure never leaves half of it: a temporary file beside it, moved into place at the end."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyogrio

from geo.errors import InputError


def _write_error(path: Path, partial: Path, exc: Exception) -> InputError:
    """One line naming the file the user asked for, not our temporary one."""
    reason = getattr(exc, "strerror", None) or str(exc).splitlines()[0]
    reason = reason.replace(f"{partial}: ", "").replace(str(partial), str(path))
    return InputError(f"cannot write {path}: {reason}")


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Write to a temporary file beside `path` and move it into place only when complete: a failed export
    leaves the previous file as it was."""
    if path.parent.exists() and not path.parent.is_dir():
        raise InputError(f"cannot write {path}: {path.parent} is a file, not a folder")
    if not path.parent.is_dir():
        raise InputError(f"cannot write {path}: folder {path.parent} does not exist")
    partial = path.with_name(f".{path.name}.partial{path.suffix}")
    partial.unlink(missing_ok=True)
    try:
        yield partial
        os.replace(partial, path)
    except (OSError, pyogrio.errors.DataSourceError) as exc:
        raise _write_error(path, partial, exc) from exc
    finally:
        partial.unlink(missing_ok=True)
