"""One-off ECS tasks (atlas.delivery.tasks): the runner starts the task the root's output
describes, in private subnets without a public address, and succeeds only on exit code 0."""

from __future__ import annotations

import pytest

from atlas.delivery.tasks import TaskFailed, run

SPEC = {"cluster_arn": "arn:aws:ecs:eu-west-1:333333333333:cluster/kraken-dev",
        "task_definition_arn": "arn:aws:ecs:eu-west-1:333333333333:task-definition/kraken-dev-cdc-setup:1",
        "subnet_ids": ["subnet-a", "subnet-b"], "security_group_ids": ["sg-1"], "container": "kraken-dev-cdc-setup",
        "log_group": "/ecs/kraken-dev-cdc-setup"}
ARN = "arn:aws:ecs:eu-west-1:333333333333:task/kraken-dev/0123abcd"


class FakeEcs:
    def __init__(self, statuses, container=None, failures=None):
        self.statuses, self.container, self.failures, self.calls = list(statuses), container or {}, failures, []

    def run_task(self, **kwargs):
        self.calls.append(kwargs)
        if self.failures:
            return {"tasks": [], "failures": self.failures}
        return {"tasks": [{"taskArn": ARN}], "failures": []}

    def describe_tasks(self, **kwargs):
        status = self.statuses.pop(0) if len(self.statuses) > 1 else self.statuses[0]
        task = {"taskArn": ARN, "lastStatus": status, "containers": [{"name": SPEC["container"], **self.container}]}
        if status == "STOPPED":
            task["stoppedReason"] = "Essential container in task exited"
        return {"tasks": [task]}


def _run(ecs, **kwargs):
    said: list[str] = []
    run("cdc_setup", SPEC, client=ecs, sleep=lambda s: None, say=said.append, **kwargs)
    return said


def test_the_task_runs_private_and_waits_for_exit_code_zero():
    ecs = FakeEcs(["PROVISIONING", "RUNNING", "STOPPED"], {"exitCode": 0})
    said = _run(ecs)
    (call,) = ecs.calls
    assert call["launchType"] == "FARGATE" and call["taskDefinition"] == SPEC["task_definition_arn"]
    assert call["networkConfiguration"]["awsvpcConfiguration"] == {
        "subnets": ["subnet-a", "subnet-b"], "securityGroups": ["sg-1"], "assignPublicIp": "DISABLED"}
    assert said[-1] == "task cdc_setup: exit code 0" and ecs.statuses == ["STOPPED"]


def test_a_non_zero_exit_names_the_code_and_the_log_stream():
    with pytest.raises(TaskFailed) as err:
        _run(FakeEcs(["STOPPED"], {"exitCode": 3}))
    assert str(err.value) == ("task cdc_setup: exit code 3; its log: /ecs/kraken-dev-cdc-setup, stream "
                              "kraken-dev-cdc-setup/kraken-dev-cdc-setup/0123abcd")


def test_a_task_that_never_started_its_container_says_why():
    with pytest.raises(TaskFailed, match="Essential container in task exited .CannotPullContainerError"):
        _run(FakeEcs(["STOPPED"], {"reason": "CannotPullContainerError: pull access denied"}))
    with pytest.raises(TaskFailed, match="RunTask failed: .* RESOURCE:ENI"):
        _run(FakeEcs(["STOPPED"], failures=[{"arn": "x", "reason": "RESOURCE:ENI"}]))


def test_a_task_still_running_at_the_deadline_fails_and_says_so():
    ticks = iter(range(0, 10_000, 100))
    with pytest.raises(TaskFailed, match="still RUNNING after 900 s"):
        _run(FakeEcs(["RUNNING"]), clock=lambda: next(ticks))
