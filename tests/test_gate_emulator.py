"""Gate 5: apply, clean re-plan and destroy of every root against moto (tests.gates.emulator).

The emulator is started once per session on a free port of 127.0.0.1 and stopped at the
end. Every root in roots.json is applied in dependency order (its state in the emulator's
S3 bucket), re-planned with ``-detailed-exitcode`` (0 = no changes), then destroyed in
reverse order. A test-only pair of roots proves the remote-state handoff, and one apply is
interrupted by cutting the emulator off (``tests/fault_injection.py``) and recovered.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from tests.fault_injection import (IN_FLIGHT, Outage, adopt_in_flight, import_id, inventory, recover,
                                   retire_unnamed_orphans)
from tests.gates.emulator import ordering
from tests.gates.emulator.filtering import filter_root
from tests.gates.emulator.network import create_existing_network, external_network_ids
from tests.gates.emulator.prepare import OVERRIDE, emulator_env, prepare, write_override
from tests.gates.emulator.report import format_report
from tests.gates.emulator.root import EmulatedRoot, error_of, replan_drift, state_ids
from tests.gates.emulator.run import RootRun, _schedule, account_collisions, buckets_to_create, run_roots
from tests.gates.emulator.server import MotoServer, create_bucket
from tests.gates.emulator.teardown import lift_deletion_protection
from tests.helpers import require_terraform, resources



def _backend(doc: dict) -> dict:
    return doc["terraform"]["backend"]["s3"]


@pytest.fixture(scope="session")
def moto_server(tmp_path_factory):
    require_terraform()
    server = MotoServer(log=tmp_path_factory.mktemp("moto") / "moto.log").start()
    yield server
    server.stop()


def _fresh(server: MotoServer, *docs: dict) -> None:
    """An empty emulator holding the state bucket(s) the roots' backends name."""
    server.reset()
    for bucket, region in sorted({(_backend(d)["bucket"], _backend(d)["region"]) for d in docs}):
        create_bucket(server, bucket, region)


def _show(request, text: str) -> None:
    """Writes past pytest's output capture, so the report shows in every run (and in CI logs)."""
    capture = request.config.pluginmanager.getplugin("capturemanager")
    reporter = request.config.pluginmanager.getplugin("terminalreporter")
    if reporter is not None and capture is not None:
        with capture.global_and_fixture_disabled():
            reporter.write_line("\n" + text)


@pytest.fixture(scope="session")
def emulated(background, request):
    """Every root: init, apply, plan, state check, then destroy (in reverse order); see
    ``tests.gates.emulator.run.run_gate`` (independent roots run in parallel, on a moto
    server of their own, on a thread started with the session: ``tests/conftest.py``)."""
    require_terraform()
    runs, report = background.result("emulated")
    _show(request, "emulator (apply / plan / destroy per root):\n" + report)
    return runs


@pytest.mark.slow
def test_every_root_applies_replans_clean_and_destroys(synthesized, emulated):
    assert sorted(emulated) == sorted(synthesized.names)
    problems = {name: run.failure() for name, run in emulated.items() if run.failure()}
    assert problems == {}


@pytest.mark.slow
def test_only_the_first_init_installs_the_provider_the_others_link_the_cache(emulated):
    """An init that installs the provider again replaces the cache folder other roots' applies
    are reading (``run.share_lock_file``); with the first root's lock file it links it."""
    inits = {name: run.steps["init"].output for name, run in emulated.items() if "init" in run.steps}
    installing = [name for name, output in inits.items() if "Installing hashicorp/aws" in output]
    assert len(inits) > 1 and len(installing) == 1, installing
    assert all("from the shared cache directory" in output for name, output in inits.items()
               if name not in installing)


def test_every_service_the_roots_use_has_an_emulator_endpoint(synthesized):
    """A service without an endpoint in the override is called at its real AWS address: the
    apply fails on DNS here (found when Kraken's data plane gained EFS), and elsewhere it
    could reach AWS. Every AWS type of every root maps to an endpoint the override sets."""
    from atlas.stacks.bootstrap import service_of
    from tests.gates.emulator.prepare import ENDPOINT_OF_SERVICE, SERVICES

    missing = set()
    for name in synthesized.names:
        doc = synthesized.doc(name)
        for rtype in {*doc.get("resource", {}), *doc.get("data", {})}:
            service, known = service_of(rtype)
            if rtype.startswith("aws_") and service and ENDPOINT_OF_SERVICE.get(service, service) not in SERVICES:
                missing.add(f"{rtype} ({service})")
    assert sorted(missing) == []


@pytest.mark.slow
def test_only_roots_that_cannot_run_here_are_left_out(synthesized, emulated):
    """UNAVAILABLE is reserved for roots whose providers the offline mirror lacks (the
    Kraken kafka roots, mongey/kafka) and for account bootstrap roots after the first (the
    emulator is one account); every other root really runs, including those built
    on an existing network named by id in their settings (created first in the emulator)."""
    from atlas.harness.mirror import find_mirror
    from atlas.harness.terraform import providers_not_in_mirror

    mirror = find_mirror()
    cannot = {n for n in synthesized.names if providers_not_in_mirror(synthesized.doc(n), mirror)}
    # ...and for roots of another account declaring a name AWS keeps unique per account,
    # which an earlier root already holds in the one emulated account (account_collisions)
    cannot |= set(account_collisions({n: synthesized.doc(n) for n in synthesized.names}, sorted(synthesized.names)))
    assert {n for n, run in emulated.items() if run.status == "UNAVAILABLE"} == cannot
    assert len(cannot) < len(emulated)
    on_existing = {n for n in synthesized.names if external_network_ids(synthesized.doc(n))}
    assert on_existing  # Kraken prod builds on the network team's VPC
    for name in on_existing:
        assert emulated[name].existing_network == external_network_ids(synthesized.doc(name))
        assert "apply" in emulated[name].steps, name


def test_literal_network_ids_are_found_but_references_are_not():
    doc = {"resource": {"aws_db_subnet_group": {"g": {"subnet_ids": ["subnet-0a11b22c33d44e551"],
                                                      "//": {"x": "subnet-0123456789abcdef0"}}},
                        "aws_security_group": {"s": {"vpc_id": "${aws_vpc.v.id}"}}}}
    assert external_network_ids(doc) == ["subnet-0a11b22c33d44e551"]
    assert external_network_ids({"resource": {"aws_security_group": {"s": {"vpc_id": "${aws_vpc.v.id}"}}}}) == []
    # A runner's group admitted by id (platform-events kafka_runner.security_group_ids) exists outside too.
    rule = {"aws_vpc_security_group_ingress_rule": {"r": {"referenced_security_group_id": "sg-0a9b8c7d6e5f4a3b2",
                                                          "security_group_id": "${aws_security_group.g.id}"}}}
    assert external_network_ids({"resource": rule}) == ["sg-0a9b8c7d6e5f4a3b2"]


def test_patched_moto_fixes_its_lookups_and_round_trips_and_takes_custom_network_ids():
    pytest.importorskip("moto")
    from tests.gates.emulator import moto_patched
    from moto.cloudtrail.responses import CloudTrailResponse
    from moto.ec2.models import subnets, vpcs
    from moto.ec2.models.security_groups import SecurityGroupRule
    from moto.rds.models import DBInstance

    from moto.s3.models import FakeBucket

    saved = [(FakeBucket, "get_permission"), (DBInstance, "__init__"), (DBInstance, "performance_insights_enabled"),
             (CloudTrailResponse, "describe_trails"), (SecurityGroupRule, "description"),
             (vpcs.VPCBackend, "create_vpc"), (subnets.SubnetBackend, "create_subnet")]
    before = [(owner, name, owner.__dict__.get(name)) for owner, name in saved]
    moto_patched.patch()
    try:
        import boto3
        from moto import mock_aws

        with mock_aws():
            rds = boto3.client("rds", region_name="eu-west-1")
            made = [rds.create_db_instance(DBInstanceIdentifier=n, Engine="postgres", DBInstanceClass="db.t4g.small",
                                           AllocatedStorage=20, MasterUsername="x", ManageMasterUserPassword=True,
                                           EnablePerformanceInsights=n == "a", PerformanceInsightsRetentionPeriod=7)
                    ["DBInstance"] for n in ("a", "b")]
            assert len({d["DbiResourceId"] for d in made}) == 2
            insights = {d["DBInstanceIdentifier"]: (d["PerformanceInsightsEnabled"],
                                                    d.get("PerformanceInsightsRetentionPeriod"))
                        for d in rds.describe_db_instances()["DBInstances"]}
            assert insights == {"a": (True, 7), "b": (False, 7)}
            rds.modify_db_instance(DBInstanceIdentifier="a", EnablePerformanceInsights=False)
            assert rds.describe_db_instances(DBInstanceIdentifier="a")["DBInstances"][0]["PerformanceInsightsEnabled"] \
                is False
            trail = boto3.client("cloudtrail", region_name="eu-west-1")
            s3 = boto3.client("s3", region_name="eu-west-1")
            s3.create_bucket(Bucket="trail-logs", CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})
            arns = [trail.create_trail(Name=n, S3BucketName="trail-logs")["TrailARN"] for n in ("one", "two")]
            assert [t["Name"] for t in trail.describe_trails(trailNameList=[arns[1]])["trailList"]] == ["two"]
            assert len(trail.describe_trails()["trailList"]) == 2

            ec2 = boto3.client("ec2", region_name="eu-west-1")
            tag = moto_patched.CUSTOM_ID_TAG
            vpc = ec2.create_vpc(CidrBlock="10.60.0.0/16", TagSpecifications=[{"ResourceType": "vpc", "Tags": [
                {"Key": tag, "Value": "vpc-0f1e2d3c4b5a69788"}, {"Key": "Name", "Value": "n"}]}])["Vpc"]
            assert vpc["VpcId"] == "vpc-0f1e2d3c4b5a69788" and vpc["Tags"] == [{"Key": "Name", "Value": "n"}]
            subnet = ec2.create_subnet(VpcId=vpc["VpcId"], CidrBlock="10.60.0.0/20", TagSpecifications=[
                {"ResourceType": "subnet", "Tags": [{"Key": tag, "Value": "subnet-0a11b22c33d44e551"}]}])["Subnet"]
            assert subnet["SubnetId"] == "subnet-0a11b22c33d44e551"
            assert ec2.create_vpc(CidrBlock="10.61.0.0/16")["Vpc"]["VpcId"] != vpc["VpcId"]  # no tag: random id

            groups = [ec2.create_security_group(GroupName=n, Description=n, VpcId=vpc["VpcId"])["GroupId"]
                      for n in ("to", "from")]
            rule = ec2.authorize_security_group_ingress(GroupId=groups[0], IpPermissions=[{
                "IpProtocol": "tcp", "FromPort": 9098, "ToPort": 9098,
                "UserIdGroupPairs": [{"GroupId": groups[1], "Description": "from to MSK"}]}])["SecurityGroupRules"][0]
            read = ec2.describe_security_group_rules(SecurityGroupRuleIds=[rule["SecurityGroupRuleId"]])
            assert read["SecurityGroupRules"][0]["Description"] == "from to MSK"

            # A TLS-only bucket (Deny s3:* when aws:SecureTransport is false) takes objects over HTTPS
            s3.create_bucket(Bucket="state", CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})
            s3.put_bucket_policy(Bucket="state", Policy=json.dumps({"Version": "2012-10-17", "Statement": [{
                "Effect": "Deny", "Principal": {"AWS": "*"}, "Action": "s3:*",
                "Resource": ["arn:aws:s3:::state", "arn:aws:s3:::state/*"],
                "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]}))
            s3.put_object(Bucket="state", Key="k.tfstate", Body=b"{}")
            assert s3.get_object(Bucket="state", Key="k.tfstate")["Body"].read() == b"{}"
            s3.put_bucket_policy(Bucket="state", Policy=json.dumps({"Version": "2012-10-17", "Statement": [{
                "Effect": "Deny", "Principal": {"AWS": "*"}, "Action": "s3:*", "Resource": "arn:aws:s3:::state/*"}]}))
            with pytest.raises(Exception, match="403|AccessDenied|Forbidden"):
                s3.get_object(Bucket="state", Key="k.tfstate")  # an unconditional Deny still denies
    finally:
        for owner, name, value in before:
            if value is None:
                delattr(owner, name)
            else:
                setattr(owner, name, value)


@pytest.mark.slow
def test_an_existing_network_is_created_under_the_ids_named(moto_server):
    moto_server.reset()
    ids = ["subnet-0a11b22c33d44e551", "subnet-0a11b22c33d44e552", "vpc-0f1e2d3c4b5a69788"]
    assert create_existing_network(moto_server, "eu-west-1", ids) == ids[2:] + ids[:2]
    assert create_existing_network(moto_server, "eu-west-1", ids) == []  # already there: left alone
    assert create_existing_network(moto_server, "eu-west-1", ["sg-0a9b8c7d6e5f4a3b2"]) == ["sg-0a9b8c7d6e5f4a3b2"]
    assert moto_server.client("ec2", "eu-west-1").describe_security_groups(
        GroupIds=["sg-0a9b8c7d6e5f4a3b2"])["SecurityGroups"][0]["Tags"] == []
    ec2 = moto_server.client("ec2", "eu-west-1")
    found = ec2.describe_subnets(SubnetIds=ids[:2])["Subnets"]
    assert {s["VpcId"] for s in found} == {ids[2]} and len({s["AvailabilityZone"] for s in found}) == 2


@pytest.mark.slow
def test_every_root_keeps_its_state_in_the_emulator_bucket_and_applies_everything_kept(synthesized, emulated):
    for name, run in emulated.items():
        if run.status == "UNAVAILABLE":
            continue
        entry = synthesized.entry(name)
        if run.local_state:  # it creates its own state bucket: first apply on local state (README)
            continue
        assert entry["state_key"] in run.state_keys, name
        assert run.applied == entry["resources"] - len(run.root.excluded_resources), name


@pytest.mark.slow
def test_downstream_roots_read_their_upstreams_state_from_the_emulator(synthesized, emulated):
    """Each downstream root planned against the state its upstream root wrote into the
    emulator's bucket: its remote-state reads resolved (the apply would fail otherwise),
    and the upstream's published outputs were there to read."""
    readers = [n for n in synthesized.names if synthesized.entry(n)["reads"] and emulated[n].status != "UNAVAILABLE"]
    assert readers
    for name in readers:
        for upstream in synthesized.entry(name)["reads"]:
            assert synthesized.entry(upstream)["state_key"] in emulated[upstream].state_keys \
                or emulated[upstream].stub_outputs, (name, upstream)
        assert "apply" in emulated[name].steps, name


def test_filter_root_drops_excluded_types_and_everything_referring_to_them():
    doc = {"resource": {
        "aws_msk_cluster": {"kafka": {"cluster_name": "k"}},
        "aws_security_group": {"sg": {"name": "sg"}},
        "aws_msk_configuration": {"conf": {"name": "c", "depends_on": ["aws_msk_cluster.kafka"]}},
        "aws_ssm_parameter": {"brokers": {"value": "${aws_msk_cluster.kafka.bootstrap_brokers}"},
                              "other": {"value": "${aws_security_group.sg.id}", "//": "aws_msk_cluster.kafka"}},
        "aws_route53_record": {"dns": {"records": ["${aws_ssm_parameter.brokers.value}"]}}},
        "output": {"brokers": {"value": "${aws_msk_cluster.kafka.bootstrap_brokers}"},
                   "sg": {"value": "${aws_security_group.sg.id}"}}}
    filtered, dropped, stand_ins = filter_root(doc, ["aws_msk_cluster"])
    assert sorted(dropped) == ["aws_msk_cluster.kafka", "aws_msk_configuration.conf", "aws_route53_record.dns",
                               "aws_ssm_parameter.brokers", "output.brokers"] and stand_ins == []
    assert sorted(filtered["resource"]) == ["aws_security_group", "aws_ssm_parameter"]
    assert list(filtered["resource"]["aws_ssm_parameter"]) == ["other"] and list(filtered["output"]) == ["sg"]
    assert "aws_msk_cluster" in doc["resource"]  # the input is not modified


def test_filter_root_keeps_only_moved_blocks_whose_target_stays():
    doc = {"resource": {"aws_msk_cluster": {"kafka": {"cluster_name": "k"}},
                        "aws_security_group": {"new": {"name": "sg"}}},
           "moved": [{"from": "aws_security_group.old", "to": "aws_security_group.new"},
                     {"from": "aws_msk_cluster.old", "to": "aws_msk_cluster.kafka"}]}
    filtered, _, _ = filter_root(doc, ["aws_msk_cluster"])
    assert filtered["moved"] == [{"from": "aws_security_group.old", "to": "aws_security_group.new"}]
    assert "moved" not in filter_root({**doc, "moved": doc["moved"][1:]}, ["aws_msk_cluster"])[0]


def test_filter_root_follows_locals_data_and_outputs_transitively():
    doc = {"resource": {
        "aws_msk_cluster": {"kafka": {"cluster_name": "k"}},
        "aws_iam_role_policy": {"p": {"policy": "${jsonencode({Resource = [local.topics]})}"},
                                "q": {"policy": "${local.other}"}},
        "aws_ecs_service": {"s": {"name": "s", "depends_on": ["aws_iam_role_policy.p"]}},
        "aws_s3_bucket": {"b": {"bucket": "b", "tags": {"note": "aws_msk_cluster.kafkaesque"}}}},
        "data": {"aws_iam_policy_document": {"d": {"statement": [{"resources": ["${local.arn}"]}]}}},
        "locals": {"arn": "${aws_msk_cluster.kafka.arn}",
                   "topics": "${replace(data.aws_iam_policy_document.d.json, \":cluster/\", \":topic/\")}",
                   "other": "${aws_s3_bucket.b.arn}"},
        "output": {"arn": {"value": "${local.arn}"}, "brokers": {"value": "${aws_ecs_service.s.name}"},
                   "bucket": {"value": "${aws_s3_bucket.b.id}"}}}
    filtered, dropped, stand_ins = filter_root(doc, ["aws_msk_cluster"], examples={"arn": "arn:aws:kafka:x"})
    assert dropped == ["aws_ecs_service.s", "aws_iam_role_policy.p", "aws_msk_cluster.kafka",
                       "data.aws_iam_policy_document.d", "local.arn", "local.topics", "output.brokers"]
    assert stand_ins == ["output.arn"] and filtered["output"]["arn"]["value"] == "arn:aws:kafka:x"
    assert sorted(filtered["locals"]) == ["other"] and "data" not in filtered
    assert sorted(filtered["resource"]) == ["aws_iam_role_policy", "aws_s3_bucket"]  # .kafkaesque is no reference
    assert list(filtered["resource"]["aws_iam_role_policy"]) == ["q"]
    unchanged, nothing, none = filter_root(doc, [])
    assert unchanged == doc and nothing == [] and none == []


def test_replan_drift_allows_only_the_listed_attributes_of_in_place_updates():
    def change(address, actions, before, after):
        return {"address": address, "type": address.split(".")[0], "mode": "managed",
                "change": {"actions": actions, "before": before, "after": after}}

    plan = {"resource_changes": [
        change("aws_ecs_service.a", ["update"], {"enable_ecs_managed_tags": False, "name": "a"},
               {"enable_ecs_managed_tags": True, "name": "a"}),
        change("aws_ecs_service.b", ["update"], {"enable_ecs_managed_tags": False, "desired_count": 1},
               {"enable_ecs_managed_tags": True, "desired_count": 2}),
        change("aws_vpc_security_group_ingress_rule.r", ["delete", "create"], {"description": None},
               {"description": "x"}),
        change("aws_s3_bucket.c", ["no-op"], {}, {})]}
    known, unexplained = replan_drift(plan)
    assert known == ["aws_ecs_service.a: enable_ecs_managed_tags"]
    assert unexplained == ["aws_ecs_service.b: update desired_count, enable_ecs_managed_tags",
                           "aws_vpc_security_group_ingress_rule.r: delete-create description"]


def test_logging_without_its_target_bucket_policy_first_is_a_gap():
    doc = {"resource": {"aws_s3_bucket": {"logs": {}, "data": {}},
                        "aws_s3_bucket_policy": {"logs": {"bucket": "${aws_s3_bucket.logs.id}"}},
                        "aws_s3_bucket_logging": {"data": {"bucket": "${aws_s3_bucket.data.id}",
                                                           "target_bucket": "${aws_s3_bucket.logs.bucket}"}}}}
    before = json.dumps(doc)
    (gap,) = ordering.unordered(doc)  # the output rule log_delivery_after_bucket_policy
    assert gap.startswith("aws_s3_bucket_logging.data: add depends_on aws_s3_bucket_policy.logs:")
    assert json.dumps(doc) == before  # checked, never added to the root
    doc["resource"]["aws_s3_bucket_logging"]["data"]["depends_on"] = ["aws_s3_bucket_policy.logs"]
    assert ordering.unordered(doc) == []


def test_every_root_declares_the_orderings_s3_needs(synthesized):
    """The gate fails an unordered root without applying it (``ordering``); every root is
    ordered today, and the check sees the orderings: dropping them makes it fail."""
    assert {n: ordering.unordered(synthesized.doc(n)) for n in synthesized.names
            if ordering.unordered(synthesized.doc(n))} == {}
    kinds = ("aws_s3_bucket_logging", "aws_s3_bucket_object_lock_configuration")
    gaps = set()
    for name in synthesized.names:
        doc = json.loads(json.dumps(synthesized.doc(name)))
        for kind in kinds:
            for body in doc.get("resource", {}).get(kind, {}).values():
                body.pop("depends_on", None)
        gaps |= {gap.split(".")[0] for gap in ordering.unordered(doc)}
    assert gaps == set(kinds)


def test_an_unordered_root_fails_the_gate_naming_the_gap():
    run = RootRun("r", status="FAILED", reason="not applied", unordered=["aws_s3_bucket_logging.x does not depend "
                                                                        "on aws_s3_bucket_policy.y"])
    assert "aws_s3_bucket_logging.x does not depend on aws_s3_bucket_policy.y" in run.failure()


def test_roots_are_scheduled_after_their_upstreams():
    log = []

    def work(name, skip=False):
        log.append((name, skip))
        return name != "bad" and not skip

    _schedule(["a", "b", "bad", "c", "d"], {"b": {"a"}, "c": {"bad"}, "d": {"c"}}, work, jobs=2)
    order = [n for n, _ in log]
    assert order.index("a") < order.index("b") and ("c", True) in log and ("d", True) in log


def test_override_points_provider_backend_and_remote_state_at_the_emulator(tmp_path):
    doc = {"terraform": {"backend": {"s3": {"bucket": "b", "key": "k", "region": "eu-west-1", "encrypt": True,
                                            "use_lockfile": True}}},
           "provider": {"aws": [{"region": "eu-west-1", "allowed_account_ids": ["111111111111"]}]},
           "data": {"terraform_remote_state": {"up": {"backend": "s3", "config": {"bucket": "b", "key": "u"}}}}}
    write_override(doc, tmp_path, "http://127.0.0.1:5")
    override = json.loads((tmp_path / OVERRIDE).read_text())
    backend = override["terraform"]["backend"]["s3"]
    assert (backend["bucket"], backend["key"], backend["use_lockfile"], backend["encrypt"]) == ("b", "k", True, True)
    assert backend["endpoints"]["s3"] == "http://127.0.0.1:5" and backend["use_path_style"] is True
    provider = override["provider"]["aws"]
    assert provider["allowed_account_ids"] == [] and provider["endpoints"][0]["ec2"] == "http://127.0.0.1:5"
    assert override["data"]["terraform_remote_state"]["up"]["config"]["endpoints"]["s3"] == "http://127.0.0.1:5"


def _handoff_roots(outdir: Path) -> tuple[dict, dict]:
    """A test-only upstream root publishing a VPC id and a downstream root reading it."""
    from cdktf_cdktf_provider_aws.security_group import SecurityGroup
    from cdktf_cdktf_provider_aws.vpc import Vpc

    from atlas.cdk import App
    from atlas.config.common import PlatformSettings, StateSettings
    from atlas.stacks.base import PlatformStack
    from atlas.state import Contract, Output, RootId

    class UpstreamOutputs(Contract):
        vpc_id = Output("The VPC.", example="vpc-0a1b2c3d4e5f60718")

    settings = PlatformSettings(name_prefix="handoff", region="eu-west-1", account_id="111111111111",
                                state=StateSettings(bucket="handoff-state-111111111111", region="eu-west-1"))
    up_id, down_id = RootId("handoff", "test", "upstream"), RootId("handoff", "test", "downstream")
    app = App(outdir=str(outdir))
    up = PlatformStack(app, up_id, settings, local_backend=False, outputs=UpstreamOutputs)
    vpc = Vpc(up, "vpc", cidr_block="10.99.0.0/16")
    up.publish(UpstreamOutputs.vpc_id, vpc.id)
    down = PlatformStack(app, down_id, settings, local_backend=False)
    SecurityGroup(down, "reader", name="reader", description="reads the upstream VPC",
                  vpc_id=down.read(UpstreamOutputs, up_id).string(UpstreamOutputs.vpc_id))
    app.synth()
    return tuple(json.loads((outdir / "stacks" / r.name / "cdk.tf.json").read_text()) for r in (up_id, down_id))


@pytest.mark.slow
def test_remote_state_handoff_through_the_emulator_bucket(moto_server, tmp_path):
    up_doc, down_doc = _handoff_roots(tmp_path / "out")
    assert "terraform_remote_state" in down_doc["data"]
    _fresh(moto_server, up_doc)
    env = emulator_env(tmp_path / "work")
    up = prepare(up_doc, "handoff-test-upstream", tmp_path / "work", moto_server.url, env=env)
    down = prepare(down_doc, "handoff-test-downstream", tmp_path / "work", moto_server.url, env=env)
    try:
        assert up.init().returncode == 0 and up.apply().returncode == 0, error_of(up.steps[-1])
        vpc_id = next(iter(state_ids(up)["aws_vpc"]))
        assert down.init().returncode == 0, error_of(down.steps[-1])
        plan = down.terraform("plan", "-input=false", "-out=plan.bin")
        assert plan.returncode == 0, error_of(plan)
        shown = down.terraform("show", "-json", "plan.bin").output
        changes = json.loads(shown[shown.index("{"):])["resource_changes"]
        reader = next(c for c in changes if c["address"] == "aws_security_group.reader")
        assert reader["change"]["after"]["vpc_id"] == vpc_id  # read from the upstream state in S3
        assert down.apply().returncode == 0 and down.plan().returncode == 0
    finally:
        down.destroy()
        up.destroy()


@pytest.mark.slow
def test_an_apply_cut_off_mid_run_converges_with_nothing_lost(synthesized, moto_server, tmp_path, request):
    """Cut the emulator off mid-apply; recover as an operator would; the re-run converges.

    The cut is deterministic: the apply runs with -parallelism=1 and the proxy cuts at the
    fourth Glue CreateDatabase request, after it reached the emulator (the database exists,
    its answer is lost) and after three databases were created and recorded.
    """
    from atlas.harness.mirror import find_mirror
    from atlas.harness.terraform import providers_not_in_mirror

    # The smallest upstream root with four Glue databases and nothing outside the mirror.
    name = min((n for n in synthesized.names if not synthesized.entry(n)["depends_on"]
                and not providers_not_in_mirror(synthesized.doc(n), find_mirror())
                and not external_network_ids(synthesized.doc(n))
                and len(resources(synthesized.doc(n), "aws_glue_catalog_database")) >= 4),
               key=lambda n: synthesized.entry(n)["resources"])
    doc = synthesized.doc(name)
    backend = _backend(doc)
    _fresh(moto_server, doc)
    outage = Outage(moto_server.port).restore().cut_on(b"AWSGlue.CreateDatabase", 4)
    root = prepare(doc, name, tmp_path / "work", outage.url)
    try:
        assert root.init().returncode == 0, error_of(root.steps[-1])
        run = root.start("apply", "-auto-approve", "-input=false", "-parallelism=1")
        created: list[str] = []
        output = []
        for line in run.stdout:
            output.append(line)
            match = re.match(r"^(\S+): Creation complete", line)
            if match:
                created.append(match.group(1))
        assert run.wait(timeout=600) != 0, "the apply should have failed during the outage"
        assert not outage.up, "the apply finished without reaching the fourth Glue database"
        assert len([c for c in created if c.startswith("aws_glue_catalog_database.")]) == 3
        time.sleep(1)
        outage.restore()

        recovery = recover(root, moto_server, backend)
        assert "state push errored.tfstate" in recovery  # the state Terraform could not upload
        in_state = set(root.state_list())
        assert set(created) <= in_state  # nothing created before the cut is forgotten

        # The database whose answer was lost exists, but no state knows it: the re-run's
        # create fails with "already exists", and the operator imports it.
        reapplied = root.apply()
        assert reapplied.returncode != 0
        adopted = adopt_in_flight(root, reapplied, moto_server, backend["region"])
        assert len(adopted) == 1 and " aws_glue_catalog_database." in adopted[0], error_of(reapplied)
        recovery += adopted
        reapplied = root.apply()
        assert reapplied.returncode == 0, error_of(reapplied)
        replanned, _ = root.replan()
        assert replanned.returncode == 0, replanned.output[-3000:]
        recovery += retire_unnamed_orphans(root, moto_server, backend["region"])
        state = state_ids(root)
        found = inventory(moto_server, backend["region"])
        duplicates = {t: sorted(ids - state.get(t, set())) for t, ids in found.items()
                      if t in state and ids != state[t]}
        assert duplicates == {}  # the emulator holds exactly what the state knows: no orphans
        _show(request, f"fault injection on {name}: cut at {outage.cut_request.decode(errors='replace')} "
              f"after {len(created)} creations; "
              f"recovery: {'; '.join(recovery)}; {len(in_state)} resources in state after recovery; "
              f"re-apply converged to {sum(len(v) for v in state.values())} resources, plan clean")
    finally:
        if not outage.up:
            outage.restore()
        root.destroy()
        outage.cut()


def test_creates_in_flight_at_the_cut_are_imported_by_name(tmp_path):
    output = ("Error: creating IAM Role (kraken-dev-vpc-flow-logs): operation error IAM: CreateRole, https response "
              "error StatusCode: 409, EntityAlreadyExists: Role with name kraken-dev-vpc-flow-logs already exists.\n\n"
              "  with aws_iam_role.network_flow_log_role,\n  on cdk.tf.json line 573\n")
    assert IN_FLIGHT.findall(output) == [("kraken-dev-vpc-flow-logs", "aws_iam_role.network_flow_log_role")]
    assert IN_FLIGHT.findall("Error: creating IAM Role (x): AccessDenied\n  with aws_iam_role.x,\n") == []


@pytest.mark.slow
def test_in_flight_resources_are_imported_under_the_id_their_importer_wants(moto_server):
    moto_server.reset()
    region = "eu-west-1"
    moto_server.client("glue", region).create_database(DatabaseInput={"Name": "kraken_dev_raw"})
    arn = moto_server.client("secretsmanager", region).create_secret(Name="AmazonMSK_x_admin")["ARN"]
    ec2 = moto_server.client("ec2", region)
    vpc = ec2.create_vpc(CidrBlock="10.9.0.0/16")["Vpc"]["VpcId"]
    group = ec2.create_security_group(GroupName="kraken-dev-db", Description="db", VpcId=vpc)["GroupId"]
    account = moto_server.client("sts", region).get_caller_identity()["Account"]
    assert import_id(moto_server, region, "aws_glue_catalog_database", "kraken_dev_raw") == \
        f"{account}:kraken_dev_raw"
    assert import_id(moto_server, region, "aws_secretsmanager_secret", "AmazonMSK_x_admin") == arn
    assert import_id(moto_server, region, "aws_security_group", "kraken-dev-db") == group
    assert import_id(moto_server, region, "aws_iam_role", "kraken-dev-vpc-flow-logs") == "kraken-dev-vpc-flow-logs"


def test_object_lock_without_versioning_first_is_a_gap():
    """Unordered, destroy may suspend versioning before removing the object lock (refused by S3)."""
    doc = {"resource": {"aws_s3_bucket": {"audit": {}},
                        "aws_s3_bucket_versioning": {"audit": {"bucket": "${aws_s3_bucket.audit.id}"}},
                        "aws_s3_bucket_object_lock_configuration": {"audit": {"bucket": "${aws_s3_bucket.audit.id}"}}}}
    (gap,) = ordering.unordered(doc)  # the output rule object_lock_after_versioning
    assert gap.startswith("aws_s3_bucket_object_lock_configuration.audit: add depends_on aws_s3_bucket_versioning.audit:")
    assert "depends_on" not in doc["resource"]["aws_s3_bucket_object_lock_configuration"]["audit"]
    doc["resource"]["aws_s3_bucket_object_lock_configuration"]["audit"]["depends_on"] = \
        ["aws_s3_bucket_versioning.audit"]
    assert ordering.unordered(doc) == []


def test_deletion_protection_is_lifted_only_in_the_copy(tmp_path):
    doc = {"resource": {"aws_db_instance": {"db": {"deletion_protection": True}, "other": {}}}}
    (tmp_path / "cdk.tf.json").write_text(json.dumps(doc))
    root = EmulatedRoot("r", tmp_path, {})
    assert lift_deletion_protection(root) == ["aws_db_instance.db"]
    assert json.loads((tmp_path / "cdk.tf.json").read_text())["resource"]["aws_db_instance"]["db"] == \
        {"deletion_protection": False}
    assert doc["resource"]["aws_db_instance"]["db"]["deletion_protection"] is True
    assert lift_deletion_protection(root) == []


def test_account_unique_names_of_other_accounts_leave_the_later_root_out():
    role = {"resource": {"aws_iam_role": {"r": {"name": "atlas-terraform-deploy"}},
                         "aws_s3_bucket": {"b": {"bucket": "state-1"}}}}
    other = {"resource": {"aws_iam_role": {"r": {"name": "atlas-terraform-deploy"}},
                          "aws_s3_bucket": {"b": {"bucket": "state-2"}}}}
    docs = {"bootstrap-a": role, "bootstrap-b": other, "x": {"resource": {"aws_iam_role": {"r": {"name": "${var.n}"}}}}}
    left_out = account_collisions(docs, sorted(docs))
    assert list(left_out) == ["bootstrap-b"] and "bootstrap-a" in left_out["bootstrap-b"]
    for d in docs.values():
        d["terraform"] = {"backend": {"s3": {"bucket": "state-1" if d is not other else "state-2", "region": "r"}}}
    # the gate creates the left-out root's bucket itself; the root that makes its own runs first
    assert buckets_to_create(docs) == [("state-2", "r")]
