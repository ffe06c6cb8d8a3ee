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
from atlas.stacks.kraken.names import roots_of
from atlas.stacks.registry import Platform, RootSpec, lazy, lazy_names

# Each composition (and the AWS bindings it imports) is imported when its root is built, not
# when the platform is registered: a Spacelift stack synthesizing one root imports only what
# that root uses.
_LAZY = {"KrakenInfraStack": "atlas.stacks.kraken.infra", "KrakenKafkaStack": "atlas.stacks.kraken.kafka",
         "KrakenDataPlaneStack": "atlas.stacks.kraken.data_plane"}


__getattr__ = lazy(__name__, _LAZY)


derived_names = lazy_names("atlas.stacks.kraken.names")


def roots(env: str, settings: KrakenSettings) -> list[RootSpec]:
    infra, kafka, data_plane = roots_of(env)
    return [
        RootSpec(infra, lambda app, local: __getattr__("KrakenInfraStack")(app, infra, settings, local_backend=local)),
        RootSpec(kafka, lambda app, local: __getattr__("KrakenKafkaStack")(
            app, kafka, settings, infra=infra, local_backend=local)),
        RootSpec(data_plane, lambda app, local: __getattr__("KrakenDataPlaneStack")(
            app, data_plane, settings, infra=infra, kafka=kafka, local_backend=local)),
    ]


PLATFORM = Platform(name="kraken", settings=KrakenSettings, roots=roots, names=derived_names)
