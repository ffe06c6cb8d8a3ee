"""Platform events: the event backbone blueprint, two roots per environment.

1. ``platform-events-<env>`` (``backbone.py``): network, MSK (IAM + TLS), the Glue registry,
   the workload roles, Managed Prometheus (and Grafana when switched on), log groups,
   alarms and the workloads' secrets; publishes ``BackboneOutputs``.
2. ``platform-events-<env>-kafka`` (``kafka.py``): the topics and Glue schemas of the
   contract files, through the mongey/kafka provider signed in with IAM; reads the backbone.
"""

from __future__ import annotations

from atlas.config.platform_events import PlatformEventsSettings, cross_checks
from atlas.stacks.platform_events.names import PLATFORM as NAME
from atlas.stacks.platform_events.names import roots_of
from atlas.stacks.registry import Platform, RootSpec, lazy, lazy_names

# Each composition (and the AWS bindings it imports) is imported when its root is built, not
# when the platform is registered (atlas.stacks.registry.lazy).
_LAZY = {"BackboneStack": "atlas.stacks.platform_events.backbone",
         "EventsKafkaStack": "atlas.stacks.platform_events.kafka"}


__getattr__ = lazy(__name__, _LAZY)


derived_names = lazy_names("atlas.stacks.platform_events.names")


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
