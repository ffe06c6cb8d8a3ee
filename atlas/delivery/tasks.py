"""Runs a root's one-off ECS task (``atlas.constructs.one_off_task``) and waits for its exit code.

A rollout step with a task (``atlas.rollout``) needs work done between two applies, such
as Debezium's database user: the runner reads how to start the task from the root's
output (``one_off_tasks``, after the step's apply), calls ``ecs:RunTask`` on Fargate in the
root's private subnets with no public address, waits until the task has stopped, and
succeeds only on exit code 0 of its container. Anything else is a ``TaskFailed`` naming
the task, its stop reason or exit code, and the log stream to read.

The runner's AWS credentials (the deploy role, or Spacelift's AWS integration) need
``ecs:RunTask`` on the task definition, ``ecs:DescribeTasks`` and ``iam:PassRole`` on the
task's two roles.
"""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path
from typing import Any, Callable, Mapping

POLL_SECONDS = 6.0
TIMEOUT_SECONDS = 900.0  # image pull, secrets, psql: minutes at most


class TaskFailed(RuntimeError):
    pass


def run_spec(folder: Path, task: Mapping[str, Any], terraform: str) -> dict[str, Any]:
    """The task's run spec from the root's state: ``terraform output -json <output>``."""
    proc = subprocess.run([terraform, f"-chdir={folder}", "output", "-json", task["output"]],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        raise TaskFailed(f"task {task['name']}: terraform output {task['output']} failed: {proc.stderr.strip()[-1000:]}")
    specs = json.loads(proc.stdout or "null") or {}
    if task["name"] not in specs:
        raise TaskFailed(f"task {task['name']}: the root's output {task['output']} does not describe it "
                         f"(it has {', '.join(sorted(specs)) or 'nothing'}); apply the step first")
    return specs[task["name"]]


def _ecs_client(cluster_arn: str) -> Any:
    import boto3  # only where a task runs: synthesis and tests never need it

    return boto3.client("ecs", region_name=cluster_arn.split(":")[3])


def run(name: str, spec: Mapping[str, Any], *, client: Any = None, timeout: float = TIMEOUT_SECONDS,
        poll: float = POLL_SECONDS, sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic, say: Callable[[str], None] = print) -> None:
    """Starts the task of ``spec`` and returns once it has stopped with exit code 0."""
    ecs = client or _ecs_client(spec["cluster_arn"])
    started = ecs.run_task(
        cluster=spec["cluster_arn"], taskDefinition=spec["task_definition_arn"], launchType="FARGATE", count=1,
        startedBy="atlas-rollout", networkConfiguration={"awsvpcConfiguration": {
            "subnets": list(spec["subnet_ids"]), "securityGroups": list(spec["security_group_ids"]),
            "assignPublicIp": "DISABLED"}})
    if started.get("failures") or not started.get("tasks"):
        reasons = "; ".join(f"{f.get('arn', '')} {f.get('reason', '')} {f.get('detail', '')}".strip()
                            for f in started.get("failures") or []) or "no task was started"
        raise TaskFailed(f"task {name}: RunTask failed: {reasons}")
    arn = started["tasks"][0]["taskArn"]
    say(f"task {name}: started {arn}; waiting for it to stop")
    deadline = clock() + timeout
    while True:
        task = (ecs.describe_tasks(cluster=spec["cluster_arn"], tasks=[arn]).get("tasks") or [{}])[0]
        if task.get("lastStatus") == "STOPPED":
            break
        if clock() >= deadline:
            raise TaskFailed(f"task {name}: still {task.get('lastStatus', 'unknown')} after {timeout:.0f} s ({arn}); "
                             "it keeps running: stop it (aws ecs stop-task) or wait, then run the step again")
        sleep(poll)
    container = next((c for c in task.get("containers") or [] if c.get("name") == spec.get("container")),
                     (task.get("containers") or [{}])[0])
    code = container.get("exitCode")
    if code == 0:
        say(f"task {name}: exit code 0")
        return
    stream = f"{spec.get('log_group', '?')}, stream {spec.get('container', '?')}/{spec.get('container', '?')}/" \
             f"{arn.rsplit('/', 1)[-1]}"
    why = f"exit code {code}" if code is not None else \
        f"{task.get('stoppedReason') or 'stopped'} ({container.get('reason') or task.get('stopCode', 'no exit code')})"
    raise TaskFailed(f"task {name}: {why}; its log: {stream}")
