"""The credential rules (atlas.rules.secrets): each fails on a crafted bad root and passes its
fixed form; the real Kraken infra root is the fixed form of the SCRAM association."""

from __future__ import annotations

import json

from atlas.rules.base import RULES

GOOD_TERRAFORM = {"terraform": {"required_version": ">= 1.11"}}


def check(name: str, doc: dict) -> list[tuple[str, str]]:
    return list(RULES[name](doc))


def test_a_secret_read_by_a_data_source_is_refused():
    bad = {**GOOD_TERRAFORM, "data": {"aws_secretsmanager_secret_version": {
        "admin_scram_secret": {"secret_id": "AmazonMSK_kraken-dev_admin"}}}}
    (finding,) = check("secret_reads_stay_out_of_state", bad)
    assert finding[0] == "data.aws_secretsmanager_secret_version.admin_scram_secret"
    assert "ephemeral aws_secretsmanager_secret_version" in finding[1]
    good = {**GOOD_TERRAFORM, "ephemeral": {"aws_secretsmanager_secret_version": {
        "admin_scram_secret": {"secret_id": "AmazonMSK_kraken-dev_admin"}}}}
    assert check("secret_reads_stay_out_of_state", good) == []


def _association_root(version: dict | None, depends_on: list[str] | None) -> dict:
    resource = {
        "aws_secretsmanager_secret": {"admin": {"name": "AmazonMSK_c_admin"}},
        "aws_msk_scram_secret_association": {"scram": {
            "cluster_arn": "${aws_msk_cluster.c.arn}", "secret_arn_list": ["${aws_secretsmanager_secret.admin.arn}"],
            **({"depends_on": depends_on} if depends_on is not None else {})}},
    }
    if version is not None:
        resource["aws_secretsmanager_secret_version"] = {"admin_seed": {
            "secret_id": "${aws_secretsmanager_secret.admin.id}", **version}}
    return {**GOOD_TERRAFORM, "resource": resource}


WRITE_ONLY = {"secret_string_wo": "${jsonencode({\"password\" = ephemeral.aws_secretsmanager_random_password.p"
                                  ".random_password, \"username\" = \"admin\"})}", "secret_string_wo_version": 1}


def test_a_scram_secret_seeded_with_an_empty_password_is_refused():
    """The broken version this rule was written for: seeded empty, associated in the same apply."""
    seeded = {"secret_string": '{"password":"","username":"admin"}'}
    (finding,) = check("msk_scram_secrets_have_passwords", _association_root(seeded, None))
    assert finding[0] == "aws_msk_scram_secret_association.scram" and "GeneratedSecret" in finding[1]
    (finding,) = check("msk_scram_secrets_have_passwords", _association_root(None, None))
    assert "no generated password" in finding[1]


def test_a_scram_association_that_does_not_wait_for_the_password_is_refused():
    (finding,) = check("msk_scram_secrets_have_passwords", _association_root(WRITE_ONLY, None))
    assert "does not wait for aws_secretsmanager_secret_version.admin_seed" in finding[1]
    good = _association_root(WRITE_ONLY, ["aws_secretsmanager_secret_version.admin_seed"])
    assert check("msk_scram_secrets_have_passwords", good) == []


def test_a_secret_of_another_root_is_not_judged_here():
    doc = {**GOOD_TERRAFORM, "resource": {"aws_msk_scram_secret_association": {"scram": {
        "cluster_arn": "arn", "secret_arn_list": ["${data.terraform_remote_state.infra.outputs.arn}"]}}}}
    assert check("msk_scram_secrets_have_passwords", doc) == []


def test_the_kraken_infra_roots_are_the_fixed_form(synthesized):
    for env in ("dev", "prod"):
        doc = synthesized.doc(f"kraken-{env}-infra")
        assert doc["resource"]["aws_msk_scram_secret_association"]
        assert check("msk_scram_secrets_have_passwords", doc) == []
        assert check("secret_reads_stay_out_of_state", synthesized.doc(f"kraken-{env}-kafka")) == []


# -- connect_secret_placeholders ------------------------------------------------------------------

def _connector_root(value: str, **locals_) -> dict:
    return {**GOOD_TERRAFORM, **({"locals": locals_} if locals_ else {}), "resource": {"aws_mskconnect_connector": {
        "debezium": {"connector_configuration": {"database.password": value, "tasks.max": "1"}}}}}


def test_a_placeholder_naming_its_secret_by_arn_is_refused():
    """The broken version of the review: the placeholder joined around the secret's ARN, in a local."""
    joined = '${join("", ["$", "{secretsmanager:", data.terraform_remote_state.infra.outputs.database_master_secret_arn, ":password}"])}'
    (finding,) = check("connect_secret_placeholders", _connector_root("${local.ref}", ref=joined))
    assert finding[0] == "aws_mskconnect_connector.debezium" and "by ARN" in finding[1]
    literal = "$${secretsmanager:arn:aws:secretsmanager:eu-west-1:1:secret:db-Ab12Cd:password}"
    assert len(check("connect_secret_placeholders", _connector_root(literal))) == 1
    formatted = '${format("$${secretsmanager:%s:password}", aws_secretsmanager_secret.db.arn)}'
    assert len(check("connect_secret_placeholders", _connector_root(formatted))) == 1


def test_a_placeholder_naming_its_secret_by_name_passes():
    for good in ('${format("$${secretsmanager:%s:password}", local.database_secret_name)}',
                 "$${secretsmanager:kraken-dev/debezium:password}",
                 '${format("$${secretsmanager:%s:password}", aws_secretsmanager_secret.db.name)}'):
        assert check("connect_secret_placeholders", _connector_root(good)) == [], good


def test_the_kraken_debezium_connectors_name_their_secret(synthesized):
    for env in ("dev", "prod"):
        doc = synthesized.doc(f"kraken-{env}-data-plane")
        config = doc["resource"]["aws_mskconnect_connector"]["debezium_connector"]["connector_configuration"]
        assert config["database.password"] == f"$${{secretsmanager:kraken-{env}/cdc-user:password}}"
        assert check("connect_secret_placeholders", doc) == []
        assert check("connector_login_does_not_rotate", doc) == []


def test_a_connector_logging_in_with_a_secret_it_does_not_write_is_refused(synthesized):
    """The broken version: Debezium read the RDS-managed master secret (a name derived from
    infra's output), whose password rotates under it."""
    import copy

    doc = copy.deepcopy(synthesized.doc("kraken-dev-data-plane"))
    config = doc["resource"]["aws_mskconnect_connector"]["debezium_connector"]["connector_configuration"]
    config["database.password"] = '${format("$${secretsmanager:%s:password}", local.database_secret_name)}'
    (finding,) = check("connector_login_does_not_rotate", doc)
    assert "rotates every 7 days" in finding[1]
    config["database.password"] = "$${secretsmanager:kraken-dev/cdc-user:password}"
    del doc["resource"]["aws_secretsmanager_secret_version"]  # created, but nothing writes its value
    assert len(check("connector_login_does_not_rotate", doc)) == 1


# -- secrets_have_values ---------------------------------------------------------------------------

def test_a_secret_created_without_a_value_is_refused():
    """The broken form this rule was written for: platform events' workload secrets were
    created with no version and nothing said who writes them."""
    empty = {**GOOD_TERRAFORM, "resource": {"aws_secretsmanager_secret": {"gw": {"name": "pe/gw/credentials"}}}}
    (finding,) = check("secrets_have_values", empty)
    assert finding[0] == "aws_secretsmanager_secret.gw"
    assert "GeneratedSecret" in finding[1] and "HandedOffSecret" in finding[1]
    written = {**GOOD_TERRAFORM, "resource": {**empty["resource"], "aws_secretsmanager_secret_version": {
        "gw_seed": {"secret_id": "${aws_secretsmanager_secret.gw.id}", **WRITE_ONLY}}}}
    assert check("secrets_have_values", written) == []
    handed_off = {**GOOD_TERRAFORM, "resource": {"aws_secretsmanager_secret": {"gw": {
        "name": "pe/gw/credentials", "tags": {"value-from": "partner X (onboarding ticket)"}}}}}
    assert check("secrets_have_values", handed_off) == []
    handed_off["resource"]["aws_secretsmanager_secret"]["gw"]["tags"]["value-from"] = " "
    assert len(check("secrets_have_values", handed_off)) == 1  # an empty hand-off names nobody


def test_a_handed_off_secret_says_who_provides_it_and_passes():
    from atlas.constructs.secrets import HandedOffSecret, HandedOffSecretProps
    from tests.helpers import resources, synth_construct

    made = {}

    def build(stack):
        made["secret"] = HandedOffSecret(stack, "partner", HandedOffSecretProps(
            name="pe/partner/api-key", description="Partner X API key",
            kms_key_arn="arn:aws:kms:eu-central-1:666666666666:key/k", provided_by="partner X via the on-call"))

    doc = synth_construct(build)
    (secret,) = resources(doc, "aws_secretsmanager_secret").values()
    assert secret["tags"]["value-from"] == "partner X via the on-call"
    assert "not written by Terraform" in secret["description"]
    assert resources(doc, "aws_secretsmanager_secret_version") == {}
    assert check("secrets_have_values", doc) == []
    assert made["secret"].handoff.startswith("aws secretsmanager put-secret-value --secret-id pe/partner/api-key ")
    import pytest
    with pytest.raises(ValueError, match="who hands the value over"):
        HandedOffSecretProps(name="n", description="d", kms_key_arn="k", provided_by=" ")


def test_every_synthesized_root_gives_its_secrets_values(synthesized):
    for name in synthesized.names:
        assert check("secrets_have_values", synthesized.doc(name)) == [], name
# -- managed_password_not_copied ------------------------------------------------------------------

def _database_root(password: dict, secrets: dict[str, str]) -> dict:
    container = {"name": "camunda", "image": "camunda/camunda-bpm-platform:run-7.22.0",
                 "secrets": [{"name": k, "valueFrom": v} for k, v in secrets.items()]}
    return {**GOOD_TERRAFORM, "resource": {
        "aws_db_instance": {"camunda_db_instance": {"engine": "postgres", **password}},
        "aws_ecs_task_definition": {"camunda_task_definition": {"container_definitions": json.dumps([container])}}}}


COPY = {"DB_URL": "${aws_secretsmanager_secret.camunda_secret_secret.arn}:DB_URL::",
        "DB_PASSWORD": "${aws_secretsmanager_secret.camunda_secret_secret.arn}:DB_PASSWORD::"}


def test_a_copy_of_a_rotating_managed_password_is_refused():
    bad = _database_root({"manage_master_user_password": True}, COPY)
    (finding,) = check("managed_password_not_copied", bad)
    assert finding[0] == "aws_ecs_task_definition.camunda_task_definition[camunda]"
    assert finding[1].startswith("DB_PASSWORD is a copy of a database password while aws_db_instance."
                                 "camunda_db_instance lets RDS rotate its password every 7 days")
    # A DATABASE_URL embeds the password too; a JDBC URL without one (DB_URL) is not a copy.
    url = _database_root({"manage_master_user_password": True},
                         {"DATABASE_URL": "${aws_secretsmanager_secret.d.arn}:DATABASE_URL::", **COPY})
    assert sorted(f[1].split(" ")[0] for f in check("managed_password_not_copied", url)) == \
        ["DATABASE_URL", "DB_PASSWORD"]


def test_a_password_that_does_not_rotate_or_the_managed_secret_itself_is_fine():
    # The same copy with a Terraform-generated (write-only) password that nothing rotates.
    generated = _database_root({"password_wo": "${ephemeral.aws_secretsmanager_random_password.p.random_password}",
                                "password_wo_version": 1}, COPY)
    assert check("managed_password_not_copied", generated) == []
    # Managed, read from the instance's own secret at every task start (no copy).
    own = _database_root({"manage_master_user_password": True}, {
        "DB_PASSWORD": "${aws_db_instance.camunda_db_instance.master_user_secret[0].secret_arn}:password::"})
    assert check("managed_password_not_copied", own) == []
    # Other secrets (a Kafka SCRAM password) are not database credentials.
    kafka = _database_root({"manage_master_user_password": True},
                           {"KAFKA_SASL_PASSWORD": "${aws_secretsmanager_secret.scram.arn}:password::"})
    assert check("managed_password_not_copied", kafka) == []
