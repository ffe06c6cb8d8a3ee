"""Gate 1: checkov over every synthesized root fails the suite on unsuppressed findings."""

from __future__ import annotations

import json

import pytest

from tests.gates import checkov
from tests.helpers import synth_construct


def _require_checkov() -> str:
    binary = checkov.checkov_binary()
    if binary is None:
        # A gate that skips itself silently is no gate: scripts/setup always installs it.
        pytest.fail("checkov is not installed: run scripts/setup (it creates .venv-checkov)")
    return binary


@pytest.fixture(scope="session")
def checkov_reports(synthesized, request):
    """One checkov run over every synthesized root, per test session."""
    reports = checkov.scan(synthesized.outdir, binary=_require_checkov())
    text = checkov.format_report(reports)
    (synthesized.outdir.parent / "checkov-report.txt").write_text(text + "\n")
    from tests.test_gate_emulator import _show

    _show(request, "checkov (passed / failed / suppressed per root):\n" + text)
    return reports


def test_every_root_passes_checkov_or_is_suppressed_with_a_reason(checkov_reports):
    failed = {name: [f"{f.check_id} {f.resource}: {f.check_name}" for f in r.failed]
              for name, r in checkov_reports.items() if r.failed}
    assert failed == {}, ("fix the construct, or accept the finding where it is acceptable: "
                          ".checkov-scoped.yaml (named roots/resources) or .checkov.yaml (every root)")


def test_every_synthesized_root_was_scanned(synthesized, checkov_reports):
    assert sorted(checkov_reports) == sorted(synthesized.names)
    # (checkov has no checks for a root without AWS resources: the Spacelift admin root)
    assert [n for n, r in checkov_reports.items() if r.passed == 0
            and any(t.startswith("aws_") for t in synthesized.doc(n).get("resource", {}))] == []


def test_every_suppression_has_a_reason_and_is_still_needed(checkov_reports):
    suppressions = checkov.load_all()
    assert all(len(reason) >= 20 for reason in suppressions.global_.values())
    assert suppressions.scoped and all(len(entry.reason) >= 20 for entry in suppressions.scoped)
    # Stale: a global id nothing fails, a scoped entry that matches nothing, or a root or
    # resource a scoped entry names where the check now passes (narrow the entry).
    assert checkov.unused_suppressions(checkov_reports, suppressions) == []


def _production_resources(synthesized) -> list[tuple[str, str, str]]:
    """(check_id, root, address) for every resource a root's environment class requires a
    check to pass on (checkov.required_checks, from the ENVIRONMENT_CLASSES table)."""
    found = []
    for name in synthesized.names:
        resources = synthesized.doc(name).get("resource", {})
        for check_id, rtype in checkov.required_checks(synthesized.entry(name)).items():
            found += [(check_id, name, f"{rtype}.{rname}") for rname in resources.get(rtype, {})]
    return found


def test_class_requirements_map_to_checks():
    """Every field of the class table is enforced by at least one check in the gate."""
    import dataclasses

    from atlas.config.common import ClassRules

    assert {f.name for f in dataclasses.fields(ClassRules)} == set(checkov.CLASS_CHECKS)
    assert checkov.required_checks({"environment_class": "development"}) == {}
    assert set(checkov.required_checks({"environment_class": "production"})) == {
        "CKV_AWS_157", "CKV2_AWS_50", "CKV_AWS_293", "CKV_AWS_150", "CKV_AWS_291"}
    assert "CKV_AWS_291" not in checkov.required_checks({"environment_class": "staging"})


def test_no_suppression_covers_a_production_regression(synthesized):
    """A production database, cache, MSK cluster or public ALB failing its check would not be
    accepted by any suppression: the scoped list names only non-production roots for them."""
    targets = _production_resources(synthesized)
    # Not vacuous: both platforms' production databases and Atlas' cache, brokers and ALB.
    assert {(c, r) for c, r, _ in targets} >= {
        ("CKV_AWS_157", "atlas-prod"), ("CKV_AWS_157", "kraken-prod-infra"),
        ("CKV_AWS_293", "atlas-prod"), ("CKV_AWS_293", "kraken-prod-infra"),
        ("CKV2_AWS_50", "atlas-prod"), ("CKV_AWS_291", "atlas-prod"), ("CKV_AWS_291", "kraken-prod-infra"),
        ("CKV_AWS_150", "atlas-prod")}
    suppressions = checkov.load_all()
    covered = [(c, r, a) for c, r, a in targets if suppressions.match(checkov.Finding(c, "", r, a)) is not None]
    assert covered == [], "these production regressions would be hidden by a suppression"
    prod = {n for n in synthesized.names if checkov.is_production(synthesized.entry(n))}
    assert [(e.check_id, sorted(e.roots & prod)) for e in suppressions.scoped
            if e.check_id in {"CKV_AWS_157", "CKV_AWS_293", "CKV2_AWS_50", "CKV_AWS_291"}
            and (not e.roots or e.roots & prod)] == []


def test_production_roots_pass_the_environment_dependent_checks(synthesized, checkov_reports):
    """...and today they pass them: checkov reports each such production resource as passed."""
    missing = [(c, r, a) for c, r, a in _production_resources(synthesized)
               if (c, a) not in checkov_reports[r].passed_checks]
    assert missing == []


def test_production_is_the_environment_class_of_the_root():
    assert checkov.is_production({"environment": "live", "environment_class": "production"})
    assert not checkov.is_production({"environment": "prod", "environment_class": "staging"})


def test_scoped_suppressions_accept_only_their_roots_and_resources():
    """The classifier with the committed lists: staging may run a single-AZ database, prod may not."""
    def failed(root, check_id, address):
        kind, name = address.split(".")
        return {"check_id": check_id, "check_name": check_id, "file_path": f"/{root}/cdk.tf.json",
                "resource": f"resource.{name}" if kind != "aws_s3_bucket" else address}
    raw = [{"check_type": "terraform_json", "results": {"passed_checks": [], "failed_checks": [
        failed("atlas-staging", "CKV_AWS_157", "aws_db_instance.camunda_db_instance"),
        failed("atlas-prod", "CKV_AWS_157", "aws_db_instance.camunda_db_instance"),        # multi_az turned off
        failed("kraken-prod-infra", "CKV_AWS_293", "aws_db_instance.database_instance"),  # deletion protection off
        failed("kraken-dev-data-plane", "CKV_AWS_150", "aws_lb.alb_lb"),                  # dev internal ALB: accepted
        failed("kraken-prod-data-plane", "CKV_AWS_150", "aws_lb.alb_lb"),                 # prod internal ALB: not
        failed("atlas-prod", "CKV_AWS_150", "aws_lb.alb_lb"),                             # public ALB: not
        failed("atlas-prod", "CKV_AWS_338", "aws_cloudwatch_log_group.camunda_log_group"),
        failed("atlas-prod", "CKV_AWS_338", "aws_cloudwatch_log_group.network_flow_log_group"),  # audit logs
        failed("kraken-prod-infra", "CKV_AWS_145", "aws_s3_bucket.lake_access_logs_bucket"),
        failed("kraken-prod-infra", "CKV_AWS_145", "aws_s3_bucket.lake_raw_mnpi_bucket"),  # KMS dropped
        failed("atlas-prod", "CKV_AWS_144", "aws_s3_bucket.sink_bucket_bucket"),           # global
    ]}}]
    types = {
        "atlas-staging": {"camunda_db_instance": ["aws_db_instance"]},
        "atlas-prod": {"camunda_db_instance": ["aws_db_instance"], "alb_lb": ["aws_lb"],
                       "camunda_log_group": ["aws_cloudwatch_log_group"],
                       "network_flow_log_group": ["aws_cloudwatch_log_group"]},
        "kraken-prod-infra": {"database_instance": ["aws_db_instance"]},
        "kraken-prod-data-plane": {"alb_lb": ["aws_lb"]},
        "kraken-dev-data-plane": {"alb_lb": ["aws_lb"]},
    }
    roots = sorted(types)
    reports = checkov.classify(raw, roots, checkov.load_all(), types)
    assert {r: sorted((f.check_id, f.resource) for f in rep.failed) for r, rep in reports.items() if rep.failed} == {
        "atlas-prod": [("CKV_AWS_150", "aws_lb.alb_lb"), ("CKV_AWS_157", "aws_db_instance.camunda_db_instance"),
                       ("CKV_AWS_338", "aws_cloudwatch_log_group.network_flow_log_group")],
        "kraken-prod-infra": [("CKV_AWS_145", "aws_s3_bucket.lake_raw_mnpi_bucket"),
                              ("CKV_AWS_293", "aws_db_instance.database_instance")],
        "kraken-prod-data-plane": [("CKV_AWS_150", "aws_lb.alb_lb")]}
    assert [f.resource for f in reports["kraken-dev-data-plane"].scoped] == ["aws_lb.alb_lb"]
    assert [f.resource for f in reports["atlas-staging"].scoped] == ["aws_db_instance.camunda_db_instance"]
    assert [f.check_id for f in reports["atlas-prod"].suppressed] == ["CKV_AWS_338", "CKV_AWS_144"]
    assert [f.check_id for f in reports["atlas-prod"].scoped] == ["CKV_AWS_338"]


def test_a_scoped_suppression_too_wide_for_its_findings_is_stale():
    entry = checkov.ScopedSuppression("CKV_AWS_157", "a reason that is long enough",
                                      frozenset({"a", "b"}), frozenset({"aws_db_instance.x", "aws_db_instance.y"}))
    unused = checkov.ScopedSuppression("CKV_AWS_293", "a reason that is long enough", frozenset({"a"}))
    suppressions = checkov.Suppressions({}, (entry, unused))
    raw = [{"results": {"failed_checks": [
        {"check_id": "CKV_AWS_157", "file_path": "/a/cdk.tf.json", "resource": "resource.x"}]}}]
    reports = checkov.classify(raw, ["a", "b"], suppressions, {"a": {"x": ["aws_db_instance"]}})
    assert reports["a"].failed == [] and len(reports["a"].scoped) == 1
    assert checkov.unused_suppressions(reports, suppressions) == [
        "CKV_AWS_157 root b (passes there)", "CKV_AWS_157 resource aws_db_instance.y (passes, or is gone)",
        "CKV_AWS_293 (scoped: matches no failed check)"]


def test_a_name_two_resource_types_share_stays_unresolved():
    """Such a finding keeps checkov's `resource.name`, which no scoped entry (type.name) matches."""
    raw = [{"results": {"failed_checks": [
        {"check_id": "CKV_AWS_1", "file_path": "/a/cdk.tf.json", "resource": "resource.x"}]}}]
    reports = checkov.classify(raw, ["a"], {}, {"a": {"x": ["aws_lb", "aws_db_instance"]}})
    assert reports["a"].failed[0].resource == "resource.x"


@pytest.mark.parametrize("body, message", [
    ("scoped:\n  - check: CKV_AWS_157\n    roots: [a]\n", "needs a one-line `reason`"),
    ("scoped:\n  - check: CKV_AWS_157\n    reason: a reason that is long enough\n", "name `roots` and/or"),
    ("scoped:\n  - check: CKV_AWS_1\n    roots: [a]\n    reason: a reason that is long enough\n",
     "also suppressed globally"),
    ("scoped:\n  - check: CKV_AWS_157\n    resources: [camunda_db_instance]\n"
     "    reason: a reason that is long enough\n", "addresses `type.name`"),
    ("scoped:\n  - check: CKV_AWS_157\n    roots: [a]\n    reason: a reason that is long enough\n"
     "    where: everywhere\n", "`reason` only"),
    ("scoped:\n  - check: multi-az\n    roots: [a]\n    reason: a reason that is long enough\n",
     "must be a checkov id"),
    ("skip-check: [CKV_AWS_2]\n", "only a `scoped:` list"),
])
def test_scoped_file_rejects_malformed_entries(tmp_path, body, message):
    path = tmp_path / ".checkov-scoped.yaml"
    path.write_text(body)
    with pytest.raises(ValueError, match=message):
        checkov.load_scoped(path, global_ids=frozenset({"CKV_AWS_1"}))


def test_scoped_file_reads_roots_and_resources(tmp_path):
    path = tmp_path / ".checkov-scoped.yaml"
    path.write_text("scoped:\n  - check: CKV2_AWS_50\n    roots: [a, b]\n    resources: [aws_x.y]\n"
                    "    reason: a reason that is long enough\n")
    assert checkov.load_scoped(path) == (checkov.ScopedSuppression(
        "CKV2_AWS_50", "a reason that is long enough", frozenset({"a", "b"}), frozenset({"aws_x.y"})),)


def test_suppression_file_rejects_an_entry_without_a_reason(tmp_path):
    path = tmp_path / ".checkov.yaml"
    path.write_text("skip-check:\n  - CKV_AWS_1  # a reason that is long enough\n  - CKV_AWS_2\n")
    with pytest.raises(ValueError, match="CKV_AWS_2 needs a one-line reason"):
        checkov.load_suppressions(path)
    path.write_text("skip-check:\n  - CKV_AWS_1  # a reason that is long enough\n")
    assert checkov.load_suppressions(path) == {"CKV_AWS_1": "a reason that is long enough"}
    path.write_text("skip-check: [CKV_AWS_1]\n")
    with pytest.raises(ValueError, match="one `- CHECK_ID  # reason` per line"):
        checkov.load_suppressions(path)


def test_classify_counts_failed_and_suppressed_per_root():
    raw = [{"check_type": "terraform_json", "results": {
        "passed_checks": [{"check_id": "CKV_AWS_1", "file_path": "/a/cdk.tf.json", "resource": "x"}],
        "failed_checks": [
            {"check_id": "CKV_AWS_2", "check_name": "two", "file_path": "/a/cdk.tf.json", "resource": "y"},
            {"check_id": "CKV_AWS_3", "check_name": "three", "file_path": "/b/cdk.tf.json", "resource": "z"}]}}]
    reports = checkov.classify(raw, ["a", "b", "c"], {"CKV_AWS_3": "reason"})
    assert (reports["a"].passed, [f.check_id for f in reports["a"].failed], reports["a"].suppressed) == \
        (1, ["CKV_AWS_2"], [])
    assert ([f.check_id for f in reports["b"].suppressed], reports["b"].failed) == (["CKV_AWS_3"], [])
    assert reports["c"].passed == 0 and checkov.unused_suppressions(reports, {"CKV_AWS_9": "r"}) == ["CKV_AWS_9"]


@pytest.mark.slow
def test_the_scan_fails_an_unencrypted_log_group(tmp_path):
    """The gate can fail: a log group without a KMS key is reported as a failed check."""
    from cdktf_cdktf_provider_aws.cloudwatch_log_group import CloudwatchLogGroup

    doc = synth_construct(lambda s: CloudwatchLogGroup(s, "plain", name="plain", retention_in_days=400))
    (tmp_path / "stacks" / "bad-root").mkdir(parents=True)
    (tmp_path / "stacks" / "bad-root" / "cdk.tf.json").write_text(json.dumps(doc))
    (tmp_path / "roots.json").write_text(json.dumps({"roots": [{"name": "bad-root"}]}))
    reports = checkov.scan(tmp_path, binary=_require_checkov())
    assert "CKV_AWS_158" in {f.check_id for f in reports["bad-root"].failed}  # log group not KMS-encrypted


def test_a_missing_checkov_fails_the_gate_instead_of_skipping_it(tmp_path, monkeypatch, capsys):
    (tmp_path / "stacks").mkdir()
    (tmp_path / "roots.json").write_text(json.dumps({"roots": []}))
    monkeypatch.setattr(checkov, "checkov_binary", lambda: None)
    with pytest.raises(FileNotFoundError, match="checkov is not installed"):
        checkov.run_checkov(tmp_path / "stacks")
    assert checkov.main(["--out", str(tmp_path)]) == 2
    assert "checkov is not installed" in capsys.readouterr().err
    with pytest.raises(pytest.fail.Exception, match="checkov is not installed"):
        _require_checkov()
