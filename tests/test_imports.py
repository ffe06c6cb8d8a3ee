"""Adopting the live atlas-staging: ``existing_resources`` -> ``import`` blocks whose first plan
imports and replaces nothing (JSON level; no AWS account is reachable here).

The fixture ``tests/fixtures/atlas-staging-existing.tfvars`` holds invented, shape-valid ids of
every resource of atlas-staging and atlas-staging-kafka (task definitions aside); it is
appended to a copy of the real ``environments/atlas/staging.tfvars``.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from atlas import rules
from atlas.rules.imports import FORCE_NEW, GENERATED, IMPORT_IDS, check_import_ids, imported_name
from tests.conftest import ENVIRONMENTS

FIXTURE = Path(__file__).parent / "fixtures" / "atlas-staging-existing.tfvars"
ROOTS = ("atlas-staging", "atlas-staging-kafka")


# The adoption keeps the live databases' passwords (a "generated" one would change them, which
# the settings refuse next to existing_resources): Camunda's from the secret it reads today,
# the dashboard's from the RDS-managed secret it has today.
LIVE_PASSWORDS = (
    ('  master_password_mode = "generated"\n',
     '  master_password_mode = "static"\n  password_secret = "poc-atlas-dev/camunda"\n  password_key = "DB_PASSWORD"\n'),
    ('  database_name            = "dashboard"\n',
     '  database_name            = "dashboard"\n  master_password_mode = "adopt_managed"\n  password_secret = '
     '"arn:aws:secretsmanager:eu-west-1:111111111111:secret:rds!db-0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d-AbCdEf"\n'),
)


def _keep_live_passwords(text: str) -> str:
    for old, new in LIVE_PASSWORDS:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


def _synth(tmp: Path, edit=lambda text: text, fixture=lambda text: text,
           passwords=_keep_live_passwords) -> tuple[int, dict[str, dict], dict]:
    import main

    envs = tmp / "environments"
    shutil.copytree(ENVIRONMENTS, envs)
    path = envs / "atlas" / "staging.tfvars"
    path.write_text(edit(passwords(path.read_text())) + "\n" + fixture(FIXTURE.read_text()))
    out = tmp / "out"
    code = main.main(["--environments", str(envs), "--out", str(out), "--quiet", *ROOTS])
    if code != 0:
        return code, {}, {}
    docs = {r: json.loads((out / "stacks" / r / "cdk.tf.json").read_text()) for r in ROOTS}
    return code, docs, json.loads((out / "roots.json").read_text())


@pytest.fixture(scope="module")
def adopted(tmp_path_factory):
    code, docs, manifest = _synth(tmp_path_factory.mktemp("adopted"))
    assert code == 0
    return docs, manifest


def _imports(doc: dict) -> dict[str, str]:
    return {b["to"]: b["id"] for b in doc.get("import", [])}


def _addresses(doc: dict) -> set[str]:
    return {f"{t}.{n}" for t, items in doc.get("resource", {}).items() for n in items}


def test_the_shipped_files_import_nothing(synthesized):
    """The shipped staging.tfvars applies to an empty account: no import block anywhere, and
    the MSK rollout step stays (the example ids are a commented block)."""
    for name in synthesized.names:
        assert "import" not in synthesized.doc(name), name
    assert "# existing_resources = {" in (ENVIRONMENTS / "atlas" / "staging.tfvars").read_text()


def test_every_import_targets_an_address_of_its_root(adopted):
    docs, _ = adopted
    staging, kafka = _imports(docs["atlas-staging"]), _imports(docs["atlas-staging-kafka"])
    assert staging and set(staging) <= _addresses(docs["atlas-staging"])
    # The topics go to the kafka root, everything else to the workload root.
    assert set(kafka) == _addresses(docs["atlas-staging-kafka"]) == {
        "kafka_topic.topic_events", "kafka_topic.topic_events_dlq", "kafka_topic.topic_scoring_dlq",
        "kafka_topic.topic_scoring_output"}
    assert kafka["kafka_topic.topic_events"] == "atlas.events.raw"
    assert not [a for a in staging if a.startswith("kafka_")]
    # Everything but the task definitions (a new revision is what a deployment registers).
    assert _addresses(docs["atlas-staging"]) - set(staging) == {
        a for a in _addresses(docs["atlas-staging"]) if a.startswith("aws_ecs_task_definition.")}


def test_no_import_is_replaced(adopted):
    """The rule over the adopted roots: no generated names, every replacing argument a literal
    or computed from imported resources, and every name in an id the root's name."""
    docs, _ = adopted
    assert [str(v) for v in rules.run(docs)] == []
    for root, doc in docs.items():
        bodies = {f"{t}.{n}": b for t, items in doc["resource"].items() for n, b in items.items()}
        for to, import_id in _imports(doc).items():
            rtype, body = to.split(".")[0], bodies[to]
            assert not set(GENERATED) & set(body), to
            shape = IMPORT_IDS[rtype]
            if shape.name_argument:
                # The names that force replacement are the existing poc-atlas-dev names (an
                # inline policy's name is scoped by its role's).
                assert body[shape.name_argument] == imported_name(rtype, import_id), to
                assert "poc-atlas-dev" in import_id or rtype == "kafka_topic", to


def test_an_adopted_msk_cluster_skips_the_create_step(adopted):
    """The rollout step exists for the cluster's creation; an imported cluster exists, so the
    hook must never apply step 1 (public access off) to the live cluster."""
    docs, manifest = adopted
    assert "aws_msk_cluster.msk_cluster" in _imports(docs["atlas-staging"])
    entry = next(r for r in manifest["roots"] if r["name"] == "atlas-staging")
    assert entry["rollout"] == []
    cluster = docs["atlas-staging"]["resource"]["aws_msk_cluster"]["msk_cluster"]
    public = cluster["broker_node_group_info"]["connectivity_info"]["public_access"]["type"]
    assert "var.rollout_step" in public and '"SERVICE_PROVIDED_EIPS"' in public  # the default: steady


def test_a_new_prefix_on_an_adopted_environment_is_refused(tmp_path, capsys):
    """Renaming the live environment's prefix replaces every named resource it adopts."""
    code, _, _ = _synth(tmp_path, edit=lambda t: t.replace('name_prefix = "poc-atlas-dev"', 'name_prefix = "atlas-stg"'))
    assert code == 2
    err = capsys.readouterr().err
    assert ('atlas-staging: aws_db_instance.dashboard_db_instance: imports_never_replace: is named '
            '"atlas-stg-dashboard" here but the import id names "poc-atlas-dev-dashboard"') in err
    assert "atlas-staging: aws_msk_cluster.msk_cluster: imports_never_replace:" in err


def test_an_import_whose_key_is_created_is_refused(tmp_path, capsys):
    """The databases, cluster, secrets and logs are encrypted with the data key: adopting them
    without the key would create a new key, and a new key id replaces each of them."""
    def drop_key(text: str) -> str:
        return "\n".join(line for line in text.splitlines() if '"aws_kms_key.data_key_key"' not in line)

    code, _, _ = _synth(tmp_path, fixture=drop_key)
    assert code == 2
    err = capsys.readouterr().err
    assert ("atlas-staging: aws_db_instance.dashboard_db_instance: imports_never_replace: is imported but kms_key_id "
            "comes from aws_kms_key.data_key_key, which this plan creates") in err
    assert "atlas-staging: aws_msk_cluster.msk_cluster: imports_never_replace: is imported but " \
           "encryption_info.encryption_at_rest_kms_key_arn comes from aws_kms_key.data_key_key" in err


# -- the id table --------------------------------------------------------------------------

def test_every_resource_type_of_the_atlas_roots_can_be_adopted(synthesized):
    """Any resource of a live environment can be imported: a type missing from the table
    would force the operator to create it beside the live one."""
    types = {t for name in synthesized.names if name.startswith("atlas-")
             for t in synthesized.doc(name).get("resource", {})}
    assert types - set(IMPORT_IDS) == set() and types - set(FORCE_NEW) == set()


def test_import_ids_are_checked_by_shape_account_region_and_twins():
    ids = {"aws_vpc.network_vpc": "vpc-0a1b2c3d4e5f67890", "aws_vpc.other_vpc": "vpc-0a1b2c3d4e5f67890",
           "aws_subnet.a": "sg-0a1b2c3d4e5f67890", "aws_db_instance.db": "poc-atlas-dev-dashboard",
           "aws_s3_bucket.b": "poc-bucket", "aws_s3_bucket_policy.b": "poc-bucket",
           "aws_msk_cluster.msk_cluster": "arn:aws:kafka:us-east-1:111111111111:cluster/poc-atlas-dev-msk/"
                                          "0a1b2c3d-1111-2222-3333-444455556666-2",
           "network_vpc": "vpc-0a1b2c3d4e5f67890"}
    found = dict(check_import_ids(ids, region="eu-west-1", account_id="111111111111"))
    assert set(found) == {"existing_resources.aws_vpc.other_vpc", "existing_resources.aws_subnet.a",
                          "existing_resources.aws_msk_cluster.msk_cluster", "existing_resources.network_vpc"}
    assert found["existing_resources.aws_vpc.other_vpc"].startswith('imports "vpc-0a1b2c3d4e5f67890" like '
                                                                     "aws_vpc.network_vpc")
    assert found["existing_resources.aws_subnet.a"] == ('"sg-0a1b2c3d4e5f67890" is not an import id of aws_subnet; '
                                                         'it looks like "subnet-0a1b2c3d4e5f67890"')
    assert "is in region us-east-1; this environment is in eu-west-1" in found[
        "existing_resources.aws_msk_cluster.msk_cluster"]
    assert "is not a resource address" in found["existing_resources.network_vpc"]


@pytest.mark.slow
def test_terraform_accepts_the_import_blocks(adopted, tmp_path):
    """Terraform itself reads the adopted workload root's import blocks (``validate``: their
    syntax and addresses). Validate does not look for the target in the configuration (only a
    plan does, and a plan reads AWS, unreachable here), which is why the root refuses an
    address it lacks when it is built and the rule checks it again."""
    import subprocess

    from atlas.harness.mirror import find_mirror, write_cli_config
    from atlas.harness.terraform import terraform_env
    from tests.helpers import require_terraform

    binary = require_terraform()
    docs, _ = adopted
    doc = dict(docs["atlas-staging"])
    doc["terraform"] = {k: v for k, v in doc["terraform"].items() if k != "backend"}
    (tmp_path / "cdk.tf.json").write_text(json.dumps(doc))
    env = terraform_env(write_cli_config(tmp_path / "cli.tfrc", find_mirror()))
    for args in (["init", "-backend=false"], ["validate", "-no-color"]):
        proc = subprocess.run([binary, *args], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
        assert proc.returncode == 0, proc.stderr + proc.stdout


def test_a_resource_a_rollout_step_counts_cannot_be_adopted():
    """prod's cluster policy has a count (0 during the create step): an import needs an
    instance key the step may not have, so it is refused on the key."""
    import dataclasses

    from atlas.cdk import Testing
    from atlas.config import load_settings
    from atlas.config.atlas import AtlasSettings
    from atlas.config.errors import UnbuildableSettings
    from atlas.stacks.atlas import roots

    prod = load_settings(ENVIRONMENTS / "atlas" / "prod.tfvars", AtlasSettings)
    arn = "arn:aws:kafka:eu-west-1:222222222222:cluster/atlas-prod-msk/0a1b2c3d-1111-2222-3333-444455556666-2"
    settings = dataclasses.replace(prod, existing_resources={"aws_msk_cluster_policy.msk_policy": arn})
    with pytest.raises(UnbuildableSettings) as refused:
        roots("prod", settings)[0].build(Testing.app(), False)
    (error,) = refused.value.errors
    assert error.key == "existing_resources.aws_msk_cluster_policy.msk_policy"
    assert error.message.startswith("is created by a rollout step")


def test_an_address_the_root_lacks_names_the_valid_ones():
    import dataclasses

    from atlas.cdk import Testing
    from atlas.config import load_settings
    from atlas.config.atlas import AtlasSettings
    from atlas.config.errors import UnbuildableSettings
    from atlas.stacks.atlas import roots

    staging2 = load_settings(ENVIRONMENTS / "atlas" / "staging2.tfvars", AtlasSettings)
    settings = dataclasses.replace(staging2, existing_resources={
        "aws_vpc.network_vpc": "vpc-0a1b2c3d4e5f67890", "aws_ecs_cluster.x": "poc-atlas-dev"})
    with pytest.raises(UnbuildableSettings) as refused:
        roots("staging2", settings)[0].build(Testing.app(), False)
    messages = {e.key: e.message for e in refused.value.errors}
    # staging2 shares staging's VPC: the VPC is imported by staging's file, not here.
    assert messages["existing_resources.aws_vpc.network_vpc"].startswith(
        "is not a resource of the atlas-staging2 root; it has no aws_vpc (")
    assert messages["existing_resources.aws_ecs_cluster.x"].startswith(
        "is not a resource of the atlas-staging2 root; its aws_ecs_cluster resources: aws_ecs_cluster.ecs_cluster (")


def test_an_adopted_database_keeps_its_password(tmp_path, capsys):
    """A "generated" password on an instance existing_resources imports would change the live
    password in the adoption's first apply: refused, naming the setting and the fix."""
    code, _, _ = _synth(tmp_path, passwords=lambda text: text)
    err = capsys.readouterr().err
    assert code == 2
    assert 'camunda_db.master_password_mode: "generated" would give the live instance' in err
    assert 'dashboard_db.master_password_mode: "generated" would give the live instance' in err
    assert '"static" with password_secret' in err and "Traceback" not in err
