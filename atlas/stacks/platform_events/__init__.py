"""Platform events: the event backbone blueprint, two roots per environment.

1. ``platform-events-<env>`` (``backbone.py``): network, MSK (IAM + TLS), the Glue registry,
   the workload roles, Managed Prometheus (and Grafana when switched on), log groups,
   alarms and the workloads' secrets; publishes ``BackboneOutputs``.
2. ``platform-events-<env>-kafka`` (``kafka.py``): the topics and Glue schemas of the
   contract files, through the mongey/kafka provider signed in with IAM; reads the backbone.
"""

from __future__ import annotations

from atlas.config.platform_events import PlatformEventsSettings, cross_checks
from atlas.stacks.platform_events.backbone import BackboneStack
from atlas.stacks.platform_events.kafka import EventsKafkaStack
from atlas.stacks.platform_events.names import PLATFORM as NAME
from atlas.stacks.platform_events.names import derived_names, roots_of
from atlas.stacks.registry import Platform, RootSpec


def roots(env: str, settings: PlatformEventsSettings) -> list[RootSpec]:
    backbone, kafka = roots_of(env)
    return [
        RootSpec(backbone, lambda app, local: BackboneStack(app, backbone, settings, local_backend=local)),
        RootSpec(kafka, lambda app, local: EventsKafkaStack(app, kafka, settings, backbone=backbone,
                                                            local_backend=local)),
    ]


PLATFORM = Platform(name=NAME, settings=PlatformEventsSettings, roots=roots, cross_checks=cross_checks,
                    names=derived_names)
