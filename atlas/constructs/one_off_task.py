"""A one-off ECS task: work Terraform cannot do, run once by the rollout runner.

Some setup happens inside a service Terraform has no provider for, such as creating the
PostgreSQL user Debezium logs in as. ``OneOffTask`` is a Fargate task definition (with its
own security group, roles and log group: ``FargateService`` without a service) that a
rollout step runs between two applies (``atlas.rollout``, ``atlas.delivery.tasks``). The
task is idempotent: it may run again whenever an operator asks (``runner ROOT --run-task``).

How to run it (cluster, task definition, subnets, security group) is a root output, so the
runner needs nothing but the root's state; ``run_spec`` is that output's value.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Sequence

from atlas.cdk import Construct, TerraformResource
from atlas.constructs.ecs import FargateService, FargateServiceProps

# The root output holding every one-off task's run spec, by task key.
OUTPUT = "one_off_tasks"


@dataclass(frozen=True, kw_only=True)
class OneOffTaskProps:
    key: str  # the task's name in the manifest and in ``runner --run-task``
    why: str  # what it does, for the runner's log and the manifest
    name: str  # the task family, log group and role names (``service_names``)
    cluster_arn: str
    image: str
    # The image's contract: a shell script run by ``sh -c``, with entryPoint set so an
    # image whose ENTRYPOINT is a program cannot swallow it (atlas.rules.ecs).
    script: str
    vpc_id: str
    subnet_ids: Sequence[str]
    security_group_description: str
    region: str
    account_id: str
    log_kms_key_arn: str
    log_retention_days: int
    environment: Mapping[str, str] = field(default_factory=dict)
    secrets: Mapping[str, str] = field(default_factory=dict)
    secret_arns: Sequence[str] = ()
    secret_kms_key_arns: Sequence[str] = ()
    secret_versions: Sequence[TerraformResource] = ()
    cpu: int = 256
    memory: int = 512


class OneOffTask(Construct):
    def __init__(self, scope: Construct, construct_id: str, props: OneOffTaskProps) -> None:
        super().__init__(scope, construct_id)
        self.key, self.why, self.output = props.key, props.why, OUTPUT
        self.task = FargateService(self, "task", FargateServiceProps(
            name=props.name, cluster_arn=props.cluster_arn, image=props.image, cpu=props.cpu, memory=props.memory,
            desired_count=0, run_as_service=False, vpc_id=props.vpc_id, subnet_ids=props.subnet_ids,
            security_group_name=props.name, security_group_description=props.security_group_description,
            security_group_label=f"{construct_id}_sg", region=props.region, account_id=props.account_id,
            log_kms_key_arn=props.log_kms_key_arn, log_retention_days=props.log_retention_days,
            entry_point=["sh", "-c"], command=[props.script], environment=props.environment,
            secrets=props.secrets, secret_arns=props.secret_arns, secret_kms_key_arns=props.secret_kms_key_arns,
            secret_versions=props.secret_versions))
        self.task_definition = self.task.task_definition
        self.security_group = self.task.security_group
        self.connections = self.task.connections
        self.log_group_name: str = self.task.log_group.name
        # Everything ``ecs:RunTask`` needs; the task never gets a public address.
        self.run_spec = {
            "cluster_arn": props.cluster_arn, "task_definition_arn": self.task_definition.arn,
            "subnet_ids": list(props.subnet_ids), "security_group_ids": [self.security_group.id],
            "container": props.name, "log_group": self.log_group_name}
