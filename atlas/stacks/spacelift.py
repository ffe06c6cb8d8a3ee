"""The Spacelift delivery settings as a platform folder (``environments/spacelift/``).

It has no roots of its own yet: its one file configures what the app derives for every
other root (the account bootstrap roots' OIDC trust, ``.spacelift/config.yml``). Loading it
through the platform registry gives it the same discovery, loader and error messages as
every environment file.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from atlas.config.errors import Problem
from atlas.config.spacelift import SpaceliftSettings
from atlas.stacks.registry import Platform, RootSpec


def roots(env: str, settings: SpaceliftSettings) -> list[RootSpec]:
    return []


def cross_checks(settings: Mapping[str, Any], sources: Mapping[str, str]) -> Iterable[Problem]:
    names = sorted(settings)
    for name in names[1:]:
        yield Problem(sources[name], "", f"is a second Spacelift settings file (the first is {sources[names[0]]}); "
                                         "one Spacelift account delivers every root: keep one file")


PLATFORM = Platform(name="spacelift", settings=SpaceliftSettings, roots=roots, cross_checks=cross_checks)


def settings_of(environments: Iterable[Any]) -> SpaceliftSettings | None:
    """The Spacelift settings among loaded environments, if a file gives them."""
    return next((e.settings for e in environments if e.platform is PLATFORM), None)
