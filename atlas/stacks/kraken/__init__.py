"""Kraken: three roots per environment, applied in this order (Spacelift stack dependencies
or plain ``terraform`` in order; see ``python main.py --list``):

1. ``kraken-<env>-infra`` (``infra.py``): network, data lake, database, MSK; publishes ``InfraOutputs``.
2. ``kraken-<env>-kafka`` (``kafka.py``): topics and ACLs; reads infra, publishes ``KafkaOutputs``.
3. ``kraken-<env>-data-plane`` (``data_plane.py``): MSK Connect, operator services, Athena and access tiers.

Downstream roots read upstream ones only through remote state; nothing is copied, and the
order above follows from those reads.
"""

from __future__ import annotations

import importlib

from atlas.config.kraken import KrakenSettings
from atlas.stacks.kraken.names import roots_of
from atlas.stacks.registry import Platform, RootSpec

# Each composition (and the AWS bindings it imports) is imported when its root is built, not
# when the platform is registered: a Spacelift stack synthesizing one root imports only what
# that root uses.
_LAZY = {"KrakenInfraStack": "atlas.stacks.kraken.infra", "KrakenKafkaStack": "atlas.stacks.kraken.kafka",
         "KrakenDataPlaneStack": "atlas.stacks.kraken.data_plane"}


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")



def derived_names(settings):
    """The names an environment turns into (``Platform.names``). The builders live beside
    the constructs, which import their AWS bindings: imported when validation asks, not
    when the platform is registered."""
    from atlas.stacks.kraken.names import derived_names as names

    return names(settings)


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
