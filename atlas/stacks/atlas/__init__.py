"""Atlas: one root per environment (staging, staging2, prod).

Each root holds one workload plane: an internet-facing ALB with host-header routing, an ECS
cluster with five Fargate services (events ingestion, dashboard backend, scoring, Kafka UI,
Camunda), their runtime secrets, two PostgreSQL instances, a cache, alarms and a budget.
An environment that owns its cluster (staging, prod) also builds the VPC and the MSK
cluster and publishes them; a sharing environment (staging2, ``msk_shared_from``) reads
them from the owner's state instead.

Why staging2 runs inside the staging VPC rather than a VPC of its own: MSK brokers (9098)
are reachable only from inside the cluster's VPC unless peering, a transit gateway or MSK
multi-VPC connectivity is added. Sharing the VPC keeps staging2 reachable with no extra
network, and its ingress rules on the staging MSK security group can name staging2's own
security groups instead of a CIDR. Those rules are staging2 resources: destroying staging2
removes them, and staging never needs to know staging2 exists.
"""

from __future__ import annotations

from atlas.config.atlas import AtlasSettings, cross_checks
from atlas.stacks.registry import Platform, RootSpec, lazy, lazy_names
from atlas.state import RootId

# The composition (and the AWS bindings it imports) is imported when a root is built, not
# when the platform is registered: a Spacelift stack synthesizing one root of another
# platform never pays for this one's imports.
_LAZY = {"AtlasStack": "atlas.stacks.atlas.root", "AtlasKafkaStack": "atlas.stacks.atlas.kafka"}


__getattr__ = lazy(__name__, _LAZY)


derived_names = lazy_names("atlas.stacks.atlas.names")


def roots(env: str, settings: AtlasSettings) -> list[RootSpec]:
    root, kafka = RootId("atlas", env), RootId("atlas", env, "kafka")
    owner = RootId("atlas", settings.msk_shared_from or env)
    return [RootSpec(root, lambda app, local: __getattr__("AtlasStack")(app, root, settings, local_backend=local)),
            RootSpec(kafka, lambda app, local: __getattr__("AtlasKafkaStack")(app, kafka, settings, owner=owner,
                                                                              local_backend=local))]


PLATFORM = Platform(name="atlas", settings=AtlasSettings, roots=roots, cross_checks=cross_checks, names=derived_names)
