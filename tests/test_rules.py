"""The output rules (atlas.rules): each fails on a crafted bad root, passes its fixed form,
every real root passes them all, and a violation refuses the synthesis (exit 2, nothing written)."""

from __future__ import annotations

import json

import pytest

from atlas import rules
from atlas.rules import images
from atlas.rules.base import RULES, Violation

GOOD_TERRAFORM = {"terraform": {"required_version": ">= 1.11"}}


def check(name: str, doc: dict) -> list[tuple[str, str]]:
    return list(RULES[name](doc))


def root(resource: dict, **more) -> dict:
    return {**GOOD_TERRAFORM, "resource": resource, **more}


def test_a_violation_reads_root_address_rule_fix():
    found = rules.run({"r": {"resource": {}}})
    assert found == [Violation("r", "terraform.required_version", "engine_guard", found[0].fix)]
    assert str(found[0]).startswith("r: terraform.required_version: engine_guard: is missing; declare \">= 1.11\"")


def test_every_rule_is_named_and_cites_its_source():
    assert {"engine_guard", "depends_on_never_empty", "ecs_service_start_order", "container_entrypoint",
            "health_check_tool", "idempotent_producers", "rds_minor_version_drift",
            "imports_never_replace"} <= set(RULES)
    for name, function in RULES.items():
        assert function.__name__ == name
        assert any(word in function.__doc__ for word in ("Source", "documentation", "Dockerfile")), name
    with pytest.raises(ValueError, match="docstring"):
        rules.rule(lambda doc: [])


def test_every_real_root_passes_every_rule(synthesized):
    docs = {name: synthesized.doc(name) for name in synthesized.names}
    assert [str(v) for v in rules.run(docs)] == []


# -- engine_guard ------------------------------------------------------------------------------

@pytest.mark.parametrize("declared, ok", [(None, False), (">= 1.5", False), ("~> 1.10", False),
                                          (">= 1.11", True), (">= 1.11, < 2.0", True), ("~> 1.12", True)])
def test_engine_guard(declared, ok):
    doc = {"terraform": {"required_version": declared} if declared else {}}
    assert (check("engine_guard", doc) == []) is ok


# -- depends_on_never_empty --------------------------------------------------------------------

def test_depends_on_never_empty():
    bad = root({"aws_cloudtrail": {"trail": {"s3_bucket_name": "b", "depends_on": []}}})
    assert [a for a, _ in check("depends_on_never_empty", bad)] == ["aws_cloudtrail.trail"]
    good = root({"aws_cloudtrail": {"trail": {"depends_on": ["aws_s3_bucket_policy.audit_policy"]}}})
    assert check("depends_on_never_empty", good) == []


def test_the_lake_trail_waits_for_the_audit_bucket_policy(synthesized):
    doc = synthesized.doc("kraken-dev-infra")
    assert doc["resource"]["aws_cloudtrail"]["lake_trail"]["depends_on"] == ["aws_s3_bucket_policy.lake_audit_policy"]


# -- ecs_service_start_order -------------------------------------------------------------------

def _ecs_root(service_depends_on: list[str] | None) -> dict:
    container = {"name": "app", "image": "app:1", "secrets": [
        {"name": "K", "valueFrom": "${aws_secretsmanager_secret.s.arn}:K::"}]}
    service = {"task_definition": "${aws_ecs_task_definition.t.arn}",
               "load_balancer": [{"target_group_arn": "${aws_lb_target_group.tg.arn}", "container_name": "app"}]}
    if service_depends_on is not None:
        service["depends_on"] = service_depends_on
    return root({
        "aws_ecs_service": {"svc": service},
        "aws_ecs_task_definition": {"t": {"execution_role_arn": "${aws_iam_role.exec.arn}",
                                          "container_definitions": json.dumps([container])}},
        "aws_iam_role": {"exec": {}},
        "aws_iam_role_policy": {"exec_policy": {"role": "${aws_iam_role.exec.id}"}},
        "aws_secretsmanager_secret": {"s": {}},
        "aws_secretsmanager_secret_version": {"seed": {"secret_id": "${aws_secretsmanager_secret.s.id}"}},
        "aws_lb_target_group": {"tg": {}},
        "aws_lb_listener": {"https": {"default_action": [{"type": "forward",
                                                          "target_group_arn": "${aws_lb_target_group.other.arn}"}]}},
        "aws_lb_listener_rule": {"rule": {"listener_arn": "${aws_lb_listener.https.arn}",
                                          "action": [{"type": "forward",
                                                      "target_group_arn": "${aws_lb_target_group.tg.arn}"}]}},
    })


def test_ecs_service_start_order_names_each_missing_dependency():
    fixes = " ".join(fix for _, fix in check("ecs_service_start_order", _ecs_root(None)))
    for needed in ("aws_secretsmanager_secret_version.seed", "aws_iam_role_policy.exec_policy",
                   "aws_lb_listener_rule.rule"):
        assert f"add depends_on {needed}" in fixes
    good = _ecs_root(["aws_secretsmanager_secret_version.seed", "aws_iam_role_policy.exec_policy",
                      "aws_lb_listener_rule.rule"])
    assert check("ecs_service_start_order", good) == []


def test_ecs_service_start_order_follows_dependencies_transitively():
    doc = _ecs_root(["aws_null.gate"])
    doc["resource"]["aws_null"] = {"gate": {"depends_on": ["aws_secretsmanager_secret_version.seed",
                                                           "aws_iam_role_policy.exec_policy",
                                                           "aws_lb_listener_rule.rule"]}}
    assert check("ecs_service_start_order", doc) == []


def test_a_target_group_nothing_forwards_to_cannot_take_a_service():
    doc = _ecs_root(["aws_secretsmanager_secret_version.seed", "aws_iam_role_policy.exec_policy"])
    del doc["resource"]["aws_lb_listener_rule"]
    (finding,) = check("ecs_service_start_order", doc)
    assert finding[0] == "aws_ecs_service.svc" and "no listener or listener rule" in finding[1]


def test_a_service_reading_a_secret_its_root_never_writes_cannot_start():
    """No version to wait for (a hand-off, or a secret created empty): the service is refused,
    where before it passed silently and its tasks failed with ResourceNotFoundException."""
    doc = _ecs_root(["aws_iam_role_policy.exec_policy", "aws_lb_listener_rule.rule"])
    del doc["resource"]["aws_secretsmanager_secret_version"]
    (finding,) = check("ecs_service_start_order", doc)
    assert finding[0] == "aws_ecs_service.svc"
    assert "read aws_secretsmanager_secret.s, to which this root writes no value" in finding[1]
    assert "GeneratedSecret" in finding[1]


def test_kraken_prod_registers_only_the_default_target_without_a_private_domain(synthesized):
    doc = synthesized.doc("kraken-prod-data-plane")
    assert sorted(doc["resource"]["aws_lb_target_group"]) == ["alb_registry_target_group"]
    services = doc["resource"]["aws_ecs_service"]
    assert "load_balancer" not in services["prometheus_service"]
    assert "aws_lb_listener.alb_https_listener" in services["schema_registry_service"]["depends_on"]


# -- container_entrypoint / health_check_tool ---------------------------------------------------

def _task(container: dict) -> dict:
    return root({"aws_ecs_task_definition": {"t": {"container_definitions": json.dumps([container])}}})


def test_container_entrypoint():
    bad = _task({"name": "p", "image": "prom/prometheus:v2.53.0", "command": ["sh", "-c", "exec /bin/prometheus"]})
    (finding,) = check("container_entrypoint", bad)
    assert finding[0] == "aws_ecs_task_definition.t[p]" and 'entryPoint ["/bin/sh", "-c"]' in finding[1]
    fixed = _task({"name": "p", "image": "prom/prometheus:v2.53.0", "entryPoint": ["/bin/sh", "-c"],
                   "command": ["exec /bin/prometheus"]})
    assert check("container_entrypoint", fixed) == []
    # No ENTRYPOINT (the command replaces CMD) or an image the table does not know: nothing to say.
    for image in ("confluentinc/cp-schema-registry:7.6.1", "111111111111.dkr.ecr.eu-west-1.amazonaws.com/app:1"):
        assert check("container_entrypoint", _task({"name": "x", "image": image, "command": ["sh", "-c", "x"]})) == []


def test_health_check_tool():
    def task(image: str, script: str) -> dict:
        return _task({"name": "c", "image": image, "healthCheck": {"command": ["CMD-SHELL", script]}})

    (finding,) = check("health_check_tool", task("prom/prometheus:v2.53.4", "curl -f http://127.0.0.1:9090/-/healthy"))
    assert "runs curl" in finding[1] and "use wget" in finding[1]
    assert check("health_check_tool", task("prom/prometheus:v2.53.4", "wget -qO- http://127.0.0.1:9090/")) == []
    assert check("health_check_tool", task("camunda/camunda-bpm-platform:run-7.22.0", "curl -fsS http://x/")) == []
    assert check("health_check_tool", task("ghcr.io/kafbat/kafka-ui:v1.2.0", "curl -fsS http://x/")) != []


def test_image_families_ignore_registry_aliases_tags_and_digests():
    assert images.family("docker.io/prom/prometheus:v2.53.0@sha256:abc") == "prom/prometheus"
    assert images.family("localhost:5000/team/app") == "localhost:5000/team/app"
    assert images.facts("111111111111.dkr.ecr.eu-west-1.amazonaws.com/atlas/scoring:0.9.4") is None
    assert all(f.source for f in images.IMAGES)


# -- idempotent_producers ----------------------------------------------------------------------

def _policy(*statements: dict) -> dict:
    return root({"aws_iam_role_policy": {"p": {"policy": json.dumps({"Version": "2012-10-17",
                                                                     "Statement": list(statements)})}}})


def test_idempotent_producers():
    connect = {"Effect": "Allow", "Action": ["kafka-cluster:Connect"], "Resource": "arn:aws:kafka:r:1:cluster/c/u"}
    write = {"Effect": "Allow", "Action": ["kafka-cluster:WriteData"], "Resource": "arn:aws:kafka:r:1:topic/c/u/t"}
    assert [a for a, _ in check("idempotent_producers", _policy(connect, write))] == ["aws_iam_role_policy.p"]
    fixed = {**connect, "Action": ["kafka-cluster:Connect", "kafka-cluster:WriteDataIdempotently"]}
    assert check("idempotent_producers", _policy(fixed, write)) == []
    assert check("idempotent_producers", _policy(connect)) == []  # consumers need nothing more


# -- rds_minor_version_drift -------------------------------------------------------------------

def test_rds_minor_version_drift():
    def db(version: str, auto: bool) -> dict:
        return root({"aws_db_instance": {"db": {"engine": "postgres", "engine_version": version,
                                                "auto_minor_version_upgrade": auto}}})

    (finding,) = check("rds_minor_version_drift", db("16.4", True))
    assert finding[0] == "aws_db_instance.db" and '("16")' in finding[1]
    assert check("rds_minor_version_drift", db("16", True)) == []
    assert check("rds_minor_version_drift", db("16.4", False)) == []


# -- state_machine_names_own_resources ---------------------------------------------------------

def _machine(states: dict, **resources) -> dict:
    definition = json.dumps({"StartAt": next(iter(states)), "States": states})
    return root({"aws_sfn_state_machine": {"m": {"definition": definition}}, **resources})


def test_state_machine_names_own_resources():
    own = {"aws_glue_job": {"b2s": {"name": "x"}}, "aws_ecs_cluster": {"c": {}},
           "aws_ecs_task_definition": {"t": {}}, "aws_subnet": {"s": {}}, "aws_security_group": {"g": {}}}
    good = _machine({
        "Glue": {"Type": "Task", "Resource": "arn:aws:states:::glue:startJobRun.sync",
                 "Parameters": {"JobName": "${aws_glue_job.b2s.name}"}, "Next": "Dbt"},
        "Dbt": {"Type": "Task", "Resource": "arn:aws:states:::ecs:runTask.sync", "End": True, "Parameters": {
            "Cluster": "${aws_ecs_cluster.c.arn}", "TaskDefinition": "${aws_ecs_task_definition.t.arn}",
            "NetworkConfiguration": {"AwsvpcConfiguration": {"Subnets": ["${aws_subnet.s.id}"],
                                                             "SecurityGroups": ["${aws_security_group.g.id}"]}}}}},
        **own)
    assert check("state_machine_names_own_resources", good) == []
    spelled = _machine({"Glue": {"Type": "Task", "Resource": "arn:aws:states:::glue:startJobRun.sync",
                                 "Parameters": {"JobName": "edp-dev-bronze-to-silver"}, "End": True}}, **own)
    (finding,) = check("state_machine_names_own_resources", spelled)
    assert finding[0] == "aws_sfn_state_machine.m" and "JobName is the literal 'edp-dev-bronze-to-silver'" in finding[1]
    elsewhere = _machine({"Crawl": {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:glue:startCrawler",
                                    "Parameters": {"Name": "${aws_glue_crawler.gone.name}"}, "End": True}})
    (finding,) = check("state_machine_names_own_resources", elsewhere)
    assert "aws_glue_crawler.gone, which is not a aws_glue_crawler of this root" in finding[1]
    dynamic = _machine({"Notify": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
                                   "Parameters": {"TopicArn.$": "$.topic"}, "End": True}})
    assert "TopicArn.$ takes the name from the input" in check("state_machine_names_own_resources", dynamic)[0][1]


# -- instance_ami_resolved_at_launch ---------------------------------------------------------

def test_instance_ami_resolved_at_launch():
    bad = root({"aws_instance": {"b": {"ami": "resolve:ssm:/aws/service/ami-amazon-linux-latest/x"}}})
    (finding,) = check("instance_ami_resolved_at_launch", bad)
    assert finding[0] == "aws_instance.b" and "aws_launch_template" in finding[1]
    good = root({"aws_instance": {"b": {"launch_template": {"id": "${aws_launch_template.t.id}"}}},
                 "aws_launch_template": {"t": {"image_id": "resolve:ssm:/aws/service/x"}}})
    assert check("instance_ami_resolved_at_launch", good) == []
    volume_on_instance = root({"aws_instance": {"b": {"launch_template": {"id": "${aws_launch_template.t.id}"},
                                                      "root_block_device": {"encrypted": True}}},
                               "aws_launch_template": {"t": {"image_id": "resolve:ssm:/aws/service/x"}}})
    (finding,) = check("instance_ami_resolved_at_launch", volume_on_instance)
    assert "block_device_mappings" in finding[1]


# -- artifacts_exist_or_are_provided -----------------------------------------------------------

def test_artifacts_exist_or_are_provided():
    bucket = {"aws_s3_bucket": {"scripts": {"bucket": "p-scripts-1"}}}
    job = {"command": {"script_location": "s3://p-scripts-1/jobs/b2s.py"}}
    (finding,) = check("artifacts_exist_or_are_provided", root({**bucket, "aws_glue_job": {"j": job}}))
    assert finding[0] == "aws_glue_job.j" and "no aws_s3_object creates it" in finding[1]
    uploaded = {"aws_s3_object": {"o": {"bucket": "${aws_s3_bucket.scripts.bucket}", "key": "jobs/b2s.py"}}}
    assert check("artifacts_exist_or_are_provided", root({**bucket, **uploaded, "aws_glue_job": {"j": job}})) == []
    provided = {**job, "tags": {"artifact-source": "application"}}
    assert check("artifacts_exist_or_are_provided", root({**bucket, "aws_glue_job": {"j": provided}})) == []
    elsewhere = {"command": {"script_location": "s3://someone-elses-bucket/b2s.py"}}
    assert check("artifacts_exist_or_are_provided", root({**bucket, "aws_glue_job": {"j": elsewhere}})) == []
    image = json.dumps([{"name": "a", "image": "${aws_ecr_repository.r.repository_url}:bootstrap"}])
    (finding,) = check("artifacts_exist_or_are_provided",
                       root({"aws_ecs_task_definition": {"t": {"container_definitions": image}}}))
    assert finding[0] == "aws_ecs_task_definition.t" and "desired count 0" in finding[1]
    tagged = {"container_definitions": image, "tags": {"artifact-source": "application"}}
    assert check("artifacts_exist_or_are_provided", root({"aws_ecs_task_definition": {"t": tagged}})) == []
# -- imports_never_replace ---------------------------------------------------------------------

def _adopting(imports: dict[str, str], resource: dict, **more) -> dict:
    return root(resource, **{"import": [{"to": to, "id": i} for to, i in imports.items()]}, **more)


_VPC = {"aws_vpc": {"vpc": {"cidr_block": "10.0.0.0/16"}}}
_GROUP = {"aws_security_group": {"sg": {"name": "poc-app", "description": "app", "vpc_id": "${aws_vpc.vpc.id}"}}}
_IDS = {"aws_vpc.vpc": "vpc-0a1b2c3d4e5f67890", "aws_security_group.sg": "sg-0a1b2c3d4e5f67890"}


def test_imports_never_replace_accepts_a_closed_import_of_existing_names():
    assert check("imports_never_replace", _adopting(_IDS, {**_VPC, **_GROUP})) == []
    assert check("imports_never_replace", root({**_VPC, **_GROUP})) == []  # no import, nothing to judge


def test_imports_never_replace_refuses_an_address_the_root_lacks():
    (finding,) = check("imports_never_replace", _adopting({**_IDS, "aws_vpc.other": "vpc-0a1b2c3d"}, {**_VPC, **_GROUP}))
    assert finding[0] == "import.aws_vpc.other" and "is not a resource of this root" in finding[1]


def test_imports_never_replace_refuses_a_generated_name():
    prefixed = {"aws_security_group": {"sg": {"name_prefix": "poc-app-", "description": "app",
                                              "vpc_id": "${aws_vpc.vpc.id}"}}}
    (finding,) = check("imports_never_replace", _adopting(_IDS, {**_VPC, **prefixed}))
    assert finding == ("aws_security_group.sg", "is imported but takes a generated name (name_prefix), which "
                                                "differs from the existing one and replaces it; give it the "
                                                "existing name")
    suffixed = {"aws_iam_role": {"r": {"name": "poc-${random_id.suffix.hex}"}}, "random_id": {"suffix": {}}}
    (finding,) = check("imports_never_replace", _adopting({"aws_iam_role.r": "poc-1a2b"}, suffixed))
    assert finding[0] == "aws_iam_role.r" and "name is generated (random_id.suffix)" in finding[1]


def test_imports_never_replace_refuses_a_replacing_argument_the_plan_creates():
    """The group's vpc_id comes from a VPC this plan creates: unknown until apply, so replaced."""
    (finding,) = check("imports_never_replace", _adopting({"aws_security_group.sg": "sg-0a1b2c3d4e5f67890"},
                                                          {**_VPC, **_GROUP}))
    assert finding == ("aws_security_group.sg", "is imported but vpc_id comes from aws_vpc.vpc, which this plan "
                                                "creates (unknown until apply, so the plan replaces "
                                                "aws_security_group.sg); import it too")
    # Through a local, and in a nested block.
    nested = {"aws_kms_key": {"k": {}}, "aws_msk_cluster": {"c": {
        "cluster_name": "poc-msk", "encryption_info": {"encryption_at_rest_kms_key_arn": "${local.key}"}}}}
    found = check("imports_never_replace", _adopting(
        {"aws_msk_cluster.c": "arn:aws:kafka:eu-west-1:111111111111:cluster/poc-msk/"
                              "0a1b2c3d-1111-2222-3333-444455556666-2"}, nested,
        locals={"key": "${aws_kms_key.k.arn}"}))
    assert [f[0] for f in found] == ["aws_msk_cluster.c"] and "encryption_info.encryption_at_rest_kms_key_arn " \
        "comes from aws_kms_key.k" in found[0][1]
    # An argument Terraform ignores replaces nothing.
    ignored = {"aws_secretsmanager_secret": {"s": {"name": "poc/app"}}, "aws_secretsmanager_secret_version": {"v": {
        "secret_id": "poc", "secret_string": "${aws_secretsmanager_secret.s.arn}",
        "lifecycle": {"ignore_changes": ["secret_string"]}}}}
    assert check("imports_never_replace", _adopting(
        {"aws_secretsmanager_secret_version.v": "x"}, ignored)) == []


def test_imports_never_replace_refuses_a_name_other_than_the_imported_one():
    renamed = {"aws_cloudwatch_log_group": {"g": {"name": "/ecs/new-app"}}}
    (finding,) = check("imports_never_replace", _adopting({"aws_cloudwatch_log_group.g": "/ecs/poc-app"}, renamed))
    assert finding == ("aws_cloudwatch_log_group.g", 'is named "/ecs/new-app" here but the import id names '
                                                     '"/ecs/poc-app"; name forces a new resource, so the plan would '
                                                     "replace what it imports; keep the existing name")
    lb = {"aws_lb": {"lb": {"name": "poc-atlas-dev"}}}
    arn = "arn:aws:elasticloadbalancing:eu-west-1:111111111111:loadbalancer/app/{}/0123456789abcdef"
    assert check("imports_never_replace", _adopting({"aws_lb.lb": arn.format("poc-atlas-dev")}, lb)) == []
    assert len(check("imports_never_replace", _adopting({"aws_lb.lb": arn.format("atlas-staging")}, lb))) == 1


def test_imports_never_replace_refuses_a_child_of_another_parent():
    """A route imported from one route table while the root puts it in another is replaced."""
    tables = {"aws_route_table": {"a": {"vpc_id": "vpc-0a1b2c3d"}},
              "aws_route": {"r": {"route_table_id": "${aws_route_table.a.id}", "destination_cidr_block": "0.0.0.0/0"}}}
    ids = {"aws_route_table.a": "rtb-0aaaaaaaaaaaaaaaa"}
    assert check("imports_never_replace", _adopting({**ids, "aws_route.r": "rtb-0aaaaaaaaaaaaaaaa_0.0.0.0/0"},
                                                    tables)) == []
    (finding,) = check("imports_never_replace", _adopting({**ids, "aws_route.r": "rtb-0bbbbbbbbbbbbbbbb_0.0.0.0/0"},
                                                          tables))
    assert finding == ("aws_route.r", 'is imported as "rtb-0bbbbbbbbbbbbbbbb_0.0.0.0/0", which belongs to '
                                      '"rtb-0bbbbbbbbbbbbbbbb", but its route_table_id is aws_route_table.a, imported '
                                      'as "rtb-0aaaaaaaaaaaaaaaa"; the plan would replace it: give both ids of one '
                                      "existing pair")
    # A service of another cluster, through an ARN reference.
    ecs = {"aws_ecs_cluster": {"c": {"name": "poc"}},
           "aws_ecs_service": {"s": {"name": "poc-app", "cluster": "${aws_ecs_cluster.c.arn}"}}}
    assert check("imports_never_replace", _adopting({"aws_ecs_cluster.c": "poc", "aws_ecs_service.s": "poc/poc-app"},
                                                    ecs)) == []
    assert len(check("imports_never_replace", _adopting({"aws_ecs_cluster.c": "poc",
                                                         "aws_ecs_service.s": "other/poc-app"}, ecs))) == 1


# -- main.py refuses a violating synthesis ------------------------------------------------------

def test_a_rule_violation_exits_2_and_writes_nothing(tmp_path, monkeypatch, capsys):
    import main
    from tests.conftest import ENVIRONMENTS

    def no_kafka_roots(doc: dict):
        """Test rule: refuses every root that declares a kafka_acl."""
        for address in sorted(f"kafka_acl.{n}" for n in doc.get("resource", {}).get("kafka_acl", {}))[:1]:
            yield address, "remove it"

    monkeypatch.setitem(RULES, "no_kafka_roots", no_kafka_roots)
    out = tmp_path / "out"
    out.mkdir()
    # A previous output (main.py's roots.json marks it as one the tool may replace).
    (out / "roots.json").write_text('{"roots": []}')
    (out / "marker").write_text("previous output")
    assert main.main(["--out", str(out), "--environments", str(ENVIRONMENTS), "--quiet", "kraken-dev-kafka"]) == 2
    err = capsys.readouterr().err
    assert "nothing was written" in err and "Traceback" not in err
    assert "  kraken-dev-kafka: kafka_acl.topics_admin_cluster_kafka_cluster_alter: no_kafka_roots: remove it" in err
    assert sorted(p.name for p in out.iterdir()) == ["marker", "roots.json"]
    assert not list(tmp_path.glob(".out.*"))


# -- efs_mount_targets_before_tasks ------------------------------------------------------------

def _efs_root(service_depends_on: list[str] | None, mount_targets: int = 2) -> dict:
    service = {"task_definition": "${aws_ecs_task_definition.t.arn}"}
    if service_depends_on is not None:
        service["depends_on"] = service_depends_on
    volume = {"name": "state", "efs_volume_configuration": {
        "file_system_id": "${aws_efs_file_system.fs.id}", "transit_encryption": "ENABLED",
        "authorization_config": {"access_point_id": "${aws_efs_access_point.ap.id}", "iam": "ENABLED"}}}
    return root({
        "aws_ecs_service": {"svc": service},
        "aws_ecs_task_definition": {"t": {"container_definitions": json.dumps([{"name": "app", "image": "app:1"}]),
                                          "volume": [volume]}},
        "aws_efs_file_system": {"fs": {"encrypted": True}},
        "aws_efs_access_point": {"ap": {"file_system_id": "${aws_efs_file_system.fs.id}"}},
        "aws_efs_mount_target": {f"mt_{i}": {"file_system_id": "${aws_efs_file_system.fs.id}",
                                             "subnet_id": f"subnet-{i}"} for i in range(mount_targets)},
    })


def test_a_service_mounting_efs_waits_for_every_mount_target():
    fixes = [fix for _, fix in check("efs_mount_targets_before_tasks", _efs_root(None))]
    assert [f.split(":")[0] for f in fixes] == ["add depends_on aws_efs_mount_target.mt_0",
                                                "add depends_on aws_efs_mount_target.mt_1"]
    # One of two is not enough: a task may be placed in the other zone.
    assert len(check("efs_mount_targets_before_tasks", _efs_root(["aws_efs_mount_target.mt_0"]))) == 1
    good = _efs_root(["aws_efs_mount_target.mt_0", "aws_efs_mount_target.mt_1"])
    assert check("efs_mount_targets_before_tasks", good) == []


def test_a_file_system_with_no_mount_target_cannot_be_mounted():
    (finding,) = check("efs_mount_targets_before_tasks", _efs_root([], mount_targets=0))
    assert "has no aws_efs_mount_target" in finding[1]


def test_a_depends_on_entry_that_is_an_expression_is_refused():
    """The broken version: cdktf's depends_on setter given an fqn token renders "${...}",
    which terraform init refuses."""
    from atlas.rules.base import RULES

    rule = RULES["depends_on_names_addresses"]
    bad = {"resource": {"aws_x": {"a": {"depends_on": ["${aws_secretsmanager_secret_version.seed}"]}}}}
    ((address, fix),) = list(rule(bad))
    assert address == "aws_x.a" and "not a bare address" in fix
    good = {"resource": {"aws_x": {"a": {"depends_on": ["aws_secretsmanager_secret_version.seed", "module.m",
                                                        "aws_y.counted[0]"]}}}}
    assert list(rule(good)) == []
