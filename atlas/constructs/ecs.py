"""ECS on Fargate: a cluster with Container Insights and a service construct.

``FargateService`` owns everything one workload needs: its security group (``connections``,
on its container port), its task role (what the code may do), its execution role (what ECS
may do to start it: pull the image, write its logs, read its own secret and nothing else),
its log group, a container health check, a deployment circuit breaker that rolls back
failed deployments, and optionally a load balancer target (which opens its port to that
load balancer) and a Service Connect endpoint. Services run in private subnets with no
public IP.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Mapping, Sequence

from cdktf_cdktf_provider_aws.ecs_cluster import EcsCluster, EcsClusterServiceConnectDefaults, EcsClusterSetting
from cdktf_cdktf_provider_aws.ecs_service import (
    EcsService,
    EcsServiceDeploymentCircuitBreaker,
    EcsServiceLoadBalancer,
    EcsServiceNetworkConfiguration,
    EcsServiceServiceConnectConfiguration,
    EcsServiceServiceConnectConfigurationService,
    EcsServiceServiceConnectConfigurationServiceClientAlias,
)
from cdktf_cdktf_provider_aws.ecs_task_definition import (
    EcsTaskDefinition,
    EcsTaskDefinitionVolume,
    EcsTaskDefinitionVolumeEfsVolumeConfiguration,
    EcsTaskDefinitionVolumeEfsVolumeConfigurationAuthorizationConfig,
)
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy import IamRolePolicy
from cdktf_cdktf_provider_aws.service_discovery_http_namespace import ServiceDiscoveryHttpNamespace

from atlas.cdk import Construct, TerraformResource
from atlas.constructs.efs import EfsMount
from atlas.constructs.iam import Statement, policy_document, service_assume_role_policy
from atlas.constructs.logs import log_group
from atlas.constructs.secrets import SeededSecret
from atlas.constructs.security_group import Connections, HasConnections, WorkloadSecurityGroup
from atlas.naming import Name

# Fargate accepts only these CPU units and, per CPU size, a memory range (MiB).
_FARGATE_MEMORY = {256: (512, 2048), 512: (1024, 4096), 1024: (2048, 8192), 2048: (4096, 16384),
                   4096: (8192, 30720), 8192: (16384, 61440), 16384: (32768, 122880)}


def cluster_names(name: str, service_connect_namespace: str | None) -> dict:
    """The AWS names a ``Cluster`` derives from its props."""
    return {"cluster": Name("ecs", name),
            **({"namespace": Name("cloud_map_namespace", service_connect_namespace)} if service_connect_namespace else {})}


def service_names(name: str) -> dict:
    """The AWS names a ``FargateService`` derives from its name: service, task family and
    container, log group, and its two roles with their inline policies."""
    return {"service": Name("ecs", name), "log_group": Name("log_group", f"/ecs/{name}"),
            "execution_role": Name("iam_role", f"{name}-execution"), "task_role": Name("iam_role", f"{name}-task"),
            "execution_policy": Name("iam_policy", "start-task"), "task_policy": Name("iam_policy", "workload")}


@dataclass(frozen=True, kw_only=True)
class ClusterProps:
    name: str
    # Cloud Map HTTP namespace for Service Connect; None = no Service Connect.
    service_connect_namespace: str | None = None
    container_insights: bool = True


class Cluster(Construct):
    def __init__(self, scope: Construct, construct_id: str, props: ClusterProps) -> None:
        super().__init__(scope, construct_id)
        self.namespace_arn: str | None = None
        defaults = None
        names = cluster_names(props.name, props.service_connect_namespace)
        if props.service_connect_namespace:
            namespace = ServiceDiscoveryHttpNamespace(self, "namespace", name=names["namespace"].value,
                                                      description=f"Service Connect names of {props.name}")
            self.namespace_arn = namespace.arn
            defaults = EcsClusterServiceConnectDefaults(namespace=namespace.arn)
        self.cluster = EcsCluster(self, "cluster", name=names["cluster"].value, service_connect_defaults=defaults, setting=[
            EcsClusterSetting(name="containerInsights", value="enabled" if props.container_insights else "disabled")])
        self.arn: str = self.cluster.arn
        self.name: str = self.cluster.name


@dataclass(frozen=True, kw_only=True)
class ServiceConnectServer:
    """Publishes the container port as ``http://<dns_name>:<port>`` to the namespace."""

    dns_name: str
    port: int


@dataclass(frozen=True, kw_only=True)
class LoadBalancerTarget:
    """Registers the service in one target group of a load balancer; the service then admits
    the load balancer's security group on its container port."""

    load_balancer: HasConnections
    target_group_arn: str
    # The listener rule (or listener) forwarding to the target group, when this root creates
    # it (``LoadBalancer.forwarder``): the service waits for it, since ECS refuses a target
    # group that no listener uses yet ("does not have an associated load balancer").
    forwarded_by: TerraformResource | None = None
    description: str = "load balancer to the service"


@dataclass(frozen=True, kw_only=True)
class FargateServiceProps:
    name: str
    cluster_arn: str
    image: str
    cpu: int
    memory: int
    desired_count: int
    vpc_id: str
    subnet_ids: Sequence[str]
    # The service's own security group: its AWS name and description.
    security_group_name: str
    security_group_description: str
    # Names the group in the ids of rules admitting it (default: the construct id).
    security_group_label: str | None = None
    region: str
    account_id: str
    log_kms_key_arn: str
    log_retention_days: int
    container_port: int | None = None
    environment: Mapping[str, str] = field(default_factory=dict)
    # Environment variable -> ``valueFrom`` (a secret ARN, optionally ":<json-key>::").
    secrets: Mapping[str, str] = field(default_factory=dict)
    # The secrets (ARNs) and their KMS keys the execution role may read; nothing else.
    secret_arns: Sequence[str] = ()
    secret_kms_key_arns: Sequence[str] = ()
    # The first versions of those secrets when this root writes them: the service waits.
    secret_versions: Sequence[TerraformResource] = ()
    # The service's own runtime secret: every seeded key becomes an environment variable of
    # the same name, and the execution role may read exactly this secret and its key.
    runtime_secret: SeededSecret | None = None
    command: Sequence[str] | None = None
    entry_point: Sequence[str] | None = None
    # Container health check command (CMD-SHELL form); None relies on the ALB health check.
    health_check_command: str | None = None
    health_check_start_period: int = 60
    load_balancer: LoadBalancerTarget | None = None
    health_check_grace_period_seconds: int = 60
    # Service Connect: every service with a namespace is a client; a server also publishes.
    service_connect_namespace_arn: str | None = None
    service_connect_server: ServiceConnectServer | None = None
    task_role_statements: Sequence[Statement] = ()
    # ECS Exec (``aws ecs execute-command``) for operators: the SSM agent channels the task
    # role needs, and an init process that reaps the sessions' children.
    operator_exec: bool = False
    # State on EFS (``StateFileSystem.mount``): each access point becomes a task volume
    # mounted at its path, over TLS with the task role's IAM identity; the task role may
    # mount and write through that access point only, and the service waits for the mount
    # targets (atlas.rules.ecs.efs_mount_targets_before_tasks).
    efs_volumes: Sequence[EfsMount] = ()
    # False: a task others start (a Step Functions ``ecs:runTask.sync`` step) with everything
    # above but no ECS service; desired_count and load_balancer then do not apply.
    run_as_service: bool = True
    # The image is pushed by the application's pipeline into a repository of this root (the
    # artifact hand-off atlas.rules.pipelines.artifacts_exist_or_are_provided asks to see).
    image_provided_by_application: bool = False

    def __post_init__(self) -> None:
        allowed = _FARGATE_MEMORY.get(self.cpu)
        if allowed is None:
            raise ValueError(f"service {self.name}: cpu {self.cpu} is not a Fargate size ({sorted(_FARGATE_MEMORY)})")
        if not allowed[0] <= self.memory <= allowed[1]:
            raise ValueError(f"service {self.name}: memory {self.memory} MiB is outside {allowed} for cpu {self.cpu}")
        if not self.run_as_service and (self.load_balancer or self.service_connect_server or self.desired_count):
            raise ValueError(f"task {self.name}: a task that is not a service has no load balancer, "
                             "Service Connect server or desired count")
        if self.load_balancer and self.container_port is None:
            raise ValueError(f"service {self.name}: a load balancer target needs container_port")
        if self.service_connect_server and (self.container_port is None or not self.service_connect_namespace_arn):
            raise ValueError(f"service {self.name}: a Service Connect server needs container_port and a namespace")
        if self.secrets and not self.secret_arns:
            raise ValueError(f"service {self.name}: secrets are injected but secret_arns grants none")
        if self.runtime_secret and set(self.secrets) & set(self.runtime_secret.keys):
            raise ValueError(f"service {self.name}: a variable comes from both secrets and runtime_secret")

    @property
    def target_group_arn(self) -> str | None:
        return self.load_balancer.target_group_arn if self.load_balancer else None

    @property
    def all_secrets(self) -> dict[str, str]:
        own = self.runtime_secret
        return {**({k: own.value_from(k) for k in own.keys} if own else {}), **self.secrets}

    @property
    def readable_secret_arns(self) -> list[str]:
        return ([self.runtime_secret.arn] if self.runtime_secret else []) + list(self.secret_arns)

    @property
    def secret_key_arns(self) -> list[str]:
        return ([self.runtime_secret.kms_key_arn] if self.runtime_secret else []) + list(self.secret_kms_key_arns)


class FargateService(Construct):
    def __init__(self, scope: Construct, construct_id: str, props: FargateServiceProps) -> None:
        super().__init__(scope, construct_id)
        self.props = props
        self.security_group = WorkloadSecurityGroup(self, "security_group", name=props.security_group_name,
                                                    description=props.security_group_description,
                                                    vpc_id=props.vpc_id, label=props.security_group_label or construct_id)
        self.connections = Connections(self.security_group, props.container_port)
        if props.load_balancer:
            self.connections.allow_from(props.load_balancer.load_balancer, description=props.load_balancer.description)
        names = service_names(props.name)
        self.log_group = log_group(self, "log_group", name=names["log_group"].value,
                                   retention_days=props.log_retention_days, kms_key_arn=props.log_kms_key_arn)
        assume = service_assume_role_policy("ecs-tasks.amazonaws.com", account_id=props.account_id)
        self.execution_role = IamRole(self, "execution_role", name=names["execution_role"].value, assume_role_policy=assume)
        self.execution_policy = IamRolePolicy(self, "execution_policy", role=self.execution_role.id,
                                              name=names["execution_policy"].value,
                                              policy=policy_document(*self._execution_statements()))
        self.task_role = IamRole(self, "task_role", name=names["task_role"].value, assume_role_policy=assume)
        self.task_role_arn: str = self.task_role.arn
        self._task_statements: list[Statement] = []
        self._task_policy: IamRolePolicy | None = None
        self.grant(props.task_role_statements)
        self.grant([m.client_statement() for m in props.efs_volumes])
        if props.operator_exec:
            # The SSM messages API has no resource-level permissions (ECS developer guide, ECS Exec).
            self.grant([Statement(sid="EcsExecChannels", actions=[
                "ssmmessages:CreateControlChannel", "ssmmessages:CreateDataChannel",
                "ssmmessages:OpenControlChannel", "ssmmessages:OpenDataChannel"], resources=["*"])])

        self.task_definition = EcsTaskDefinition(
            self, "task_definition", family=props.name, requires_compatibilities=["FARGATE"], network_mode="awsvpc",
            cpu=str(props.cpu), memory=str(props.memory), execution_role_arn=self.execution_role.arn,
            task_role_arn=self.task_role.arn, container_definitions=json.dumps([self._container()], sort_keys=True),
            volume=[EcsTaskDefinitionVolume(
                name=m.volume_name, efs_volume_configuration=EcsTaskDefinitionVolumeEfsVolumeConfiguration(
                    file_system_id=m.file_system_id, transit_encryption="ENABLED",
                    authorization_config=EcsTaskDefinitionVolumeEfsVolumeConfigurationAuthorizationConfig(
                        access_point_id=m.access_point_id, iam="ENABLED")))
                for m in props.efs_volumes] or None,
            tags={"artifact-source": "application"} if props.image_provided_by_application else None)

        self.name = props.name
        self.service: EcsService | None = None
        if props.run_as_service:
            self._service(props)

    def _service(self, props: FargateServiceProps) -> None:
        sc = None
        if props.service_connect_namespace_arn:
            server = props.service_connect_server
            sc = EcsServiceServiceConnectConfiguration(
                enabled=True, namespace=props.service_connect_namespace_arn,
                service=[EcsServiceServiceConnectConfigurationService(
                    port_name="http", discovery_name=server.dns_name,
                    client_alias=EcsServiceServiceConnectConfigurationServiceClientAlias(
                        port=server.port, dns_name=server.dns_name))] if server else None)
        self.service = EcsService(
            self, "service", name=props.name, cluster=props.cluster_arn,
            task_definition=self.task_definition.arn, desired_count=props.desired_count, launch_type="FARGATE",
            network_configuration=EcsServiceNetworkConfiguration(
                subnets=list(props.subnet_ids), security_groups=[self.security_group.id],
                assign_public_ip=False),
            deployment_circuit_breaker=EcsServiceDeploymentCircuitBreaker(enable=True, rollback=True),
            deployment_minimum_healthy_percent=100, deployment_maximum_percent=200,
            load_balancer=[EcsServiceLoadBalancer(target_group_arn=props.target_group_arn, container_name=props.name,
                                                  container_port=props.container_port)]
            if props.target_group_arn else None,
            health_check_grace_period_seconds=props.health_check_grace_period_seconds
            if props.target_group_arn else None,
            service_connect_configuration=sc, propagate_tags="SERVICE", enable_ecs_managed_tags=True,
            enable_execute_command=True if props.operator_exec else None,
            # Image tags are deployed by the application pipelines, not by Terraform.
            wait_for_steady_state=False,
            # What the tasks need at start (see atlas.rules.ecs.ecs_service_start_order).
            depends_on=self._start_after())

    def _start_after(self) -> list[TerraformResource]:
        """The execution role's policy (pull, logs, secrets), the runtime secret's first
        version (a secret with no value fails the task with ResourceNotFoundException), the
        listener forwarding to the target group, and for EFS volumes the mount targets (none in
        the task's zone: the task fails to start) and the task role's policy (the mount is
        authorized with the task role, which may mount only once the policy exists)."""
        p = self.props
        after: list[TerraformResource] = [self.execution_policy]
        if p.runtime_secret is not None:
            after.append(p.runtime_secret.version)
        after += list(p.secret_versions)
        if p.load_balancer is not None and p.load_balancer.forwarded_by is not None:
            after.append(p.load_balancer.forwarded_by)
        for mount in p.efs_volumes:
            after += [t for t in mount.mount_targets if t not in after]
        if p.efs_volumes and self._task_policy is not None:
            after.append(self._task_policy)
        return after

    def grant(self, statements: Sequence[Statement]) -> None:
        """Adds ``statements`` to what the service's code may do (its task role's one policy)."""
        if not statements:
            return
        self._task_statements += statements
        document = policy_document(*self._task_statements)
        if self._task_policy is None:
            self._task_policy = IamRolePolicy(self, "task_policy", role=self.task_role.id,
                                                name=service_names(self.props.name)["task_policy"].value,
                                              policy=document)
        else:
            self._task_policy.policy = document

    def _container(self) -> dict:
        p = self.props
        container: dict = {
            "name": p.name, "image": p.image, "essential": True,
            "readonlyRootFilesystem": False,
            "logConfiguration": {"logDriver": "awslogs", "options": {
                "awslogs-group": self.log_group.name, "awslogs-region": p.region, "awslogs-stream-prefix": p.name}},
            "environment": [{"name": k, "value": v} for k, v in sorted(p.environment.items())],
            "secrets": [{"name": k, "valueFrom": v} for k, v in sorted(p.all_secrets.items())],
        }
        if p.container_port is not None:
            container["portMappings"] = [{"name": "http", "containerPort": p.container_port, "protocol": "tcp",
                                          "appProtocol": "http"}]
        if p.command is not None:
            container["command"] = list(p.command)
        if p.entry_point is not None:
            container["entryPoint"] = list(p.entry_point)
        if p.operator_exec:
            container["linuxParameters"] = {"initProcessEnabled": True}
        if p.efs_volumes:
            container["mountPoints"] = [{"sourceVolume": m.volume_name, "containerPath": m.container_path,
                                         "readOnly": False} for m in p.efs_volumes]
        if p.health_check_command:
            container["healthCheck"] = {"command": ["CMD-SHELL", p.health_check_command], "interval": 30,
                                        "timeout": 5, "retries": 3, "startPeriod": p.health_check_start_period}
        return container

    def _execution_statements(self) -> list[Statement]:
        p = self.props
        statements = [
            # GetAuthorizationToken has no resource-level permissions; the pulls are scoped.
            Statement(sid="EcrLogin", actions=["ecr:GetAuthorizationToken"], resources=["*"]),
            Statement(sid="PullImages", actions=["ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer",
                                                 "ecr:BatchGetImage"],
                      resources=[f"arn:aws:ecr:{p.region}:{p.account_id}:repository/*"]),
            Statement(sid="WriteLogs", actions=["logs:CreateLogStream", "logs:PutLogEvents"],
                      resources=[f"{self.log_group.arn}:log-stream:*"]),
        ]
        if p.readable_secret_arns:
            statements.append(Statement(sid="ReadOwnSecret", actions=["secretsmanager:GetSecretValue"],
                                        resources=p.readable_secret_arns))
        if p.secret_key_arns:
            statements.append(Statement(
                sid="DecryptOwnSecret", actions=["kms:Decrypt"], resources=p.secret_key_arns,
                conditions={"StringEquals": {"kms:ViaService": f"secretsmanager.{p.region}.amazonaws.com"}}))
        return statements
