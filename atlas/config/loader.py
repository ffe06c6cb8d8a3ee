"""Reads one environment file (HCL tfvars) into a platform's settings class."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import TypeVar

from atlas.config import literal_hcl
from atlas.config.errors import ConfigError, Problem
from atlas.config.schema import build

T = TypeVar("T")

_BOM = "\ufeff"

_KINDS = ((stat.S_ISREG, "a file"), (stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"),
          (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"))


def file_kind(mode: int) -> str:
    """What a non-regular file is, in words (for messages)."""
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def read_text_file(path: Path, shown: str) -> str:
    """The text of a regular file; anything else (a pipe, a device, a folder, a symlink
    loop) is refused without being opened, so a run never blocks on it."""
    try:
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode):
            raise ConfigError([Problem(shown, "", f"is {file_kind(mode)}, not an environment file; "
                                                  "environment files are regular files")])
        # O_NONBLOCK: if the path was swapped for a pipe since the stat, open does not wait.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            mode = os.fstat(handle.fileno()).st_mode
            if not stat.S_ISREG(mode):
                raise ConfigError([Problem(shown, "", f"is {file_kind(mode)}, not an environment file; "
                                                      "environment files are regular files")])
            raw = handle.read()
    except OSError as err:
        raise ConfigError([Problem(shown, "", f"cannot be read ({err.strerror or err})")]) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ConfigError([Problem(shown, "", f"is not UTF-8 text (byte 0x{err.object[err.start]:02x} at "
                                              f"offset {err.start}); save it as UTF-8")]) from None
    # Terraform accepts a UTF-8 byte-order mark at the start of a file (editors on Windows add it).
    return text[1:] if text.startswith(_BOM) else text


def parse_tfvars(path: Path, display: str | None = None) -> dict:
    """Parses a tfvars file; HCL syntax errors become a Problem with line and column."""
    shown = display or str(path)
    return _parse_text(read_text_file(path, shown), shown)


def _parse_text(text: str, shown: str) -> dict:
    """The attributes of an environment file's text: read by ``literal_hcl`` when it is plain
    literals (every shipped file), else by python-hcl2 (``hcl_reader``), which also words
    every syntax error."""
    data = literal_hcl.parse(text)
    if data is not None:
        return data
    from atlas.config import hcl_reader

    return hcl_reader.parse(text, shown)


def load_settings(path: Path, cls: type[T], display: str | None = None) -> T:
    """Loads and validates one environment file; raises ConfigError listing every problem."""
    shown = display or str(path)
    data = parse_tfvars(path, shown)
    settings, errors = build(cls, data)
    if errors:
        raise ConfigError([Problem(shown, e.key, e.message) for e in errors])
    assert settings is not None
    return settings
