"""Gate 1: checkov over every synthesized root fails the suite on unsuppressed findings."""

from __future__ import annotations

import json

import pytest

from atlas.gates import checkov
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
    assert failed == {}, "fix the construct, or add `- CHECK_ID  # reason` to .checkov.yaml"


def test_every_synthesized_root_was_scanned(synthesized, checkov_reports):
    assert sorted(checkov_reports) == sorted(synthesized.names)
    assert [n for n, r in checkov_reports.items() if r.passed == 0] == []


def test_every_suppression_has_a_reason_and_is_still_needed(checkov_reports):
    suppressions = checkov.load_suppressions()
    assert all(len(reason) >= 20 for reason in suppressions.values())
    assert checkov.unused_suppressions(checkov_reports, suppressions) == []


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
