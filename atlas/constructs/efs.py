"""An encrypted, backed-up EFS file system for service state that must survive task restarts.

Fargate tasks have only ephemeral storage; a service whose state must outlive its task
(Alertmanager's silences and notification log) mounts a directory of this file system
through an access point. What the construct holds to:

* encrypted at rest with the caller's KMS key, and in transit: the file system policy
  denies every request without TLS (``aws:SecureTransport`` false);
* IAM authorization through access points only: the policy denies client mounts that do
  not name an access point, and each service's task role may mount and write through its
  own access point and no other (``elasticfilesystem:AccessPointArn``);
* each access point pins the POSIX user and group the image runs as and creates its root
  directory owned by them, so the process can write whatever the file system holds;
* one mount target per private subnet, in a security group that admits NFS (2049) only
  from the services given access (``grant``);
* AWS Backup's default plan for EFS (``aws_efs_backup_policy`` ENABLED: daily backups,
  35 days).

A service that mounts the file system waits for the mount targets: ECS starts a task in
any subnet of its service, and a task whose EFS volume has no mount target in its
availability zone fails to start (``atlas.rules.ecs.efs_mount_targets_before_tasks``).

Not for Prometheus: it does not support its TSDB on NFS (Prometheus docs, "Storage":
"Non-POSIX compliant filesystems are not supported ... NFS"); it remote-writes to Amazon
Managed Service for Prometheus instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from cdktf_cdktf_provider_aws.efs_access_point import (
    EfsAccessPoint,
    EfsAccessPointPosixUser,
    EfsAccessPointRootDirectory,
    EfsAccessPointRootDirectoryCreationInfo,
)
from cdktf_cdktf_provider_aws.efs_backup_policy import EfsBackupPolicy, EfsBackupPolicyBackupPolicy
from cdktf_cdktf_provider_aws.efs_file_system import EfsFileSystem
from cdktf_cdktf_provider_aws.efs_file_system_policy import EfsFileSystemPolicy
from cdktf_cdktf_provider_aws.efs_mount_target import EfsMountTarget

from atlas.cdk import Construct, Fn, TerraformResource, Token
from atlas.constructs.iam import Statement, policy_document
from atlas.constructs.security_group import Client, Connections, WorkloadSecurityGroup

NFS_PORT = 2049
# What an NFS client does: mount (read), write, and act as root (never granted here).
_CLIENT_ACTIONS = ("elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite",
                   "elasticfilesystem:ClientRootAccess")


@dataclass(frozen=True, kw_only=True)
class StateDirectory:
    """One access point: a directory owned by the image's user, seen by it as ``/``."""

    key: str  # construct id and tag ("alertmanager")
    path: str  # on the file system ("/alertmanager")
    uid: int  # the image's USER (prom/alertmanager: nobody, 65534)
    gid: int
    permissions: str = "0750"


@dataclass(frozen=True, kw_only=True)
class StateFileSystemProps:
    name: str  # Name tag and security group name
    vpc_id: str
    subnet_ids: Sequence[str]  # may be a Terraform list (remote state)
    subnet_count: int  # how many: one mount target each (known from the settings)
    kms_key_arn: str
    directories: Sequence[StateDirectory]
    security_group_description: str = "EFS mount targets of service state"

    def __post_init__(self) -> None:
        if self.subnet_count < 1:
            raise ValueError(f"file system {self.name}: needs at least one subnet for a mount target")
        keys = [d.key for d in self.directories]
        if not keys or len(set(keys)) != len(keys):
            raise ValueError(f"file system {self.name}: directories need distinct keys, at least one")


@dataclass(frozen=True)
class EfsMount:
    """What a task needs to mount one access point (``FargateServiceProps.efs_volumes``)."""

    volume_name: str
    container_path: str
    file_system_id: str
    file_system_arn: str
    access_point_id: str
    access_point_arn: str
    # The task must not start before these exist (see the module docstring).
    mount_targets: tuple[TerraformResource, ...]

    def client_statement(self) -> Statement:
        """Mount and write through this access point only (no root access)."""
        return Statement(sid=f"Mount{self.volume_name.title().replace('-', '').replace('_', '')}",
                         actions=list(_CLIENT_ACTIONS[:2]), resources=[self.file_system_arn],
                         conditions={"StringEquals": {"elasticfilesystem:AccessPointArn": self.access_point_arn}})


class StateFileSystem(Construct):
    def __init__(self, scope: Construct, construct_id: str, props: StateFileSystemProps) -> None:
        super().__init__(scope, construct_id)
        self.props = props
        self.security_group = WorkloadSecurityGroup(self, "security_group", name=props.name,
                                                    description=props.security_group_description,
                                                    vpc_id=props.vpc_id, allow_all_egress=False)
        self.connections = Connections(self.security_group, NFS_PORT)
        # No creation_token: Terraform generates a unique one (a literal "token" reads as a credential).
        self.file_system = EfsFileSystem(self, "file_system", encrypted=True,
                                         kms_key_id=props.kms_key_arn, performance_mode="generalPurpose",
                                         throughput_mode="elastic", tags={"Name": props.name})
        self.id: str = self.file_system.id
        self.arn: str = self.file_system.arn
        EfsBackupPolicy(self, "backup_policy", file_system_id=self.id,
                        backup_policy=EfsBackupPolicyBackupPolicy(status="ENABLED"))
        self.mount_targets = tuple(
            EfsMountTarget(self, f"mount_target_{i}", file_system_id=self.id,
                           subnet_id=Token.as_string(Fn.element(props.subnet_ids, i)),
                           security_groups=[self.security_group.id])
            for i in range(props.subnet_count))
        self.access_points = {d.key: EfsAccessPoint(
            self, f"{d.key}_access_point", file_system_id=self.id,
            posix_user=EfsAccessPointPosixUser(uid=d.uid, gid=d.gid),
            root_directory=EfsAccessPointRootDirectory(path=d.path, creation_info=EfsAccessPointRootDirectoryCreationInfo(
                owner_uid=d.uid, owner_gid=d.gid, permissions=d.permissions)),
            tags={"Name": f"{props.name}-{d.key}"}) for d in props.directories}
        self.policy = EfsFileSystemPolicy(self, "policy", file_system_id=self.id, policy=policy_document(
            Statement(sid="DenyWithoutTls", effect="Deny", actions=["*"], resources=[self.arn],
                      principals={"AWS": "*"}, conditions={"Bool": {"aws:SecureTransport": "false"}}),
            Statement(sid="DenyOutsideAccessPoints", effect="Deny", actions=list(_CLIENT_ACTIONS), resources=[self.arn],
                      principals={"AWS": "*"}, conditions={"Null": {"elasticfilesystem:AccessPointArn": "true"}})))

    def mount(self, key: str, *, container_path: str) -> EfsMount:
        """The access point ``key`` as a task volume mounted at ``container_path``."""
        point = self.access_points[key]
        return EfsMount(volume_name=key, container_path=container_path, file_system_id=self.id,
                        file_system_arn=self.arn, access_point_id=point.id, access_point_arn=point.arn,
                        mount_targets=self.mount_targets)

    def grant(self, service: Client, *, description: str) -> None:
        """Admits ``service`` to the mount targets on NFS (its task role is granted by the mount)."""
        self.connections.allow_from(service, description=description)
