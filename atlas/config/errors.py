"""Configuration errors that name the file, the key and the fix.

Platform engineers fix a tfvars file, not a Python traceback, so every problem found while
loading settings becomes one line of the form ``<file>: <key>: <what is wrong>; <what to do>``.
Problems are collected rather than raised one at a time, so a file with three mistakes is
reported in one run.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one key of one environment file."""

    source: str
    key: str
    message: str

    def __str__(self) -> str:
        where = f"{self.source}: {self.key}" if self.key else self.source
        return f"{where}: {self.message}"


class SettingError(ValueError):
    """Raised by a settings validator; the loader adds the file name and the key prefix."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key
        self.message = message


class ConfigError(Exception):
    """One or more problems in the environment files; nothing has been written."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class UnbuildableSettings(Exception):
    """Settings that loaded but that the built root cannot honour (``existing_resources``
    naming an address the root does not have): ``errors`` are reported on the environment's
    file like load problems (``atlas.app.plan_roots``), and nothing is written."""

    def __init__(self, errors: list[SettingError]) -> None:
        self.errors = list(errors)
        super().__init__("; ".join(f"{e.key}: {e.message}" for e in self.errors))
