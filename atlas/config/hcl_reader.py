"""Reads an environment file with python-hcl2: every file ``literal_hcl`` declines (anything
beyond plain literals), and every syntax error, whose message names line and column.

Imported only when needed: python-hcl2 and lark take about 0.15 s to import and load.
"""

from __future__ import annotations

from typing import Any

import hcl2
from hcl2.rules.base import AttributeRule, BodyRule  # python-hcl2's rule tree
from hcl2.rules.containers import ObjectRule, TupleRule
from hcl2.rules.strings import HeredocTemplateRule  # (the <<- form subclasses it)
from lark.exceptions import UnexpectedInput

from atlas.config.errors import ConfigError, Problem

# python-hcl2 8.x keeps the quotes of string values unless told otherwise. Heredocs are
# serialized by _heredoc_value below (python-hcl2 would keep the raw `<<EOT` marker).
_OPTIONS = hcl2.SerializationOptions(strip_string_quotes=True, with_comments=False)
_HEREDOCS = (HeredocTemplateRule,)


def parse(text: str, shown: str) -> dict:
    try:
        tree = hcl2.transform(hcl2.parses_to_tree(text))
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
    twice = _keys_set_twice(tree, shown)
    if twice:
        raise ConfigError(twice)
    try:
        for heredoc in _nodes(tree, _HEREDOCS):
            heredoc.serialize = _heredoc_value.__get__(heredoc)  # this node only
        data = hcl2.serialize(tree, serialization_options=_OPTIONS)
    except Exception as err:  # an expression python-hcl2 cannot serialize
        raise ConfigError([Problem(shown, "", f"is not valid HCL ({err})")]) from None
    if not isinstance(data, dict):
        raise ConfigError([Problem(shown, "", "must contain `key = value` assignments")])
    blocks = sorted(k for k, v in data.items() if isinstance(v, list) and v and all(
        isinstance(i, dict) and "__is_block__" in i for i in v))
    if blocks:
        raise ConfigError([Problem(shown, blocks[0], "is written as a block; tfvars use `key = { ... }`")])
    return data




def _nodes(node: Any, kinds: tuple[type, ...]):
    """Every node of the rule tree of one of ``kinds``, depth first."""
    if isinstance(node, kinds):
        yield node
    for child in getattr(node, "children", None) or ():
        if hasattr(child, "children"):
            yield from _nodes(child, kinds)


def _line(node: Any) -> int | None:
    meta = getattr(node, "_meta", None)
    return getattr(meta, "line", None) if meta is not None and not getattr(meta, "empty", True) else None


def _keys_set_twice(tree: Any, shown: str) -> list[Problem]:
    """Terraform refuses a key set twice (at the top or inside an object); python-hcl2's dict
    would silently keep the last one, so the rule tree is walked before it is serialized."""
    found: list[Problem] = []

    def walk(node: Any, path: str) -> None:
        entries: list[tuple[str, Any, Any]] = []  # (key, node for the line, value)
        if isinstance(node, BodyRule):
            entries = [(str(c.identifier.serialize(_OPTIONS)), c, c.expression) for c in node.children
                       if isinstance(c, AttributeRule)]
        elif isinstance(node, ObjectRule):
            entries = [(str(e.key.serialize(_OPTIONS)), e, e.expression) for e in node.elements]
        elif isinstance(node, TupleRule):
            for i, item in enumerate(node.elements):
                walk(item, f"{path}[{i}]")
            return
        else:
            for child in getattr(node, "children", None) or ():
                if hasattr(child, "children"):
                    walk(child, path)
            return
        lines: dict[str, list[int | None]] = {}
        for key, at, value in entries:
            if key not in lines:
                walk(value, f"{path}.{key}" if path else key)  # the first value; a repeat is wrong as a whole
            lines.setdefault(key, []).append(_line(at))
        for key, where in lines.items():
            if len(where) > 1:  # one message per key, however often it is repeated
                times = "twice" if len(where) == 2 else f"{len(where)} times"
                known = [str(n) for n in where if n]
                also = "" if len(known) != len(where) else f" (on line {known[0]})" if len(set(known)) == 1 \
                    else f" (lines {', '.join(known[:-1])} and {known[-1]})"
                found.append(Problem(f"{shown}:{where[1]}" if where[1] else shown, f"{path}.{key}" if path else key,
                                     f"is set {times}{also}; Terraform refuses a key set more than once: keep one"))

    walk(tree, "")
    return sorted(found, key=lambda p: int(p.source.rsplit(":", 1)[1]) if p.source != shown else 0)


def _heredoc_value(self: Any, options: Any = None, context: Any = None) -> str:
    """A heredoc's string value as Terraform reads it: the lines between the markers, each
    ending with a newline (``<<-`` also removes the common indentation of those lines)."""
    lines = str(self.children[0].value).replace("\r\n", "\n").split("\n")
    opening, rest = lines[0], lines[1:]
    marker = opening.lstrip("<-").strip()
    closing = max(i for i, line in enumerate(rest) if line.strip() == marker)
    body = rest[:closing]
    if opening.startswith("<<-"):
        cut = min((len(line) - len(line.lstrip(" \t")) for line in body if line.strip()), default=0)
        body = [line[cut:] for line in body]
    return "".join(line + "\n" for line in body)


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
