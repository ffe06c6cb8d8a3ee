"""The Atlas services' runtime secrets, seeded with what the documents' secret templates seed.

Terraform seeds them once; operators own them afterwards (see ``SeededSecret``), and the
keys they add later are listed in ``services.<svc>.secret_keys`` so ECS injects them.
"""

from __future__ import annotations

from typing import Sequence

from atlas.cdk import Construct
from atlas.config.atlas import AtlasSettings
from atlas.constructs import kafka_ui
from atlas.constructs.kms import EncryptionKey
from atlas.constructs.secrets import SeededSecret, SeededSecretProps

# Service Connect names the documents fix (http://scoring:8083, http://camunda:8080).
SCORING_DNS = "scoring"
CAMUNDA_DNS = "camunda"


def seeded_secret(scope: Construct, key: str, name: str, data_key: EncryptionKey, description: str,
                  seed: dict[str, str], operator_keys: Sequence[str] = ()) -> SeededSecret:
    # Keys operators own are seeded empty so ECS can inject them from the first deployment.
    return SeededSecret(scope, f"{key}_secret", SeededSecretProps(
        name=name, description=description, kms_key_arn=data_key.arn,
        seed={**{k: "" for k in operator_keys}, **seed}))


def runtime_secrets(scope: Construct, s: AtlasSettings, bootstrap_brokers: str,
                    data_key: EncryptionKey) -> dict[str, SeededSecret]:
    """The services' runtime secrets, seeded with what the documents' templates seed."""
    k, svc, prefix = s.kafka, s.services, s.name_prefix
    kafka = {"KAFKA_SASL_MECHANISM": kafka_ui.SASL_MECHANISM, "KAFKA_BROKERS": bootstrap_brokers}
    return {
        "events": seeded_secret(scope, "events", f"{prefix}/events-ingestion", data_key,
                                "Events ingestion runtime configuration",
                                {"KAFKA_EVENTS_TOPIC": k.events_topic, "KAFKA_DLQ_TOPIC": k.events_dlq_topic, **kafka},
                                svc.events_ingestion.secret_keys),
        "scoring": seeded_secret(scope, "scoring", f"{prefix}/scoring", data_key,
                                 "Scoring runtime configuration (producer only)",
                                 {"KAFKA_OUTPUT_TOPIC": k.scoring_output_topic, "KAFKA_DLQ_TOPIC": k.scoring_dlq_topic,
                                  **kafka, "CAMUNDA_BASE_URL": f"http://{CAMUNDA_DNS}:{svc.camunda.port}/engine-rest"},
                                 svc.scoring.secret_keys),
        # The dashboard runtime owns its broker, topic and database settings.
        "dashboard": seeded_secret(scope, "dashboard", f"{prefix}/dashboard-backend", data_key,
                                   "Dashboard backend runtime configuration",
                                   {"SCORING_BASE_URL": f"http://{SCORING_DNS}:{svc.scoring.port}"}
                                   if s.dashboard_scoring_base_url_enabled else {},
                                   svc.dashboard_backend.secret_keys),
        "camunda": seeded_secret(scope, "camunda", f"{prefix}/camunda", data_key,
                                 "Camunda runtime configuration (JDBC settings)", {}, svc.camunda.secret_keys),
    }
