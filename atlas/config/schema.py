"""Turns the plain values python-hcl2 returns into frozen, typed settings dataclasses.

Settings classes are ordinary keyword-only frozen dataclasses; their type hints are the
schema. Supported hints: ``str``, ``int``, ``float``, ``bool``, ``Literal[...]``,
``tuple[T, ...]`` (a tfvars list, kept immutable), ``dict[str, T]``, ``T | None`` and nested settings dataclasses. A class may
define ``checks(self) -> Iterable[SettingError]`` for rules that span fields (CIDRs inside
the VPC, a switch whose dependent setting is missing); keys in those errors are relative to
the object, and the loader prefixes the path. A class may also map keys of earlier file
versions to their new place (``renamed: ClassVar[dict[str, str]]``), so an old key gets a
message naming its new spelling instead of "not a known setting".

Why not a validation library: the rules we need are few, the messages must name tfvars keys
exactly as the user wrote them, and one less dependency is one less thing to pin.
"""

from __future__ import annotations

import dataclasses
import difflib
import json
import re
import types
import typing
from typing import Any, Iterable, Literal, TypeVar, get_args, get_origin

from atlas.config.errors import SettingError

T = TypeVar("T")

_TYPE_NAMES = {str: "a string", int: "a whole number", float: "a number", bool: "true or false"}


def describe(hint: Any) -> str:
    """A tfvars-level description of what a type hint accepts, for error messages."""
    origin = get_origin(hint)
    if hint in _TYPE_NAMES:
        return _TYPE_NAMES[hint]
    if origin is Literal:
        return "one of " + ", ".join(f'"{a}"' if isinstance(a, str) else str(a) for a in get_args(hint))
    if origin in (list, tuple):
        return f"a list of {_plural(describe(get_args(hint)[0]))}"
    if origin is dict:
        return f"a map of {_plural(describe(get_args(hint)[1]))}"
    if _is_optional(hint):
        return describe(_strip_optional(hint)) + " (or null)"
    if dataclasses.is_dataclass(hint):
        return "an object { " + ", ".join(f.name for f in dataclasses.fields(hint)) + " }"
    return str(hint)


def _plural(text: str) -> str:
    for article in ("a ", "an "):
        if text.startswith(article):
            return text[len(article):] + "s" if " " not in text[len(article):] else text[len(article):]
    return text


def _is_optional(hint: Any) -> bool:
    return get_origin(hint) in (typing.Union, types.UnionType) and type(None) in get_args(hint)


def _strip_optional(hint: Any) -> Any:
    rest = [a for a in get_args(hint) if a is not type(None)]
    return rest[0] if len(rest) == 1 else typing.Union[tuple(rest)]


def build(cls: type[T], data: Any, *, path: str = "") -> tuple[T | None, list[SettingError]]:
    """Builds ``cls`` from ``data``; returns the object (or None) and every problem found."""
    errors: list[SettingError] = []
    value = _convert(cls, data, path, errors)
    # An old key already says where its value goes now (``use <new key> instead``); "is
    # required" on that new key, wherever it lives, would report the same mistake twice.
    moved_to = {e.target for e in errors if isinstance(e, _OldKeyError)}
    errors = [e for e in errors if not (e.key in moved_to and e.message.startswith("is required"))]
    return (value if not errors else None), errors


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def _convert(hint: Any, value: Any, path: str, errors: list[SettingError]) -> Any:
    if _is_optional(hint):
        return None if value is None else _convert(_strip_optional(hint), value, path, errors)
    if value is None:
        errors.append(SettingError(path, f"must be {describe(hint)}, not null"))
        return None
    if dataclasses.is_dataclass(hint):
        return _convert_dataclass(hint, value, path, errors)
    origin = get_origin(hint)
    if origin is Literal:
        if value not in get_args(hint):
            close = _suggest(str(value), [str(a) for a in get_args(hint)])
            hint_text = f'; did you mean "{close}"?' if close else ""
            errors.append(SettingError(path, f"is {value!r}, must be {describe(hint)}{hint_text}"))
        return value
    if origin in (list, tuple):
        if not isinstance(value, list):
            errors.append(SettingError(path, f"must be {describe(hint)}, got {_kind(value)}"))
            return None
        item = get_args(hint)[0]
        return tuple(_convert(item, v, _join(path, i), errors) for i, v in enumerate(value))
    if origin is dict:
        if not isinstance(value, dict):
            errors.append(SettingError(path, f"must be {describe(hint)}, got {_kind(value)}"))
            return None
        _, item = get_args(hint)
        for key in sorted(map(str, value)):
            wrong = _literal_problem(key, "map keys")
            if wrong:  # a map key reaches the JSON as a key: it must be as literal as a value
                shown = key if key.isprintable() else json.dumps(key)  # a tab in a key, say: show it escaped
                errors.append(SettingError(_join(path, shown), wrong))
        return {str(k): _convert(item, v, _join(path, str(k)), errors) for k, v in sorted(value.items())}
    if hint is bool:
        if not isinstance(value, bool):
            errors.append(SettingError(path, f"must be true or false, got {_kind(value)}"))
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            errors.append(SettingError(path, f"must be a whole number, got {_kind(value)}"))
        return value
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            errors.append(SettingError(path, f"must be a number, got {_kind(value)}"))
            return value
        return float(value)
    if hint is str:
        if not isinstance(value, str):
            errors.append(SettingError(path, f"must be a string, got {_kind(value)}"))
        elif _literal_problem(value):
            errors.append(SettingError(path, _literal_problem(value)))
        return value
    raise TypeError(f"unsupported settings type {hint!r} at {path}")  # a bug in a settings class


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _literal_problem(text: str, what: str = "environment values") -> str | None:
    """Why a string cannot be a setting (a value, or a map key: ``what = "map keys"``), or None."""
    if "${" in text or "%{" in text:
        # Settings are literals: a template here would reach the JSON as a live expression.
        return f"contains a Terraform template (${{ or %{{); {what} must be literal strings"
    if "\n" in text or "\r" in text:
        # No setting is multi-line; a heredoc's value ends with a line break.
        return (f"contains a line break; {what} are one-line strings"
                + (" (a heredoc's value ends with one: write it as a quoted string)" if what != "map keys" else ""))
    found = _CONTROL.search(text)
    if found:
        return f"contains the control character {found.group()!r}; {what} are printable one-line strings"
    return None


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return f"{str(value).lower()} (a bool)"
    if isinstance(value, (int, float)):
        return f"{value} (a number)"
    if isinstance(value, str):  # escaped: a line break in a value must not break the message
        return f"{json.dumps(value, ensure_ascii=False)} (a string)"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _convert_dataclass(cls: type, value: Any, path: str, errors: list[SettingError]) -> Any:
    if not isinstance(value, dict):
        errors.append(SettingError(path, f"must be {describe(cls)}, got {_kind(value)}"))
        return None
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls) if f.init}
    before = len(errors)
    renamed = getattr(cls, "renamed", {})
    for key in sorted(set(value) - set(fields)):
        if key in renamed:
            errors.append(_OldKeyError(_join(path, key), renamed[key]))
            continue
        close = _suggest(key, [f for f in fields if f not in value]) or _suggest(key, list(fields))
        fix = f'did you mean "{close}"?' if close else "remove it or check the spelling"
        shown = key if key.isprintable() else json.dumps(key)  # a line break in a key is shown escaped
        errors.append(SettingError(_join(path, shown), f"is not a known setting; {fix}"))
    kwargs = {}
    for name, field in fields.items():
        if name in value:
            kwargs[name] = _convert(hints[name], value[name], _join(path, name), errors)
        elif field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING:
            doc = field.metadata.get("doc", "")
            shape = _required_shape(hints[name])
            # An object's doc that only lists its keys would repeat the shape: leave it out.
            repeats_shape = shape is not None and doc.startswith("{") and not shape.endswith("{ ... }")
            if shape is not None and shape.endswith("{ ... }") and doc.startswith("{"):
                expect = f"an object {doc}"  # nothing in it is required on its own: the doc says what to write
            else:
                expect = (shape or describe(hints[name])) + (f" ({doc})" if doc and not repeats_shape else "")
            errors.append(SettingError(_join(path, name), f"is required: set it to {expect}"))
    # A nested object whose own checks failed is still a well-typed object, so this level's
    # checks run too: a file with three mistakes gets three messages in one run.
    if any(not isinstance(e, _CheckError) for e in errors[before:]):
        return None
    obj = cls(**kwargs)
    checks = getattr(obj, "checks", None)
    if checks is not None:
        for problem in checks() or ():
            errors.append(_CheckError(_join(path, problem.key) if problem.key else path, problem.message))
    return obj


def _required_shape(hint: Any) -> str | None:
    """``an object { a, b, ... }`` naming only the keys a user must write (None for non-objects)."""
    if _is_optional(hint):
        hint = _strip_optional(hint)
    if not dataclasses.is_dataclass(hint):
        return None
    fields = [f for f in dataclasses.fields(hint) if f.init]
    needed = [f.name for f in fields if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING]
    return "an object { " + ", ".join(needed + (["..."] if len(needed) < len(fields) else [])) + " }"


class _CheckError(SettingError):
    """A problem found by a ``checks`` method (the value had the right type)."""


class _OldKeyError(SettingError):
    """A key of an earlier file version; ``target`` is the key path its value moved to (the
    leading key of the ``renamed`` text, e.g. ``alerts`` of ``alerts = { email = ... }``)."""

    def __init__(self, key: str, new_spelling: str) -> None:
        super().__init__(key, f"is an old setting; use {new_spelling} instead")
        self.target = re.match(r"[A-Za-z0-9_.]*", new_spelling).group()


def _suggest(key: str, candidates: list[str]) -> str | None:
    """The setting a misspelled key most likely meant: a close spelling, or a name that
    contains it or is contained in it (``cidr_block`` -> ``cidr``)."""
    close = difflib.get_close_matches(key, candidates, n=1, cutoff=0.6)
    if close:
        return close[0]
    parts = [c for c in candidates if len(c) >= 4 and (c in key or key in c)]
    return min(parts, key=lambda c: abs(len(c) - len(key))) if parts else None


def setting(default: Any = dataclasses.MISSING, *, doc: str = "", factory: Any = dataclasses.MISSING) -> Any:
    """A settings field with a description used in 'is required' messages and docs."""
    if factory is not dataclasses.MISSING:
        return dataclasses.field(default_factory=factory, metadata={"doc": doc})
    return dataclasses.field(default=default, metadata={"doc": doc})


def problems(*maybe: SettingError | None) -> Iterable[SettingError]:
    """Filters out the ``None`` entries a ``checks`` method builds its list from."""
    return [p for p in maybe if p is not None]
