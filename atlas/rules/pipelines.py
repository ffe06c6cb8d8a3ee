"""Rules about orchestration definitions and instances: what a plan accepts but the first
run (or the next plan) does not."""

from __future__ import annotations

import json
import re
from typing import Any, Iterator

from atlas.rules.base import Finding, resources, rule

_REFERENCE = re.compile(r"^\$\{(aws_[a-z0-9_]+)\.([A-Za-z0-9_-]+)\.[a-z_]+\}$")

# Step Functions service integration (the Resource prefix) -> parameter -> the resource type
# it must name. A parameter of another integration is not judged.
NAMED_RESOURCES: dict[str, dict[str, str]] = {
    "arn:aws:states:::glue:startJobRun": {"JobName": "aws_glue_job"},
    "arn:aws:states:::aws-sdk:glue:startCrawler": {"Name": "aws_glue_crawler"},
    "arn:aws:states:::aws-sdk:glue:getCrawler": {"Name": "aws_glue_crawler"},
    "arn:aws:states:::ecs:runTask": {"Cluster": "aws_ecs_cluster", "TaskDefinition": "aws_ecs_task_definition",
                                     "Subnets": "aws_subnet", "SecurityGroups": "aws_security_group"},
    "arn:aws:states:::sns:publish": {"TopicArn": "aws_sns_topic"},
    "arn:aws:states:::states:startExecution": {"StateMachineArn": "aws_sfn_state_machine"},
    "arn:aws:states:::lambda:invoke": {"FunctionName": "aws_lambda_function"},
}


def _task_states(definition: dict) -> Iterator[tuple[str, dict]]:
    for name, state in sorted(definition.get("States", {}).items()):
        if state.get("Type") == "Task":
            yield name, state
        for branch in state.get("Branches", []) or []:
            yield from _task_states(branch)
        if isinstance(state.get("Iterator"), dict):
            yield from _task_states(state["Iterator"])
        if isinstance(state.get("ItemProcessor"), dict):
            yield from _task_states(state["ItemProcessor"])


def _values(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else [value]


@rule
def state_machine_names_own_resources(doc: dict) -> Iterator[Finding]:
    """A state machine names its jobs, crawlers, clusters, task definitions, subnets,
    security groups and topics by reference to resources of the same root.

    Source: Amazon States Language and the Step Functions service integrations
    (``glue:startJobRun``, ``ecs:runTask``, ``sns:publish``, AWS SDK integrations): the
    definition is an opaque JSON string to Terraform, so ``terraform plan`` accepts any name
    in it; a spelled name that does not exist (a typo, a resource renamed or not created in
    this root) fails only when an execution reaches that step, possibly hours into a run.
    A reference makes the plan fail instead, and orders the state machine after what it runs.
    """
    for address, body in resources(doc, "aws_sfn_state_machine"):
        raw = body.get("definition")
        try:
            definition = json.loads(raw) if isinstance(raw, str) else raw
        except ValueError:
            yield address, "definition is not JSON; build it with json.dumps from a dict"
            continue
        if not isinstance(definition, dict):
            continue
        for state_name, state in _task_states(definition):
            resource = state.get("Resource", "")
            base = re.sub(r"\.(sync(:2)?|waitForTaskToken)$", "", resource)
            expected = NAMED_RESOURCES.get(base, {})
            parameters = state.get("Parameters", {}) or {}
            found = dict(parameters)
            vpc = (parameters.get("NetworkConfiguration") or {}).get("AwsvpcConfiguration") or {}
            found.update({k: vpc[k] for k in ("Subnets", "SecurityGroups") if k in vpc})
            for parameter, rtype in expected.items():
                if parameter not in found:
                    if f"{parameter}.$" in parameters:
                        yield (address, f"state {state_name}: {parameter}.$ takes the name from the input at run "
                                        f"time; name the {rtype} of this root by reference instead")
                    continue
                for value in _values(found[parameter]):
                    match = _REFERENCE.match(value) if isinstance(value, str) else None
                    if match is None:
                        yield (address, f"state {state_name}: {parameter} is the literal {value!r}; reference the "
                                        f"{rtype} of this root (e.g. job.name) so the plan checks it exists")
                    elif match.group(1) != rtype or match.group(2) not in doc.get("resource", {}).get(rtype, {}):
                        yield (address, f"state {state_name}: {parameter} references {match.group(1)}."
                                        f"{match.group(2)}, which is not a {rtype} of this root")


@rule
def instance_ami_resolved_at_launch(doc: dict) -> Iterator[Finding]:
    """An ``aws_instance`` does not take its AMI as ``resolve:ssm:<parameter>``.

    Source: terraform-provider-aws issues #43364 and #22912: EC2 resolves the parameter at
    launch and the provider reads back the resolved ``ami-...`` id, so every later plan
    shows ``ami`` changing back to the ``resolve:ssm:`` string, which forces replacement.
    A launch template keeps the ``resolve:ssm:`` reference as given (EC2 resolves it at
    each launch) and the instance names the template instead; but then the root volume
    belongs in the template too: with ``root_block_device`` on the instance the provider
    looks the image up to find its root device name and fails with InvalidAMIID.Malformed
    (terraform-provider-aws #43488; the emulator gate showed it on edp-dev).
    """
    templates = {f"${{aws_launch_template.{name}.id}}": body
                 for name, body in doc.get("resource", {}).get("aws_launch_template", {}).items()}
    for address, body in resources(doc, "aws_instance"):
        ami = body.get("ami")
        if isinstance(ami, str) and ami.startswith("resolve:ssm:"):
            yield (address, "ami is a resolve:ssm: reference, which replaces the instance on every plan; put it "
                            "in an aws_launch_template image_id and give the instance launch_template { id, version }")
            continue
        template = templates.get(((body.get("launch_template") or {}).get("id")) or "", {})
        image = template.get("image_id")
        resolved_at_launch = isinstance(ami, str) or (isinstance(image, str) and image.startswith("resolve:ssm:"))
        if resolved_at_launch and not ami and body.get("root_block_device"):
            yield (address, "root_block_device on an instance whose launch template's image is resolve:ssm: makes "
                            "the provider call DescribeImages with that string (InvalidAMIID.Malformed); move the "
                            "root volume into the launch template's block_device_mappings")


# The tag a construct sets on a resource whose artifact (a script, an image) the
# application's own pipeline delivers, not this root: the explicit exemption.
ARTIFACT_TAG = "artifact-source"
PROVIDED_BY_APPLICATION = "application"
_S3_URI = re.compile(r"^s3://([^/]+)/(.+)$")


def _provided(body: dict) -> bool:
    return (body.get("tags") or {}).get(ARTIFACT_TAG) == PROVIDED_BY_APPLICATION


@rule
def artifacts_exist_or_are_provided(doc: dict) -> Iterator[Finding]:
    """A Glue job's script in a bucket of this root is an ``aws_s3_object`` of this root, and
    a container image in an ECR repository of this root is pushed by someone; either way the
    resource says who provides the artifact (tag ``artifact-source = "application"``) when
    it is not this root.

    Source: AWS Glue ``StartJobRun`` fails with "Script location ... does not exist" only
    when a run starts, and ECS reports ``CannotPullContainerError`` only when a task starts;
    neither plan nor apply checks the object or the image. A root that creates the bucket or
    the repository but not what goes into it must make the hand-off visible, so a reviewer
    knows the first run needs an application release (a rollout step), not a re-apply.
    """
    buckets = {}
    for address, body in resources(doc, "aws_s3_bucket"):
        if isinstance(body.get("bucket"), str):
            buckets[body["bucket"]] = address
            buckets["${" + address + ".bucket}"] = address
    objects = {(o.get("bucket"), o.get("key")) for _, o in resources(doc, "aws_s3_object")}
    for address, body in resources(doc, "aws_glue_job"):
        script = ((body.get("command") or {}).get("script_location")
                  if isinstance(body.get("command"), dict) else None)
        match = _S3_URI.match(script) if isinstance(script, str) else None
        if not match or match.group(1) not in buckets or _provided(body):
            continue
        bucket, key = match.groups()
        if not any(k == key and (b == bucket or b == "${" + buckets[bucket] + ".bucket}" or
                                 b == "${" + buckets[bucket] + ".id}") for b, k in objects):
            yield (address, f"the script {script} is in a bucket of this root but no aws_s3_object creates it; "
                            f'create it, or tag the job {ARTIFACT_TAG} = "{PROVIDED_BY_APPLICATION}" and list the '
                            "upload as a rollout step")
    for address, body in resources(doc, "aws_ecs_task_definition"):
        raw = body.get("container_definitions")
        try:
            containers = json.loads(raw) if isinstance(raw, str) else []
        except ValueError:
            continue
        own = [c.get("image") for c in containers if isinstance(c, dict)
               and str(c.get("image", "")).startswith("${aws_ecr_repository.")]
        if own and not _provided(body):
            yield (address, f"the image {own[0]} is in an ECR repository of this root, which nothing here pushes "
                            f'to; tag the task definition {ARTIFACT_TAG} = "{PROVIDED_BY_APPLICATION}" and keep its '
                            "service at desired count 0 until a rollout step sets the image")
