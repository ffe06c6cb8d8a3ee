"""The data lake: layers x classifications, each pair its own bucket and Glue database.

MNPI (material non-public information) and public data never share a bucket, a KMS key or
a Glue database: a grant on one can then never leak the other, and an auditor can read the
separation off the resource names. Every layer (raw -> curated -> analytics) has one of
each classification, so access tiers are expressed as "these layers, with or without MNPI".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from cdktf_cdktf_provider_aws.glue_catalog_database import GlueCatalogDatabase

from atlas.cdk import Construct
from atlas.constructs.kms import EncryptionKey, EncryptionKeyProps


@dataclass(frozen=True, kw_only=True)
class DataLakeProps:
    name: str
    account_id: str
    region: str
    layers: Sequence[str] = ("raw", "curated", "analytics")
    classifications: Sequence[str] = ("mnpi", "public")
    # Services that write into the lake with the classification keys on the account's
    # behalf (CloudTrail does not; S3 uses the key through the caller's grant).
    key_service_principals: Sequence[str] = ()


@dataclass(frozen=True)
class LakeArea:
    """One layer of one classification: bucket name and Glue database."""

    layer: str
    classification: str
    bucket_name: str
    database_name: str

    @property
    def key(self) -> str:
        return f"{self.layer}-{self.classification}"


class DataLake(Construct):
    """A KMS key per classification and a Glue database per layer and classification.

    Bucket names are fixed here (``<name>-<layer>-<classification>-<account>``; the account
    suffix keeps the global S3 namespace collision-free), so Glue locations, IAM policies
    and the buckets themselves all agree on one name.
    """

    def __init__(self, scope: Construct, construct_id: str, props: DataLakeProps) -> None:
        super().__init__(scope, construct_id)
        self.props = props
        self.keys: dict[str, EncryptionKey] = {}
        for classification in props.classifications:
            self.keys[classification] = EncryptionKey(self, f"{classification}_key", EncryptionKeyProps(
                alias=f"{props.name}-lake-{classification}",
                description=f"{props.name} data lake, {classification} classification",
                account_id=props.account_id, region=props.region,
                service_principals=tuple(props.key_service_principals)))
        self.areas: dict[str, LakeArea] = {}
        self.databases: dict[str, GlueCatalogDatabase] = {}
        for layer in props.layers:
            for classification in props.classifications:
                area = LakeArea(layer, classification,
                                bucket_name=f"{props.name}-{layer}-{classification}-{props.account_id}",
                                # Glue (and Athena) names allow only lowercase, digits, underscore.
                                database_name=f"{props.name}_{layer}_{classification}".replace("-", "_"))
                self.areas[area.key] = area
                self.databases[area.key] = GlueCatalogDatabase(
                    self, f"{layer}_{classification}_database", name=area.database_name,
                    catalog_id=props.account_id,
                    description=f"{layer} layer, {classification} data",
                    location_uri=f"s3://{area.bucket_name}/")

    def key_arn(self, classification: str) -> str:
        return self.keys[classification].arn
