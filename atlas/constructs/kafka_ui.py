"""Kafka UI (kafbat/kafka-ui, formerly provectus): how the image takes its configuration.

The image is a Spring Boot application: it reads its cluster list from environment
variables named ``KAFKA_CLUSTERS_<n>_<PROPERTY>`` (relaxed binding of ``kafka.clusters[n]``),
with Kafka client properties under ``..._PROPERTIES_<KEY>``. The MSK IAM login module and
callback handler ship in the image (``aws-msk-iam-auth``), so IAM over TLS needs no extra
jar; credentials come from the task role through the default AWS credential chain.
"""

from __future__ import annotations

from typing import Sequence

SASL_MECHANISM = "AWS_MSK_IAM"


def oauth2_secret_key(registration: str) -> str:
    """The variable holding the OAuth client secret (``auth.oauth2.client.<id>.clientSecret``)."""
    return f"AUTH_OAUTH2_CLIENT_{registration.upper()}_CLIENTSECRET"


def oauth2_environment(*, registration: str, issuer_uri: str, client_id: str, scope: Sequence[str],
                       user_name_attribute: str) -> dict[str, str]:
    """The UI's own OIDC login (kafbat ui-docs, "OAuth2": ``auth.type: OAUTH2`` and one
    ``auth.oauth2.client.<id>`` with ``issuer-uri`` discovery), as environment variables.
    The ALB ends TLS, so the UI builds its callback URL from X-Forwarded-Proto/Host
    (Spring Boot ``server.forward-headers-strategy``), else it would redirect to http://."""
    prefix = f"AUTH_OAUTH2_CLIENT_{registration.upper()}_"
    return {
        "AUTH_TYPE": "OAUTH2",
        f"{prefix}PROVIDER": registration, f"{prefix}CLIENTNAME": registration, f"{prefix}CLIENTID": client_id,
        f"{prefix}SCOPE": ",".join(scope), f"{prefix}ISSUERURI": issuer_uri,
        f"{prefix}USERNAMEATTRIBUTE": user_name_attribute, f"{prefix}CUSTOMPARAMS_TYPE": "oauth",
        "SERVER_FORWARDHEADERSSTRATEGY": "FRAMEWORK",
    }


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
