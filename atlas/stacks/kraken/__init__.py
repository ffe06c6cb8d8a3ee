"""Kraken: three roots per environment, applied in this order (Spacelift stack dependencies
or plain ``terraform`` in order; see ``python main.py --list``):

1. ``kraken-<env>-infra`` (``infra.py``): network, data lake, database, MSK; publishes ``InfraOutputs``.
2. ``kraken-<env>-kafka`` (``kafka.py``): topics and ACLs; reads infra, publishes ``KafkaOutputs``.
3. ``kraken-<env>-data-plane`` (``data_plane.py``): MSK Connect, operator services, Athena and access tiers.

Downstream roots read upstream ones only through remote state; nothing is copied, and the
order above follows from those reads.
"""

from __future__ import annotations

from atlas.config.kraken import KrakenSettings
from atlas.stacks.kraken.data_plane import KrakenDataPlaneStack
from atlas.stacks.kraken.infra import KrakenInfraStack
from atlas.stacks.kraken.kafka import KrakenKafkaStack
from atlas.stacks.kraken.names import derived_names, roots_of
from atlas.stacks.registry import Platform, RootSpec


def roots(env: str, settings: KrakenSettings) -> list[RootSpec]:
    infra, kafka, data_plane = roots_of(env)
    return [
        RootSpec(infra, lambda app, local: KrakenInfraStack(app, infra, settings, local_backend=local)),
        RootSpec(kafka, lambda app, local: KrakenKafkaStack(app, kafka, settings, infra=infra, local_backend=local)),
        RootSpec(data_plane, lambda app, local: KrakenDataPlaneStack(
            app, data_plane, settings, infra=infra, kafka=kafka, local_backend=local)),
    ]


PLATFORM = Platform(name="kraken", settings=KrakenSettings, roots=roots, names=derived_names)
