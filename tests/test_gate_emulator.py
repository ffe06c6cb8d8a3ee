"""Gate 5: apply, clean re-plan and destroy of every root against moto (atlas.gates.emulator).

The emulator is started once per session on a free port of 127.0.0.1 and stopped at the
end. Every root in roots.json is applied in dependency order (its state in the emulator's
S3 bucket), re-planned with ``-detailed-exitcode`` (0 = no changes), then destroyed in
reverse order. A test-only pair of roots proves the remote-state handoff, and one apply is
interrupted by cutting the emulator off (see the module docstring) and recovered.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from atlas.gates import emulator as emu
from atlas.harness import terraform_binary



def _backend(doc: dict) -> dict:
    return doc["terraform"]["backend"]["s3"]


@pytest.fixture(scope="session")
def moto_server(tmp_path_factory):
    if terraform_binary() is None:
        pytest.skip("terraform is not on PATH")
    server = emu.MotoServer(log=tmp_path_factory.mktemp("moto") / "moto.log").start()
    yield server
    server.stop()


def _fresh(server: emu.MotoServer, *docs: dict) -> None:
    """An empty emulator holding the state bucket(s) the roots' backends name."""
    server.reset()
    for bucket, region in sorted({(_backend(d)["bucket"], _backend(d)["region"]) for d in docs}):
        emu.create_bucket(server, bucket, region)


def _show(request, text: str) -> None:
    """Writes past pytest's output capture, so the report shows in every run (and in CI logs)."""
    capture = request.config.pluginmanager.getplugin("capturemanager")
    reporter = request.config.pluginmanager.getplugin("terminalreporter")
    if reporter is not None and capture is not None:
        with capture.global_and_fixture_disabled():
            reporter.write_line("\n" + text)


def _order(manifest: list[dict]) -> list[str]:
    """Root names with every upstream root before the roots that read it."""
    done: list[str] = []
    pending = {r["name"]: set(r["depends_on"]) for r in manifest}
    while pending:
        ready = sorted(n for n, deps in pending.items() if deps <= set(done))
        assert ready, f"dependency cycle among {sorted(pending)}"
        done += ready
        for name in ready:
            del pending[name]
    return done


@pytest.fixture(scope="session")
def emulated(synthesized, moto_server, tmp_path_factory, request):
    """Every root: init, apply, plan, state check, then destroy (in reverse order)."""
    workdir = tmp_path_factory.mktemp("emulator")
    env = emu.emulator_env(workdir)
    names = _order(synthesized.manifest["roots"])
    _fresh(moto_server, *(synthesized.doc(n) for n in names))
    roots = {n: emu.prepare(synthesized.doc(n), n, workdir, moto_server.url, env=env) for n in names}
    results: dict[str, dict] = {}
    for name in names:
        root, doc = roots[name], synthesized.doc(name)
        steps = {"init": root.init()}
        if steps["init"].returncode == 0:
            steps["apply"] = root.apply()
        if steps.get("apply") and steps["apply"].returncode == 0:
            steps["plan"] = root.plan()
            backend = _backend(doc)
            objects = moto_server.client("s3", backend["region"]).list_objects_v2(Bucket=backend["bucket"])
            results[name] = {"state_keys": [o["Key"] for o in objects.get("Contents", [])],
                             "applied": sum(len(v) for v in emu.state_ids(root).values())}
        results.setdefault(name, {})["steps"] = steps
    for name in reversed(names):
        if "apply" in results[name]["steps"]:
            results[name]["steps"]["destroy"] = roots[name].destroy()
    report = [f"{'root':24} {'applied':>7} {'excluded':>8}  steps (seconds)"]
    for name in names:
        steps = results[name]["steps"]
        report.append(f"{name:24} {results[name].get('applied', 0):>7} {len(roots[name].dropped):>8}  "
                      + ", ".join(f"{k} {s.returncode} ({s.seconds:.0f})" for k, s in steps.items()))
    (workdir / "report.txt").write_text("\n".join(report) + "\n")
    _show(request, "emulator (apply / plan / destroy per root):\n" + "\n".join(report))
    return roots, results


@pytest.mark.slow
def test_every_root_applies_replans_clean_and_destroys(synthesized, emulated):
    roots, results = emulated
    assert sorted(results) == sorted(synthesized.names)
    problems = {}
    for name, result in results.items():
        steps = result["steps"]
        for stage in ("init", "apply", "plan", "destroy"):
            step = steps.get(stage)
            if step is None or step.returncode != 0:
                problems[name] = f"{stage}: " + (emu.error_of(step) if step else "not reached")
                if stage == "plan" and step is not None and step.returncode == 2:
                    problems[name] = "plan after apply is not clean (perpetual diff):\n" + step.output[-3000:]
                break
    assert problems == {}


@pytest.mark.slow
def test_every_root_keeps_its_state_in_the_emulator_bucket_and_applies_everything_kept(synthesized, emulated):
    roots, results = emulated
    for name in synthesized.names:
        entry = synthesized.entry(name)
        assert entry["state_key"] in results[name]["state_keys"], name
        kept = entry["resources"] - len([d for d in roots[name].dropped if not d.startswith(("data.", "output."))])
        assert results[name]["applied"] == kept, name


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
    filtered, dropped = emu.filter_root(doc, ["aws_msk_cluster"])
    assert sorted(dropped) == ["aws_msk_cluster.kafka", "aws_msk_configuration.conf", "aws_route53_record.dns",
                               "aws_ssm_parameter.brokers", "output.brokers"]
    assert sorted(filtered["resource"]) == ["aws_security_group", "aws_ssm_parameter"]
    assert list(filtered["resource"]["aws_ssm_parameter"]) == ["other"] and list(filtered["output"]) == ["sg"]
    assert "aws_msk_cluster" in doc["resource"]  # the input is not modified


def test_override_points_provider_backend_and_remote_state_at_the_emulator(tmp_path):
    doc = {"terraform": {"backend": {"s3": {"bucket": "b", "key": "k", "region": "eu-west-1", "encrypt": True,
                                            "use_lockfile": True}}},
           "provider": {"aws": [{"region": "eu-west-1", "allowed_account_ids": ["111111111111"]}]},
           "data": {"terraform_remote_state": {"up": {"backend": "s3", "config": {"bucket": "b", "key": "u"}}}}}
    emu.write_override(doc, tmp_path, "http://127.0.0.1:5")
    override = json.loads((tmp_path / emu.OVERRIDE).read_text())
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
    from atlas.state import RootId

    settings = PlatformSettings(region="eu-west-1", account_id="111111111111",
                                state=StateSettings(bucket="handoff-state-111111111111", region="eu-west-1"))
    up_id, down_id = RootId("handoff", "test", "upstream"), RootId("handoff", "test", "downstream")
    app = App(outdir=str(outdir))
    up = PlatformStack(app, up_id, settings, local_backend=False)
    vpc = Vpc(up, "vpc", cidr_block="10.99.0.0/16")
    up.publish("vpc_id", vpc.id, description="The VPC.", example="vpc-0a1b2c3d4e5f60718")
    down = PlatformStack(app, down_id, settings, local_backend=False, depends_on=(up_id,))
    SecurityGroup(down, "reader", name="reader", description="reads the upstream VPC",
                  vpc_id=down.remote_outputs(up_id).string("vpc_id"))
    app.synth()
    return tuple(json.loads((outdir / "stacks" / r.name / "cdk.tf.json").read_text()) for r in (up_id, down_id))


@pytest.mark.slow
def test_remote_state_handoff_through_the_emulator_bucket(moto_server, tmp_path):
    up_doc, down_doc = _handoff_roots(tmp_path / "out")
    assert "terraform_remote_state" in down_doc["data"]
    _fresh(moto_server, up_doc)
    env = emu.emulator_env(tmp_path / "work")
    up = emu.prepare(up_doc, "handoff-test-upstream", tmp_path / "work", moto_server.url, env=env)
    down = emu.prepare(down_doc, "handoff-test-downstream", tmp_path / "work", moto_server.url, env=env)
    try:
        assert up.init().returncode == 0 and up.apply().returncode == 0, emu.error_of(up.steps[-1])
        vpc_id = next(iter(emu.state_ids(up)["aws_vpc"]))
        assert down.init().returncode == 0, emu.error_of(down.steps[-1])
        plan = down.terraform("plan", "-input=false", "-out=plan.bin")
        assert plan.returncode == 0, emu.error_of(plan)
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
    """Cut the emulator off after a few resources exist; recover; the re-run converges."""
    name = synthesized.names[0]
    doc = synthesized.doc(name)
    backend = _backend(doc)
    _fresh(moto_server, doc)
    outage = emu.Outage(moto_server.port).restore()
    root = emu.prepare(doc, name, tmp_path / "work", outage.url)
    try:
        assert root.init().returncode == 0, emu.error_of(root.steps[-1])
        run = root.start("apply", "-auto-approve", "-input=false")
        created: list[str] = []
        output = []
        for line in run.stdout:
            output.append(line)
            match = re.match(r"^(\S+): Creation complete", line)
            if match:
                created.append(match.group(1))
            if len(created) >= 3 and outage.up:
                outage.cut()
        assert run.wait(timeout=600) != 0, "the apply should have failed during the outage"
        assert not outage.up and len(created) >= 3
        time.sleep(1)
        outage.restore()

        recovery = emu.recover(root, moto_server, backend)
        assert "state push errored.tfstate" in recovery  # the state Terraform could not upload
        in_state = set(root.state_list())
        assert set(created) <= in_state  # nothing created before the cut is forgotten

        assert root.apply().returncode == 0, emu.error_of(root.steps[-1])
        assert root.plan().returncode == 0, root.steps[-1].output[-3000:]
        state = emu.state_ids(root)
        found = emu.inventory(moto_server, backend["region"])
        duplicates = {t: sorted(ids - state.get(t, set())) for t, ids in found.items()
                      if t in state and ids != state[t]}
        assert duplicates == {}  # the emulator holds exactly what the state knows: no orphans
        _show(request, f"fault injection on {name}: cut after {len(created)} creations ({', '.join(created)}); "
              f"recovery: {'; '.join(recovery)}; {len(in_state)} resources in state after recovery; "
              f"re-apply converged to {sum(len(v) for v in state.values())} resources, plan clean")
    finally:
        if not outage.up:
            outage.restore()
        root.destroy()
        outage.cut()
