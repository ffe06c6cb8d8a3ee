"""Delivery generated from the app: the root graph, the account bootstrap roots, the
Spacelift files and the pictures (atlas.delivery, atlas.stacks.bootstrap).

Everything here reads the session's one synthesis (``synthesized``); the staleness checks
re-render strings from it, so they cost milliseconds.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from atlas.delivery import graph, pictures, spacelift
from atlas.delivery.generate import from_outdir, stale
from atlas.delivery.rollout_hook import TFVARS, describe, write_step
from atlas.stacks.bootstrap import GLOBAL_SERVICES, SERVICE_OF_TYPE, key_alias, service_of
from tests.conftest import ENVIRONMENTS, ROOT
from tests.helpers import policy, resources


@pytest.fixture(scope="module")
def environments():
    from atlas.app import load_environments

    return load_environments(ENVIRONMENTS)


@pytest.fixture(scope="module")
def settings(environments):
    from atlas.stacks.spacelift import settings_of

    found = settings_of(environments)
    assert found is not None, "environments/spacelift/admin.tfvars is missing"
    return found


def _reads(doc: dict, key_to_root: dict[str, str]) -> set[str]:
    return {key_to_root[b["config"]["key"]] for b in doc.get("data", {}).get("terraform_remote_state", {}).values()}


def test_generated_files_are_committed_and_current(synthesized, environments):
    """.spacelift/, docs/ and root-facts.json are what the app generates (run
    `python -m atlas.delivery` to update)."""
    files = from_outdir(synthesized.outdir, environments)
    assert {".spacelift/config.yml", ".spacelift/workflow.yml", "docs/roots.md", "root-facts.json"} <= set(files)
    assert {f"docs/roots/{n}.md" for n in synthesized.names} <= set(files)
    assert stale(files) == [], "run `python -m atlas.delivery` and commit the result"


def test_the_graph_is_acyclic_and_equals_the_remote_state_reads(synthesized):
    manifest = synthesized.manifest
    key_to_root = {r["state_key"]: r["name"] for r in manifest["roots"]}
    read = {(up, n) for n in synthesized.names for up in _reads(synthesized.doc(n), key_to_root)}
    assert set(graph.edges(manifest["roots"])) == read and read
    order = [e["name"] for e in graph.ordered(manifest["roots"])]
    assert sorted(order) == sorted(synthesized.names)
    assert all(order.index(up) < order.index(down) for up, down in read)
    with pytest.raises(ValueError, match="cycle"):
        graph.ordered([{"name": "a", "depends_on": ["b"]}, {"name": "b", "depends_on": ["a"]}])
    mermaid = graph.mermaid(manifest["roots"])
    assert all(f"{up.replace('-', '_')} -->|remote state| {down.replace('-', '_')}" in mermaid for up, down in read)


def test_every_stack_is_a_root_and_every_root_but_bootstrap_a_stack(synthesized, settings):
    config = spacelift.config(synthesized.manifest, settings)
    assert config["version"] == "2"
    stacks = config["stacks"]
    names = set(synthesized.names)
    assert set(stacks) <= names
    assert set(stacks) == {n for n in names if synthesized.entry(n)["platform"] != "bootstrap"}
    for name, entry in stacks.items():
        assert entry["environment"]["ATLAS_ROOT"] == name and entry["project_root"] == "."
        assert (synthesized.outdir / "stacks" / name / "cdk.tf.json").is_file()
    defaults = config["stack_defaults"]
    assert defaults["terraform_workflow_tool"] == "CUSTOM" and defaults["terraform_version"] >= "1.11"
    assert any('main.py --quiet "$ATLAS_ROOT"' in h for h in defaults["before_init"])
    assert any("rollout_hook" in h for h in defaults["before_plan"])
    assert all('-chdir="cdktf.out/stacks/$ATLAS_ROOT"' in c for c in spacelift.workflow().values())
    private = spacelift.private_roots(synthesized.manifest, {n: synthesized.doc(n) for n in names})
    assert private and all(n.endswith("-kafka") for n in private)


def test_the_yaml_reads_back_as_the_config(synthesized, settings):
    yaml = pytest.importorskip("yaml")
    files = spacelift.files(synthesized.manifest, settings)
    assert yaml.safe_load(files[spacelift.CONFIG]) == json.loads(json.dumps(spacelift.config(synthesized.manifest,
                                                                                            settings)))
    assert yaml.safe_load(files[spacelift.WORKFLOW]) == spacelift.workflow()


def _bootstrap(synthesized) -> dict[str, dict]:
    return {n: synthesized.doc(n) for n in synthesized.names if synthesized.entry(n)["platform"] == "bootstrap"}


def test_one_bootstrap_root_per_account_owns_every_state_bucket_there(synthesized, environments):
    roots = _bootstrap(synthesized)
    accounts = {e.settings.account_id for e in environments}
    assert set(roots) == {f"bootstrap-account-{a}" for a in accounts}
    for env in environments:
        doc = roots[f"bootstrap-account-{env.settings.account_id}"]
        buckets = {b["bucket"]: k for k, b in resources(doc, "aws_s3_bucket").items()}
        assert env.settings.state.bucket in buckets, env.source
        name = buckets[env.settings.state.bucket].removesuffix("_bucket")
        sse = resources(doc, "aws_s3_bucket_server_side_encryption_configuration")[f"{name}_encryption"]
        rule = sse["rule"][0]["apply_server_side_encryption_by_default"]
        assert rule["sse_algorithm"] == "aws:kms" and rule["kms_master_key_id"].startswith("${aws_kms_key.")
        assert resources(doc, "aws_s3_bucket_versioning")[f"{name}_versioning"]["versioning_configuration"][
            "status"] == "Enabled"
        block = resources(doc, "aws_s3_bucket_public_access_block")[f"{name}_public_access_block"]
        assert all(block[k] is True for k in ("block_public_acls", "block_public_policy", "ignore_public_acls",
                                              "restrict_public_buckets"))
        deny = policy(resources(doc, "aws_s3_bucket_policy")[f"{name}_policy"])["Statement"][0]
        assert deny["Effect"] == "Deny" and deny["Condition"] == {"Bool": {"aws:SecureTransport": "false"}}
        assert resources(doc, "aws_s3_bucket_logging")[f"{name}_access_logging"]["target_bucket"].endswith(
            "_access_logs_bucket.bucket}")
        aliases = {a["name"] for a in resources(doc, "aws_kms_alias").values()}
        assert f"alias/{key_alias(env.settings.state.bucket)}" in aliases
        assert doc["terraform"]["backend"]["s3"]["bucket"] in buckets  # it keeps its state in its own bucket


def test_each_deploy_role_is_trusted_by_its_stacks_and_reaches_only_its_roots(synthesized, environments, settings):
    names = synthesized.names
    for root, doc in _bootstrap(synthesized).items():
        account = root.rsplit("-", 1)[1]
        oidc = resources(doc, "aws_iam_openid_connect_provider")["spacelift_oidc"]
        assert oidc["url"] == settings.issuer and oidc["client_id_list"] == [settings.audience]
        for role in resources(doc, "aws_iam_role").values():
            platform = role["name"].removesuffix("-terraform-deploy")
            mine = {n for n in names if synthesized.entry(n)["platform"] == platform
                    and any(e.settings.account_id == account and n.startswith(f"{platform}-{e.name}")
                            for e in environments if e.platform.name == platform)}
            trust = policy(role, "assume_role_policy")["Statement"]
            subjects = trust[0]["Condition"]["StringLike"][f"{settings.host}:sub"]
            assert {s.split(":stack:")[1].removesuffix(":*") for s in subjects} == mine
            allowed = policy(resources(doc, "aws_iam_role_policy")[f"deploy_{platform.replace('-', '_')}_policy"])["Statement"]
            services = {a.split(":")[0] for s in allowed if s["Sid"].startswith("Manage") and s["Effect"] == "Allow"
                        for a in ([s["Action"]] if isinstance(s["Action"], str) else s["Action"])}
            wanted = {service_of(t)[0] for n in mine for t in _types(synthesized.doc(n))} - {None}
            assert services == wanted, root
            own = {r for s in allowed if s["Sid"].startswith("OwnState") for r in s["Resource"]}
            assert own == {f"arn:aws:s3:::{synthesized.doc(n)['terraform']['backend']['s3']['bucket']}/"
                           f"{synthesized.entry(n)['state_key']}{suffix}" for n in mine for suffix in ("", ".tflock")}


def _types(doc: dict) -> set[str]:
    return set(doc.get("resource", {})) | set(doc.get("data", {}))


def test_every_type_of_every_root_has_its_iam_service(synthesized):
    unknown = {t for n in synthesized.names for t in _types(synthesized.doc(n)) if not service_of(t)[1]}
    assert unknown == set(), "add these types to atlas.stacks.bootstrap.SERVICE_OF_TYPE"
    assert service_of("aws_kinesis_firehose_delivery_stream") == ("firehose", True)
    assert service_of("kafka_topic") == (None, True)
    assert "iam" in GLOBAL_SERVICES and SERVICE_OF_TYPE["aws_iam_"] == "iam"


def test_the_rollout_hook_writes_the_step_still_needed(tmp_path):
    steps = [{"step": 1, "name": "create", "why": "AWS refuses it", "until_in_state": "aws_msk_cluster.c",
              "tfvars": {"rollout_step": 1}}]
    write_step(tmp_path, steps[0])
    assert json.loads((tmp_path / TFVARS).read_text()) == {"rollout_step": 1}
    assert "step 1 of 1" in describe(steps[0], steps)
    write_step(tmp_path, None)
    assert not (tmp_path / TFVARS).exists()
    assert "steady" in describe(None, steps) and "no rollout steps" in describe(None, [])


def test_a_new_environment_file_appears_in_every_generated_place(tmp_path, settings):
    """A Kraken environment in a new account: its roots, its account's bootstrap root and
    their Spacelift stacks appear with no other edit."""
    from atlas.app import load_environments, plan_roots

    envs = tmp_path / "environments"
    shutil.copytree(ENVIRONMENTS, envs)
    text = (envs / "kraken" / "dev.tfvars").read_text().replace("333333333333", "999999999999")
    (envs / "kraken" / "qa.tfvars").write_text(text.replace('name_prefix        = "kraken-dev"',
                                                            'name_prefix        = "kraken-qa"'))
    specs = plan_roots(load_environments(envs))
    names = {s.root.name for s in specs}
    assert {"kraken-qa-infra", "kraken-qa-kafka", "kraken-qa-data-plane", "bootstrap-account-999999999999"} <= names
    manifest = {"roots": [{"name": s.root.name, "platform": s.root.platform} for s in specs]}
    assert {"kraken-qa-infra", "kraken-qa-kafka", "kraken-qa-data-plane"} <= set(
        spacelift.config(manifest, settings)["stacks"])


def test_security_group_pictures_name_source_target_and_port():
    doc = {"resource": {
        "aws_security_group": {"lb": {"description": "load balancer"}, "app": {"description": "app tasks"}},
        "aws_lb": {"alb": {"security_groups": ["${aws_security_group.lb.id}"]}},
        "aws_ecs_service": {"s": {"network_configuration": {"security_groups": ["${aws_security_group.app.id}"]}}},
        "aws_vpc_security_group_ingress_rule": {
            "a": {"security_group_id": "${aws_security_group.lb.id}", "cidr_ipv4": "0.0.0.0/0",
                  "ip_protocol": "tcp", "from_port": 443, "to_port": 443},
            "b": {"security_group_id": "${aws_security_group.app.id}", "ip_protocol": "tcp", "from_port": 8080,
                  "to_port": 8080, "referenced_security_group_id": "${aws_security_group.lb.id}"}}}}
    picture = pictures.architecture("r", doc)
    assert 'cidr_0_0_0_0_0(("internet"))' in picture
    assert 'cidr_0_0_0_0_0 -->|"tcp 443"| lb' in picture and 'lb -->|"tcp 8080"| app' in picture
    assert picture.index('tier_edge["edge"]') < picture.index('tier_services["services"]')


def test_the_readme_links_the_pictures():
    readme = (ROOT / "README.md").read_text()
    assert "docs/roots.md" in readme and ".spacelift/config.yml" in readme


SPACELIFT = "registry.terraform.io/spacelift-io/spacelift"


def _ref(value: str) -> str:
    """``${spacelift_stack.stack_x.id}`` -> ``stack_x``."""
    return value.split(".")[1]


def _admin(synthesized) -> str:
    (admin,) = [n for n in synthesized.names if synthesized.entry(n)["platform"] == "spacelift"]
    return admin


def test_the_admin_root_declares_a_stack_per_root_and_a_dependency_per_edge(synthesized, settings):
    admin = _admin(synthesized)
    doc = synthesized.doc(admin)
    stacks = resources(doc, "spacelift_stack")
    by_address = {address: body["slug"] for address, body in stacks.items()}
    declared = set(by_address.values())
    # every root but the bootstrap roots (they create the roles) and the admin root itself (created by hand)
    assert declared == set(spacelift.config(synthesized.manifest, settings)["stacks"]) - {admin}
    assert all(body["name"] == body["slug"] and body["project_root"] == "." for body in stacks.values())
    edges = {(by_address[_ref(d["depends_on_stack_id"])], by_address[_ref(d["stack_id"])])
             for d in resources(doc, "spacelift_stack_dependency").values()}
    assert edges == {(u, d) for u, d in graph.edges(synthesized.manifest["roots"]) if d in declared}
    private = set(spacelift.private_roots(synthesized.manifest, {n: synthesized.doc(n) for n in synthesized.names}))
    assert {b["slug"] for b in stacks.values() if b.get("worker_pool_id")} == private
    assert all(b["worker_pool_id"] == settings.private_worker_pool_id for b in stacks.values() if b.get("worker_pool_id"))
    production = {n for n in declared if synthesized.entry(n)["environment_class"] == "production"}
    assert {b["slug"] for b in stacks.values() if b["protect_from_deletion"]} == production
    assert not any(b["autodeploy"] for b in stacks.values() if b["slug"] in production)
    drift = resources(doc, "spacelift_drift_detection")
    assert {by_address[_ref(d["stack_id"])] for d in drift.values()} == declared
    assert all(d["schedule"] == list(settings.drift_detection_schedule) for d in drift.values())


def test_each_stack_is_attached_to_its_platforms_deploy_role_in_its_account(synthesized):
    doc = synthesized.doc(_admin(synthesized))
    slug = {a: b["slug"] for a, b in resources(doc, "spacelift_stack").items()}
    integrations = resources(doc, "spacelift_aws_integration")
    roles = {(r["name"], n.rsplit("-", 1)[1]) for n in synthesized.names if synthesized.entry(n)["platform"] == "bootstrap"
             for r in resources(synthesized.doc(n), "aws_iam_role").values()}
    attached = {}
    for body in resources(doc, "spacelift_aws_integration_attachment").values():
        arn = integrations[_ref(body["integration_id"])]["role_arn"]
        account, role = arn.split(":")[4], arn.split("/")[-1]
        assert (role, account) in roles, arn  # a role the account's bootstrap root creates
        attached[slug[_ref(body["stack_id"])]] = (role, account)
        assert body["read"] is True and body["write"] is True
    assert set(attached) == set(slug.values())
    for name, (role, account) in attached.items():
        assert role == f"{synthesized.entry(name)['platform']}-terraform-deploy"
        bootstrap = synthesized.doc(f"bootstrap-account-{account}")
        trust = policy(next(r for r in resources(bootstrap, "aws_iam_role").values() if r["name"] == role),
                       "assume_role_policy")["Statement"]
        external = next(s for s in trust if s["Sid"] == "SpaceliftAwsIntegration")
        assert any(f"@{name}@" in e for e in external["Condition"]["StringLike"]["sts:ExternalId"]), name


def test_the_admin_root_passes_the_committed_provider_schema(synthesized):
    from atlas.harness.terraform import required_providers, schema_file
    from atlas.schema_check import check_resources

    doc = synthesized.doc(_admin(synthesized))
    ((address, version),) = required_providers(doc)
    schema = json.loads(schema_file(address, version).read_text())
    assert address == SPACELIFT and check_resources(doc, schema, address) == []
    assert set(doc["resource"]) <= set(schema["provider_schemas"][SPACELIFT]["resource_schemas"])
    bad = {**doc, "resource": {"spacelift_stack": {"s": {"name": "s", "branch": "main", "workflow_tool": "CUSTOM"}}}}
    assert any("repository" in p for p in check_resources(bad, schema, address))
    assert any("workflow_tool" in p for p in check_resources(bad, schema, address))


def test_dynamodb_locking_is_an_opt_in_beside_the_lock_file(tmp_path):
    """``state.dynamodb_table`` adds the table to the backend (the S3 lock file stays on) and
    to the deploy role; without it no root mentions DynamoDB."""
    from atlas.app import load_environments, plan_roots, synthesize

    envs = tmp_path / "environments"
    shutil.copytree(ENVIRONMENTS, envs)
    dev = envs / "kraken" / "dev.tfvars"
    dev.write_text(dev.read_text().replace('  region = "eu-west-1"\n}', '  region = "eu-west-1"\n'
                                           '  dynamodb_table = "terraform-locks"\n}', 1))
    out = tmp_path / "out"
    synthesize(plan_roots(load_environments(envs), ["kraken-dev-kafka", "bootstrap-account-333333333333"]), out)
    backend = json.loads((out / "stacks" / "kraken-dev-kafka" / "cdk.tf.json").read_text())["terraform"]["backend"]["s3"]
    assert backend["use_lockfile"] is True and backend["dynamodb_table"] == "terraform-locks"
    bootstrap = json.loads((out / "stacks" / "bootstrap-account-333333333333" / "cdk.tf.json").read_text())
    (lock,) = [s for s in policy(resources(bootstrap, "aws_iam_role_policy")["deploy_kraken_policy"])["Statement"]
               if s["Sid"] == "StateLockTable"]
    assert lock["Resource"] == "arn:aws:dynamodb:eu-west-1:333333333333:table/terraform-locks"


def test_without_the_opt_in_no_root_locks_with_dynamodb(synthesized):
    assert not any("dynamodb_table" in synthesized.doc(n)["terraform"]["backend"].get("s3", {})
                   for n in synthesized.names)
