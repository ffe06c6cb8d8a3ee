"""Reads one environment file (HCL tfvars) into a platform's settings class."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import hcl2
from lark.exceptions import UnexpectedInput

from atlas.config.errors import ConfigError, Problem
from atlas.config.schema import build

T = TypeVar("T")

# python-hcl2 8.x keeps the quotes of string values unless told otherwise.
_OPTIONS = hcl2.SerializationOptions(strip_string_quotes=True, with_comments=False)


def parse_tfvars(path: Path, display: str | None = None) -> dict:
    """Parses a tfvars file; HCL syntax errors become a Problem with line and column."""
    shown = display or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise ConfigError([Problem(shown, "", f"cannot be read ({err.strerror})")]) from None
    except UnicodeDecodeError as err:
        raise ConfigError([Problem(shown, "", f"is not UTF-8 text (byte 0x{err.object[err.start]:02x} at "
                                              f"offset {err.start}); save it as UTF-8")]) from None
    try:
        data = hcl2.loads(text, serialization_options=_OPTIONS)
    except UnexpectedInput as err:
        line = text.splitlines()[err.line - 1].strip() if 0 < err.line <= len(text.splitlines()) else ""
        if not line:  # the parser ran out of input: something opened was never closed
            raise ConfigError([Problem(f"{shown}:{err.line}:{err.column}", "", "HCL syntax error at the end "
                                       "of the file; is a closing `}`, `]` or `\"` missing?")]) from None
        before = _previous_statement(text, err.line)
        if err.column == 1 and before is not None:
            # The parser notices a missing `=` only at the next line's first token (it reads
            # `key "value"` as the start of a block): point at the line that is wrong.
            number, previous = before
            raise ConfigError([Problem(f"{shown}:{number}", "", f"HCL syntax error: `{previous}` is not "
                                       "`key = value` (is the `=` missing?)")]) from None
        raise ConfigError([Problem(f"{shown}:{err.line}:{err.column}", "",
                                   f"HCL syntax error near `{line}`; expected `key = value`")]) from None
    except Exception as err:  # python-hcl2 raises a few non-lark errors for bad literals
        raise ConfigError([Problem(shown, "", f"is not valid HCL ({err})")]) from None
    if not isinstance(data, dict):
        raise ConfigError([Problem(shown, "", "must contain `key = value` assignments")])
    blocks = sorted(k for k, v in data.items() if isinstance(v, list) and v and all(
        isinstance(i, dict) and "__is_block__" in i for i in v))
    if blocks:
        raise ConfigError([Problem(shown, blocks[0], "is written as a block; tfvars use `key = { ... }`")])
    return data


def _previous_statement(text: str, line: int) -> tuple[int, str] | None:
    """The non-blank, non-comment line before ``line`` if it looks like a key without `=`."""
    lines = text.splitlines()
    for number in range(line - 1, 0, -1):
        candidate = lines[number - 1].strip()
        if not candidate or candidate.startswith(("#", "//")):
            continue
        if "=" in candidate or candidate[0] in "{}[]," or candidate[-1] in "{[,":
            return None
        return number, candidate
    return None


def load_settings(path: Path, cls: type[T], display: str | None = None) -> T:
    """Loads and validates one environment file; raises ConfigError listing every problem."""
    shown = display or str(path)
    data = parse_tfvars(path, shown)
    settings, errors = build(cls, data)
    if errors:
        raise ConfigError([Problem(shown, e.key, e.message) for e in errors])
    assert settings is not None
    return settings
