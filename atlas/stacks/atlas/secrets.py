"""The Atlas services' runtime secrets, seeded with what the documents' secret templates seed.

Terraform seeds them once; operators own them afterwards (see ``SeededSecret``). ECS injects
only the keys a task definition lists, so every key a service is documented to read is
listed here (``DOCUMENTED_KEYS``), seeded empty when operators own its value; keys beyond
those go in ``services.<svc>.secret_keys``. ``atlas.rules.secrets.runtime_secret_keys``
checks that every key a task reads is in the secret's seed.
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

# What each service reads from its runtime secret whose value operators own (seeded empty).
# Camunda's run image takes its datasource from DB_URL / DB_USERNAME / DB_PASSWORD: its
# camunda.sh overwrites SPRING_DATASOURCE_* from them (atlas.rules.images), so those are
# the names; the JDBC driver is a fact of the engine and comes from the task environment.
# With a generated database password, DB_USERNAME / DB_PASSWORD come from the database's
# own secret instead (``camunda_keys``, ``CAMUNDA_CREDENTIALS``).
DOCUMENTED_KEYS: dict[str, tuple[str, ...]] = {
    "events": (),
    "scoring": (),
    # The documents: DATABASE_URL is the dashboard's own; SCORING_BASE_URL may be added on
    # the AWS side (so it is listed even when Terraform does not seed its value).
    "dashboard": ("DATABASE_URL", "REDIS_URL", "SCORING_BASE_URL"),
    "camunda": ("DB_URL", "DB_USERNAME", "DB_PASSWORD"),
}
CAMUNDA_ENVIRONMENT = {"DB_DRIVER": "org.postgresql.Driver"}


def seeded_secret(scope: Construct, key: str, name: str, data_key: EncryptionKey, description: str,
                  seed: dict[str, str], operator_keys: Sequence[str] = ()) -> SeededSecret:
    # Keys operators own are seeded empty so ECS can inject them from the first deployment.
    return SeededSecret(scope, f"{key}_secret", SeededSecretProps(
        name=name, description=description, kms_key_arn=data_key.arn,
        seed={**{k: "" for k in operator_keys}, **seed}))


# Camunda's credentials when Terraform generates its database password: read from the
# database's own secret (``kit.master_secret``), so no copy exists to fall out of date.
CAMUNDA_CREDENTIALS = {"DB_USERNAME": "username", "DB_PASSWORD": "password"}


def camunda_keys(s: AtlasSettings) -> tuple[str, ...]:
    """The keys of Camunda's runtime secret: DB_URL always; the credentials unless they come
    from the generated master secret."""
    generated = s.camunda_db.master_password_mode == "generated"
    return tuple(k for k in DOCUMENTED_KEYS["camunda"] if not (generated and k in CAMUNDA_CREDENTIALS))


def runtime_secrets(scope: Construct, s: AtlasSettings, bootstrap_brokers: str,
                    data_key: EncryptionKey) -> dict[str, SeededSecret]:
    """The services' runtime secrets, seeded with what the documents' templates seed."""
    k, svc, prefix = s.kafka, s.services, s.name_prefix
    kafka = {"KAFKA_SASL_MECHANISM": kafka_ui.SASL_MECHANISM, "KAFKA_BROKERS": bootstrap_brokers}
    login = s.kafka_ui_access.oauth2 if s.kafka_ui_access else None
    ui = {"kafka_ui": seeded_secret(scope, "kafka_ui", f"{prefix}/kafka-ui", data_key,
                                    "Kafka UI login: the OAuth client secret (set by operators)", {},
                                    (kafka_ui.oauth2_secret_key(login.registration), *svc.kafka_ui.secret_keys))
          } if login else {}
    return {**ui,
        "events": seeded_secret(scope, "events", f"{prefix}/events-ingestion", data_key,
                                "Events ingestion runtime configuration",
                                {"KAFKA_EVENTS_TOPIC": k.events_topic, "KAFKA_DLQ_TOPIC": k.events_dlq_topic, **kafka},
                                (*DOCUMENTED_KEYS["events"], *svc.events_ingestion.secret_keys)),
        "scoring": seeded_secret(scope, "scoring", f"{prefix}/scoring", data_key,
                                 "Scoring runtime configuration (producer only)",
                                 {"KAFKA_OUTPUT_TOPIC": k.scoring_output_topic, "KAFKA_DLQ_TOPIC": k.scoring_dlq_topic,
                                  **kafka, "CAMUNDA_BASE_URL": f"http://{CAMUNDA_DNS}:{svc.camunda.port}/engine-rest"},
                                 (*DOCUMENTED_KEYS["scoring"], *svc.scoring.secret_keys)),
        # The dashboard runtime owns its broker, topic and database settings; the broker
        # string and mechanism are seeded like the other Kafka clients'.
        "dashboard": seeded_secret(scope, "dashboard", f"{prefix}/dashboard-backend", data_key,
                                   "Dashboard backend runtime configuration",
                                   {**kafka, **({"SCORING_BASE_URL": f"http://{SCORING_DNS}:{svc.scoring.port}"}
                                                if s.dashboard_scoring_base_url_enabled else {})},
                                   (*DOCUMENTED_KEYS["dashboard"], *svc.dashboard_backend.secret_keys)),
        "camunda": seeded_secret(scope, "camunda", f"{prefix}/camunda", data_key,
                                 "Camunda runtime configuration (JDBC URL and credentials: DB_URL, DB_USERNAME, "
                                 "DB_PASSWORD, read by the image's camunda.sh)", {},
                                 (*camunda_keys(s), *svc.camunda.secret_keys)),
    }
