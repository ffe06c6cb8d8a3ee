"""Platform events: the event backbone blueprint, two roots per environment.

1. ``platform-events-<env>`` (``backbone.py``): network, MSK (IAM + TLS), the Glue registry,
   the workload roles, Managed Prometheus (and Grafana when switched on), log groups,
   alarms and the workloads' secrets; publishes ``BackboneOutputs``.
2. ``platform-events-<env>-kafka`` (``kafka.py``): the topics and Glue schemas of the
   contract files, through the mongey/kafka provider signed in with IAM; reads the backbone.
"""

from __future__ import annotations

import importlib

from atlas.config.platform_events import PlatformEventsSettings, cross_checks
from atlas.stacks.platform_events.names import PLATFORM as NAME
from atlas.stacks.platform_events.names import roots_of
from atlas.stacks.registry import Platform, RootSpec

# Each composition (and the AWS bindings it imports) is imported when its root is built, not
# when the platform is registered (see atlas/stacks/kraken/__init__.py).
_LAZY = {"BackboneStack": "atlas.stacks.platform_events.backbone",
         "EventsKafkaStack": "atlas.stacks.platform_events.kafka"}


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def derived_names(settings):
    """The names an environment turns into (``Platform.names``), imported when validation asks."""
    from atlas.stacks.platform_events.names import derived_names as names

    return names(settings)


def roots(env: str, settings: PlatformEventsSettings) -> list[RootSpec]:
    backbone, kafka = roots_of(env)
    return [
        RootSpec(backbone, lambda app, local: __getattr__("BackboneStack")(app, backbone, settings,
                                                                           local_backend=local)),
        RootSpec(kafka, lambda app, local: __getattr__("EventsKafkaStack")(app, kafka, settings, backbone=backbone,
                                                                           local_backend=local)),
    ]


PLATFORM = Platform(name=NAME, settings=PlatformEventsSettings, roots=roots, cross_checks=cross_checks,
                    names=derived_names)
