"""How a platform declares its roots, so the app can list, select and build them."""

from __future__ import annotations

import importlib

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping

from atlas.cdk import App
from atlas.config.errors import Problem
from atlas.naming import DerivedName
from atlas.stacks.base import PlatformStack
from atlas.state import RootId


@dataclass(frozen=True)
class RootSpec:
    """A root that can be built on demand. The roots it depends on are not declared here:
    they are the roots its stack reads (``PlatformStack.depends_on``)."""

    root: RootId
    build: Callable[[App, bool], PlatformStack]


@dataclass(frozen=True)
class Platform:
    """``environments/<name>/*.tfvars`` are loaded into ``settings`` and expanded by ``roots``.

    ``cross_checks`` sees every environment of the platform at once, for rules that span
    files (staging2 must not collide with staging); it returns problems naming file and key.
    ``sources`` names every environment file of the platform, also those that failed to load
    (they have no settings): a rule about an environment that failed to load says nothing,
    since that file's own problems are reported.
    """

    name: str
    settings: type
    roots: Callable[[str, Any], list[RootSpec]]
    cross_checks: Callable[[Mapping[str, Any], Mapping[str, str]], Iterable[Problem]] = field(
        default=lambda settings, sources: ())
    # Every AWS and Kafka name one environment's settings turn into, from the constructs' own
    # name builders (``atlas.naming``); the app checks them against the naming rules before
    # anything is built. A new platform registers its list here, nothing else.
    names: Callable[[Any], Iterable[DerivedName]] = field(default=lambda settings: ())


def lazy(module: str, classes: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` (PEP 562) that imports each composition class (name ->
    module) on first use. Registering a platform then imports none of the AWS bindings its
    compositions import, and a run that builds one root loads only that root's
    (``tests/test_app.py``: registering the platforms imports no composition)."""
    def __getattr__(name: str) -> Any:
        if name in classes:
            return getattr(importlib.import_module(classes[name]), name)
        raise AttributeError(f"module {module!r} has no attribute {name!r}")

    return __getattr__


def lazy_names(module: str) -> Callable[[Any], Iterable[DerivedName]]:
    """``Platform.names`` from ``<module>.derived_names``, imported when validation asks: the
    name builders live beside the constructs, which import their AWS bindings."""
    def names(settings: Any) -> Iterable[DerivedName]:
        return importlib.import_module(module).derived_names(settings)

    return names
