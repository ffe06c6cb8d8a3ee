"""AWS Glue Schema Registry: a registry per environment and its schemas, from contracts.

Glue checks every new version of a schema against the previous one(s) with the schema's
compatibility mode at ``terraform apply`` (an incompatible change fails the apply, so the
pipeline's apply is the compatibility gate). Readers (a gateway validating before it
publishes, a consumer deserializing) get read-only grants on exactly this registry.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Sequence

from cdktf_cdktf_provider_aws.glue_registry import GlueRegistry
from cdktf_cdktf_provider_aws.glue_schema import GlueSchema

from atlas.cdk import Construct
from atlas.constructs.iam import Statement


class SchemaRegistry(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, name: str, description: str, region: str,
                 account_id: str) -> None:
        super().__init__(scope, construct_id)
        self.registry = GlueRegistry(self, "registry", registry_name=name, description=description)
        self.arn: str = self.registry.arn
        self.name = name
        # Schema ARNs are arn:aws:glue:<region>:<account>:schema/<registry>/<schema>.
        self.schema_arn_prefix = f"arn:aws:glue:{region}:{account_id}:schema/{name}"

    def reader_statements(self, schemas: Sequence[str], sid: str = "SchemaRegistryRead") -> list[Statement]:
        """Read the named schemas (the Glue SerDe's lookups by name and by definition). A
        lookup by schema version id names no schema, so AWS allows no narrower resource than
        "*" for it; everything else is scoped to this registry's named schemas."""
        return [
            Statement(sid=sid, actions=["glue:GetRegistry", "glue:GetSchema", "glue:GetSchemaByDefinition",
                                        "glue:GetSchemaVersion", "glue:ListSchemaVersions"],
                      resources=[self.arn, *(f"{self.schema_arn_prefix}/{s}" for s in schemas)]),
            Statement(sid=f"{sid}ById", actions=["glue:GetSchemaVersion"], resources=["*"]),
        ]


@dataclass(frozen=True, kw_only=True)
class SchemaSpec:
    name: str
    data_format: Literal["AVRO", "JSON", "PROTOBUF"]
    definition: str
    compatibility: Literal["NONE", "DISABLED", "BACKWARD", "BACKWARD_ALL", "FORWARD", "FORWARD_ALL", "FULL", "FULL_ALL"]
    description: str = ""


class RegisteredSchemas(Construct):
    """One ``aws_glue_schema`` per spec in the registry ``registry_arn`` (of another root)."""

    def __init__(self, scope: Construct, construct_id: str, *, registry_arn: str, schemas: Sequence[SchemaSpec]) -> None:
        super().__init__(scope, construct_id)
        self.schemas: dict[str, GlueSchema] = {}
        for spec in schemas:
            if spec.name in self.schemas:
                raise ValueError(f"schema {spec.name} is declared twice")
            self.schemas[spec.name] = GlueSchema(
                self, spec.name.replace(".", "_").replace("-", "_"), registry_arn=registry_arn, schema_name=spec.name,
                data_format=spec.data_format, compatibility=spec.compatibility, schema_definition=spec.definition,
                description=spec.description or None)
