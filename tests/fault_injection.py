"""Fault injection for the emulator gate's outage test: cut the emulator off mid-apply,
then recover as an operator would.

Terraform and the backend reach moto through a small TCP proxy (``Outage``). Cutting the
proxy (existing connections reset, new ones refused) is what an outage of the AWS API
looks like from Terraform: the region keeps every resource it has made, Terraform's
requests fail, and it cannot upload its state, so it writes ``errored.tfstate`` locally,
which is the documented recovery path (``terraform state push errored.tfstate``). Killing
the moto process instead would erase every resource with it (moto keeps them only in
memory, and it cannot snapshot them: its recorder replays requests, but resource ids are
random and the replay order differs from the parallel apply's order), which is no outage
AWS has. ``Outage.cut_on`` cuts at a chosen request after forwarding it, so the test hits
the worst case (a create that happened but whose answer never arrived) on every run
instead of whatever was in flight.

The recovery (``recover``: force-unlock, state push; ``adopt_in_flight``: import what a
create in flight made; ``retire_unnamed_orphans``) and the check that nothing is orphaned
(``inventory``) are the operator's steps, used by
``tests/test_gate_emulator.py::test_an_apply_cut_off_mid_run_converges_with_nothing_lost``.
"""

from __future__ import annotations

import json
import re
import select
import socket
import threading

from tests.gates.emulator.root import EmulatedRoot, Step, error_of, state_ids
from tests.gates.emulator.server import REGION_FALLBACK, MotoServer, free_port


class Outage:
    """A TCP proxy to the emulator that can be cut (``cut``) and restored (``restore``)."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.port = free_port()
        self._listener: socket.socket | None = None
        self._conns: list[socket.socket] = []
        self._lock = threading.Lock()
        self.up = False
        self._trigger: tuple[bytes, int] | None = None
        self._seen = 0
        self.cut_request: bytes = b""

    def cut_on(self, marker: bytes, nth: int) -> "Outage":
        """Arms a cut at the ``nth`` request carrying ``marker`` (e.g. an X-Amz-Target):
        that request still reaches the emulator, so what it creates exists, but its answer
        is dropped and every connection reset -- the worst moment for a client, and the
        same moment on every run (with ``-parallelism=1`` nothing else is in flight)."""
        self._trigger, self._seen = (marker, nth), 0
        return self

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def restore(self) -> "Outage":
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self._listener, self.up = listener, True
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()
        return self

    def cut(self) -> None:
        """Refuses new connections and resets the open ones, like a network partition."""
        self.up = False
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        with self._lock:
            for conn in self._conns:
                try:
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
                    conn.close()
                except OSError:
                    pass
            self._conns.clear()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target_port))
            except OSError:
                client.close()
                continue
            with self._lock:
                self._conns += [client, upstream]
            threading.Thread(target=self._pipe, args=(client, upstream), daemon=True).start()

    def _triggered(self, request: bytes) -> bool:
        with self._lock:
            if self._trigger is None or self._trigger[0] not in request:
                return False
            self._seen += 1
            if self._seen < self._trigger[1]:
                return False
            self._trigger, self.cut_request = None, request.split(b"\r\n", 1)[0]
            return True

    def _pipe(self, a: socket.socket, b: socket.socket) -> None:
        try:
            while True:
                ready, _, _ = select.select([a, b], [], [], 1.0)
                for sock in ready:
                    data = sock.recv(65536)
                    if not data:
                        return
                    if sock is a and self._triggered(data):
                        try:
                            b.sendall(data)
                            b.settimeout(30)
                            b.recv(65536)  # the emulator has acted on it; its answer is lost
                        finally:
                            self.cut()  # armed means cut, even if the emulator stalled
                        return
                    (b if sock is a else a).sendall(data)
        except (OSError, ValueError):
            return
        finally:
            for sock in (a, b):
                try:
                    sock.close()
                except OSError:
                    pass
            with self._lock:
                self._conns = [c for c in self._conns if c not in (a, b)]


def inventory(server: MotoServer, region: str) -> dict[str, set[str]]:
    """What exists in the emulator for the resource types a duplicate would show up in.

    moto's default VPC and its subnets are not ours and are left out.
    """
    ec2, iam, kms, logs = (server.client(s, region) for s in ("ec2", "iam", "kms", "logs"))
    vpcs = [v for v in ec2.describe_vpcs()["Vpcs"] if not v.get("IsDefault")]
    ours = {v["VpcId"] for v in vpcs}
    keys = [k["KeyId"] for k in kms.list_keys()["Keys"]]
    return {
        "aws_vpc": ours,
        "aws_subnet": {s["SubnetId"] for s in ec2.describe_subnets()["Subnets"] if s["VpcId"] in ours},
        "aws_internet_gateway": {g["InternetGatewayId"] for g in ec2.describe_internet_gateways()["InternetGateways"]
                                 if any(a.get("VpcId") in ours for a in g.get("Attachments", []))},
        "aws_nat_gateway": {n["NatGatewayId"] for n in ec2.describe_nat_gateways()["NatGateways"]
                            if n["State"] not in ("deleted", "deleting")},
        "aws_eip": {a["AllocationId"] for a in ec2.describe_addresses()["Addresses"]},
        "aws_iam_role": {r["RoleName"] for r in iam.list_roles()["Roles"] if not r["Path"].startswith("/aws-")},
        "aws_kms_key": {k for k in keys if kms.describe_key(KeyId=k)["KeyMetadata"]["KeyState"] == "Enabled"},
        "aws_cloudwatch_log_group": {g["logGroupName"] for g in logs.describe_log_groups()["logGroups"]},
    }


def lock_id(server: MotoServer, bucket: str, key: str, region: str) -> str | None:
    """The ID of a lock left in the bucket by an interrupted run (``use_lockfile``), if any."""
    s3 = server.client("s3", region)
    try:
        body = s3.get_object(Bucket=bucket, Key=f"{key}.tflock")["Body"].read()
    except s3.exceptions.NoSuchKey:
        return None
    return json.loads(body)["ID"]


IN_FLIGHT = re.compile(r"Error: creating [^(\n]*\(([^)\s]+)\):[^\n]*(?:already exists|AlreadyExists|AlreadyOwnedByYou)[\s\S]*?"
                        r"with (\S+),")


def import_id(server: MotoServer | None, region: str, rtype: str, name: str) -> str:
    """The id ``terraform import`` takes for a resource of ``rtype`` known by ``name``: the
    name itself for most (IAM roles, log groups, buckets, aliases, DB groups), else what
    the provider's importer wants, looked up in the emulator like an operator would."""
    if server is None:
        return name
    if rtype == "aws_glue_catalog_database":  # CATALOG-ID:DATABASE-NAME
        return f"{server.client('sts', region).get_caller_identity()['Account']}:{name}"
    if rtype == "aws_secretsmanager_secret":  # the secret's ARN
        return server.client("secretsmanager", region).describe_secret(SecretId=name)["ARN"]
    if rtype == "aws_security_group":  # the group's id
        groups = server.client("ec2", region).describe_security_groups(
            Filters=[{"Name": "group-name", "Values": [name]}])["SecurityGroups"]
        return groups[0]["GroupId"] if len(groups) == 1 else name
    return name


def adopt_in_flight(root: EmulatedRoot, failed: Step, server: MotoServer | None = None,
                    region: str = REGION_FALLBACK) -> list[str]:
    """Imports what a create in flight during the outage made but never recorded.

    A request that reached the API just before the cut creates the resource while its
    answer is lost, so no state holds it and the re-run's create fails with "already
    exists". For resources identified by their name (IAM roles, log groups, buckets, Glue
    databases, secrets...) the operator's fix is ``terraform import <address> <id>``, the
    id found from the name (``import_id``, which needs ``server``); returns those steps.
    """
    done = []
    for name, address in IN_FLIGHT.findall(failed.output):
        target = import_id(server, region, address.split(".")[0], name)
        step = root.terraform("import", "-input=false", address, target)
        if step.returncode != 0:
            raise RuntimeError(f"import of {address} failed: {error_of(step)}")
        done.append(f"import {address} {target}")
    return done


def retire_unnamed_orphans(root: EmulatedRoot, server: MotoServer, region: str) -> list[str]:
    """Schedules the deletion of KMS keys no state holds, after a converged re-apply.

    A ``CreateKey`` in flight at the cut makes a key whose id only the lost answer carried;
    nothing names it, so it cannot be imported, and the re-apply made a new key for that
    address. The operator's fix is to schedule the orphan's deletion (the emulator region
    holds only this root's objects, as a fresh account would); returns those steps.
    """
    kms = server.client("kms", region)
    known = state_ids(root).get("aws_kms_key", set())
    done = []
    for key in sorted(k["KeyId"] for k in kms.list_keys()["Keys"]):
        if key not in known and kms.describe_key(KeyId=key)["KeyMetadata"]["KeyState"] == "Enabled":
            kms.schedule_key_deletion(KeyId=key, PendingWindowInDays=7)
            done.append(f"schedule-key-deletion {key} (created in flight, unnamed)")
    return done


def recover(root: EmulatedRoot, server: MotoServer, backend: dict) -> list[str]:
    """The operator's recovery after an interrupted run; returns the steps taken.

    A run that lost the S3 backend mid-apply leaves its lock in the bucket and the state it
    could not upload in ``errored.tfstate``: the lock is released (the run that held it is
    gone), and the errored state pushed, so nothing Terraform created is forgotten.
    """
    done = []
    held = lock_id(server, backend["bucket"], backend["key"], backend["region"])
    if held:
        step = root.terraform("force-unlock", "-force", held)
        if step.returncode != 0:
            raise RuntimeError(f"force-unlock failed: {error_of(step)}")
        done.append(f"force-unlock {held}")
    errored = root.folder / "errored.tfstate"
    if errored.exists():
        step = root.terraform("state", "push", "errored.tfstate")
        if step.returncode != 0:
            raise RuntimeError(f"state push failed: {error_of(step)}")
        errored.rename(root.folder / "errored.tfstate.pushed")
        done.append("state push errored.tfstate")
    return done
