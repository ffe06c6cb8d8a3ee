"""Atlas: one root per environment (staging, staging2, prod)."""

from __future__ import annotations

from atlas.cdk import Construct
from atlas.config.atlas import AtlasSettings
from atlas.constructs.kms import EncryptionKey, EncryptionKeyProps
from atlas.constructs.network import Network, NetworkProps
from atlas.stacks.base import PlatformStack
from atlas.stacks.registry import Platform, RootSpec
from atlas.state import RootId


class AtlasStack(PlatformStack):
    def __init__(self, scope: Construct, root: RootId, settings: AtlasSettings, *, local_backend: bool) -> None:
        super().__init__(scope, root, settings, local_backend=local_backend)
        prefix = settings.name_prefix
        logs_key = EncryptionKey(self, "logs_key", EncryptionKeyProps(
            alias=f"{prefix}-logs", description=f"{prefix} CloudWatch Logs encryption",
            account_id=settings.account_id, region=settings.region, service_principals=("logs",)))
        net = settings.network
        self.network = Network(self, "network", NetworkProps(
            name=prefix, cidr=net.cidr, availability_zones=net.availability_zones,
            public_subnet_cidrs=net.public_subnet_cidrs, private_subnet_cidrs=net.private_subnet_cidrs,
            region=settings.region, account_id=settings.account_id, log_kms_key_arn=logs_key.arn,
            single_nat_gateway=net.single_nat_gateway, flow_log_retention_days=net.flow_log_retention_days))
        self.publish("vpc_id", self.network.vpc_id, description="The Atlas VPC.", example="vpc-0a1b2c3d4e5f60718")
        self.publish("private_subnet_ids", self.network.private_subnet_ids,
                     description="Private subnets, one per availability zone.",
                     example=["subnet-0a1b2c3d4e5f60718", "subnet-0a1b2c3d4e5f60719"])


def roots(env: str, settings: AtlasSettings) -> list[RootSpec]:
    root = RootId("atlas", env)
    return [RootSpec(root, lambda app, local: AtlasStack(app, root, settings, local_backend=local))]


PLATFORM = Platform(name="atlas", settings=AtlasSettings, roots=roots)
