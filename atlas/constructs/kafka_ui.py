"""Kafka UI (kafbat/kafka-ui, formerly provectus): how the image takes its configuration.

The image is a Spring Boot application: it reads its cluster list from environment
variables named ``KAFKA_CLUSTERS_<n>_<PROPERTY>`` (relaxed binding of ``kafka.clusters[n]``),
with Kafka client properties under ``..._PROPERTIES_<KEY>``. The MSK IAM login module and
callback handler ship in the image (``aws-msk-iam-auth``), so IAM over TLS needs no extra
jar; credentials come from the task role through the default AWS credential chain.
"""

from __future__ import annotations

SASL_MECHANISM = "AWS_MSK_IAM"


def environment(*, cluster_label: str, bootstrap_brokers_iam: str) -> dict[str, str]:
    """One read-only cluster over IAM + TLS; no secret is needed (the task role is the identity)."""
    return {
        "KAFKA_CLUSTERS_0_NAME": cluster_label,
        "KAFKA_CLUSTERS_0_BOOTSTRAPSERVERS": bootstrap_brokers_iam,
        "KAFKA_CLUSTERS_0_READONLY": "true",
        "KAFKA_CLUSTERS_0_PROPERTIES_SECURITY_PROTOCOL": "SASL_SSL",
        "KAFKA_CLUSTERS_0_PROPERTIES_SASL_MECHANISM": SASL_MECHANISM,
        "KAFKA_CLUSTERS_0_PROPERTIES_SASL_JAAS_CONFIG": "software.amazon.msk.auth.iam.IAMLoginModule required;",
        "KAFKA_CLUSTERS_0_PROPERTIES_SASL_CLIENT_CALLBACK_HANDLER_CLASS":
            "software.amazon.msk.auth.iam.IAMClientCallbackHandler",
        # Clusters come from the task definition only; the UI may not add or edit them.
        "DYNAMIC_CONFIG_ENABLED": "false",
    }
