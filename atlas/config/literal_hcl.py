"""A fast reader of the plain-literal subset of HCL that environment files are written in.

python-hcl2 (a lark grammar) takes about 20 ms per environment file plus 0.15 s to import and
load its tables, and every synthesis reads every file, so a Spacelift stack that synthesizes
one root spent a fifth of its time there. Environment files hold only ``key = value`` lines
whose values are strings, numbers, booleans, null, lists and objects: this module reads
exactly that, and returns None for anything else (an escape sequence or template in a string,
an exponent, a negative number, a heredoc, a block comment, a repeated key, a syntax error...),
which the loader then hands to python-hcl2, whose values, and whose error messages, stay the
reference. ``tests/test_literal_hcl.py`` holds it to that: on every shipped and every corpus
file, and on edge cases, it returns None or exactly what python-hcl2 returns.
"""

from __future__ import annotations

import re
from typing import Any

_TOKEN = re.compile(r"""
    (?P<nl>\r?\n)
  | (?P<ws>[ \t]+)
  | (?P<comment>(?:\#|//)[^\r\n]*)
  | (?P<string>"[^"\\\x00-\x08\x0a-\x1f\x7f]*")  # no escape, no control character but a tab
  | (?P<number>(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?![0-9A-Za-z_.]))
  | (?P<ident>[A-Za-z_][A-Za-z0-9_-]*)
  | (?P<punct>[{}\[\]=:,])
""", re.VERBOSE)

_CONSTANTS = {"true": True, "false": False, "null": None}
_TEMPLATE = ("${", "%{")
_NL, _COMMENT, _STRING, _NUMBER, _IDENT, _PUNCT, _END = "nl", "comment", "string", "number", "ident", "punct", "end"


class _Decline(Exception):
    """Outside the subset: python-hcl2 reads the file."""


def parse(text: str) -> dict[str, Any] | None:
    """The attributes of ``text`` as python-hcl2 returns them, or None outside the subset."""
    try:
        return _Parser(_tokens(text)).body()
    except _Decline:
        return None


def _tokens(text: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    at, end = 0, len(text)
    match = _TOKEN.match
    while at < end:
        m = match(text, at)
        if m is None:
            raise _Decline
        kind = m.lastgroup
        if kind != "ws":
            found.append((kind, m.group()))
        at = m.end()
    found.append((_END, ""))
    return found


class _Parser:
    def __init__(self, tokens: list[tuple[str, str]]) -> None:
        self.tokens = tokens
        self.at = 0

    def _peek(self) -> tuple[str, str]:
        return self.tokens[self.at]

    def _next(self) -> tuple[str, str]:
        token = self.tokens[self.at]
        self.at += 1
        return token

    def _skip_lines(self) -> bool:
        """Skips newlines and comments; whether a newline was among them."""
        newline = False
        while self.tokens[self.at][0] in (_NL, _COMMENT):
            newline |= self.tokens[self.at][0] == _NL
            self.at += 1
        return newline

    def _expect(self, text: str) -> None:
        if self._next() != (_PUNCT, text):
            raise _Decline

    def body(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        self._skip_lines()
        while self._peek()[0] != _END:
            kind, key = self._next()
            if kind != _IDENT or key in _CONSTANTS or key in out:
                raise _Decline
            self._expect("=")
            out[key] = self.value()
            if not self._skip_lines() and self._peek()[0] != _END:  # one attribute per line
                raise _Decline
        return out

    def value(self) -> Any:
        kind, text = self._next()
        if kind == _STRING:
            content = text[1:-1]
            if any(t in content for t in _TEMPLATE):
                raise _Decline
            return content
        if kind == _NUMBER:
            return float(text) if "." in text else int(text)
        if kind == _IDENT and text in _CONSTANTS:
            return _CONSTANTS[text]
        if (kind, text) == (_PUNCT, "["):
            return self._list()
        if (kind, text) == (_PUNCT, "{"):
            return self._object()
        raise _Decline

    def _list(self) -> list[Any]:
        items: list[Any] = []
        self._skip_lines()
        while self._peek() != (_PUNCT, "]"):
            items.append(self.value())
            self._skip_lines()
            if self._peek() == (_PUNCT, ","):
                self.at += 1
                self._skip_lines()
            elif self._peek() != (_PUNCT, "]"):
                raise _Decline
        self.at += 1
        return items

    def _object(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        self._skip_lines()
        while self._peek() != (_PUNCT, "}"):
            kind, key = self._next()
            if kind == _STRING:
                key = key[1:-1]
                if any(t in key for t in _TEMPLATE):
                    raise _Decline
            elif kind != _IDENT or key in _CONSTANTS:
                raise _Decline
            if key in out or self._next() not in ((_PUNCT, "="), (_PUNCT, ":")):
                raise _Decline
            out[key] = self.value()
            separated = self._skip_lines()
            if self._peek() == (_PUNCT, ","):
                self.at += 1
                self._skip_lines()
            elif not separated and self._peek() != (_PUNCT, "}"):
                raise _Decline
        self.at += 1
        return out
