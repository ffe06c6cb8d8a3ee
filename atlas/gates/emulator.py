"""Gate 5: real ``terraform apply`` / re-plan / destroy against a local moto server.

The synthesized roots are run unchanged except for one Terraform override file
(``zz_emulator_override.tf.json``, the harness's mechanism, see ``atlas.harness``) that

* points every AWS service endpoint of the provider at the emulator, with the ``skip_*``
  flags fake credentials need, and clears ``allowed_account_ids`` (moto's account is not
  the environment's);
* replaces the S3 backend by the same S3 backend (same bucket, key, region, encryption and
  ``use_lockfile``) with ``endpoints.s3`` at the emulator and path-style addressing, so the
  state really lives in the emulator's S3 bucket;
* points every ``terraform_remote_state`` read (S3) at the emulator the same way, so a
  downstream root reads the state its upstream root wrote.

Resource types moto cannot apply are excluded by planning a *filtered copy* of the root
(``filter_root``): the resources of those types are dropped, then, until nothing changes,
every resource, data source or output whose body mentions a dropped address
(``type.name`` inside ``${...}`` or in ``depends_on``) is dropped too. The cdktf metadata
(``//``) is ignored when looking for mentions. What was dropped is returned, so a test can
report exactly what was not applied and why (``UNSUPPORTED``).

Fault injection (``Outage``): Terraform and the backend reach moto through a small TCP
proxy. Cutting the proxy (existing connections reset, new ones refused) is what an
outage of the AWS API looks like from Terraform: the region keeps every resource it has
made, Terraform's requests fail, and it cannot upload its state, so it writes
``errored.tfstate`` locally, which is the documented recovery path
(``terraform state push errored.tfstate``). Killing the moto process instead would erase
every resource with it (moto keeps them only in memory, and it cannot snapshot them: its
recorder replays requests, but resource ids are random and the replay order differs from
the parallel apply's order), which is no outage AWS has.
"""

from __future__ import annotations

import json
import os
import re
import select
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from atlas.harness.mirror import find_mirror, write_cli_config
from atlas.harness.terraform import _error_text, _run, terraform_env

OVERRIDE = "zz_emulator_override.tf.json"
REGION_FALLBACK = "eu-west-1"

# Services the provider may call for the resource types the roots use; each gets an
# endpoint so nothing can reach real AWS by accident (the credentials are fake anyway).
SERVICES = ("acm", "apigateway", "athena", "cloudtrail", "cloudwatch", "dynamodb", "ec2", "ecr", "ecs", "elb",
            "elbv2", "events", "firehose", "glue", "iam", "kafka", "kafkaconnect", "kinesis", "kms", "lambda",
            "logs", "mwaa", "rds", "redshift", "redshiftserverless", "route53", "s3", "s3control",
            "secretsmanager", "sfn", "sns", "sqs", "ssm", "sts", "amp", "grafana", "dms", "elasticache",
            "budgets", "servicediscovery", "apigatewayv2", "cloudformation", "scheduler", "schemas")

# Resource types moto 5.2.5 cannot apply cleanly with hashicorp/aws 5.100.0, and why,
# found by `python tests/emulator_probe/run.py` (one resource per service, applied,
# re-planned and destroyed against moto). The same probe found VPC networking, security
# group rules, KMS, S3 (versioning, SSE-KMS, public access block), ALB and target groups,
# ECS clusters, ECR, Secrets Manager, SNS, SQS, SSM, CloudWatch alarms, Glue catalog and
# registry, Managed Prometheus, CloudTrail and RDS instances (with a managed master
# password) working. Not probed yet: MSK Connect, MWAA, DMS. A root's filtered copy
# leaves these types and everything that references them out.
UNSUPPORTED: dict[str, str] = {
    "aws_msk_cluster": "moto leaves the cluster CREATING; the provider waits for ACTIVE (up to 2 h)",
    "aws_elasticache_replication_group": "moto creates no member cache clusters: DescribeCacheClusters "
                                         "returns 404 for <group>-001 when the provider reads the group back",
    "aws_sfn_state_machine": "moto does not implement ValidateStateMachineDefinition, which the provider calls "
                             "before creating (HTTP 500)",
    "aws_redshiftserverless_namespace": "moto does not implement Redshift Serverless CreateNamespace (HTTP 500)",
    "aws_grafana_workspace": "moto does not implement Managed Grafana CreateWorkspace (HTTP 500)",
    "aws_athena_workgroup": "moto rejects ListTagsForResource on the workgroup ARN (HTTP 400), so the provider "
                            "cannot read the new workgroup back",
    "aws_budgets_budget": "moto does not implement Budgets ListTagsForResource (HTTP 500)",
}


def free_port() -> int:
    with closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class MotoServer:
    """``python -m moto.server`` on 127.0.0.1; ``stop()`` ends only the process it started."""

    def __init__(self, port: int | None = None, log: Path | None = None) -> None:
        self.port = port or free_port()
        self.log = log
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 60) -> "MotoServer":
        out = open(self.log, "ab") if self.log else subprocess.DEVNULL
        env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
        self.proc = subprocess.Popen([sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(self.port)],
                                     stdout=out, stderr=subprocess.STDOUT, env=env)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"moto server exited with {self.proc.returncode}; see {self.log}")
            try:
                urllib.request.urlopen(f"{self.url}/moto-api/data.json", timeout=2).read()
                return self
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise TimeoutError(f"moto server did not answer on {self.url} within {timeout} s")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def reset(self) -> None:
        urllib.request.urlopen(urllib.request.Request(f"{self.url}/moto-api/reset", method="POST"), timeout=30).read()

    def client(self, service: str, region: str = REGION_FALLBACK):
        import boto3

        return boto3.client(service, region_name=region, endpoint_url=self.url,
                            aws_access_key_id=FAKE_KEY, aws_secret_access_key=FAKE_SECRET)


FAKE_KEY, FAKE_SECRET = "AKIAEMULATOR00000000", "emulator-not-a-secret"


class Outage:
    """A TCP proxy to the emulator that can be cut (``cut``) and restored (``restore``)."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.port = free_port()
        self._listener: socket.socket | None = None
        self._conns: list[socket.socket] = []
        self._lock = threading.Lock()
        self.up = False

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

    def _pipe(self, a: socket.socket, b: socket.socket) -> None:
        try:
            while True:
                ready, _, _ = select.select([a, b], [], [], 1.0)
                for sock in ready:
                    data = sock.recv(65536)
                    if not data:
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


def _mentions(body: object, address: str) -> bool:
    text = json.dumps({k: v for k, v in body.items() if k != "//"} if isinstance(body, dict) else body)
    return re.search(rf"(?<![\w.]){re.escape(address)}(?![\w])", text) is not None


def filter_root(doc: dict, excluded_types: Sequence[str]) -> tuple[dict, list[str]]:
    """A copy of ``doc`` without ``excluded_types`` and whatever references them (see module doc)."""
    doc = json.loads(json.dumps(doc))
    dropped: list[str] = []
    resources = doc.get("resource", {})
    for rtype in sorted(set(excluded_types) & set(resources)):
        dropped += [f"{rtype}.{name}" for name in sorted(resources.pop(rtype))]
    changed = bool(dropped)
    while changed:
        changed = False
        for section, prefix in (("resource", ""), ("data", "data."), ("output", "output.")):
            blocks = doc.get(section, {})
            if section == "output":
                groups = {"": blocks}
            else:
                groups = blocks
            for rtype in sorted(groups):
                for name in sorted(groups[rtype]):
                    body = groups[rtype][name]
                    if any(_mentions(body, gone) for gone in dropped):
                        del groups[rtype][name]
                        dropped.append(f"{prefix}{rtype + '.' if rtype else ''}{name}")
                        changed = True
            if section != "output":
                for rtype in [t for t, items in groups.items() if not items]:
                    del groups[rtype]
    return doc, dropped


def _s3_config(config: dict, url: str) -> dict:
    """An S3 backend / remote-state config pointed at the emulator."""
    out = {k: v for k, v in config.items() if k not in ("endpoint", "endpoints", "force_path_style")}
    out.update({"endpoints": {"s3": url, "sts": url, "iam": url}, "use_path_style": True,
                "skip_credentials_validation": True, "skip_requesting_account_id": True,
                "skip_metadata_api_check": True, "skip_region_validation": True, "skip_s3_checksum": True,
                "access_key": FAKE_KEY, "secret_key": FAKE_SECRET})
    return out


def write_override(doc: dict, folder: Path, url: str) -> None:
    override: dict = {}
    backend = doc.get("terraform", {}).get("backend", {})
    if "s3" in backend:
        override["terraform"] = {"backend": {"s3": _s3_config(backend["s3"], url)}}
    if "aws" in doc.get("provider", {}):
        override["provider"] = {"aws": {
            # The account id is asked of the emulator's STS: skipping it leaves ARNs the
            # provider builds itself (Athena, Budgets) without an account, which breaks them.
            "allowed_account_ids": [], "skip_credentials_validation": True, "skip_requesting_account_id": False,
            "skip_metadata_api_check": True, "skip_region_validation": True, "s3_use_path_style": True,
            "max_retries": 2, "endpoints": [{service: url for service in SERVICES}]}}
    for name, block in sorted(doc.get("data", {}).get("terraform_remote_state", {}).items()):
        if block.get("backend") == "s3":
            override.setdefault("data", {}).setdefault("terraform_remote_state", {})[name] = {
                "config": _s3_config(block.get("config", {}), url)}
    (folder / OVERRIDE).write_text(json.dumps(override, indent=2, sort_keys=True))


@dataclass
class Step:
    command: str
    returncode: int
    seconds: float
    output: str


@dataclass
class EmulatedRoot:
    """One root copied into ``folder`` with the emulator override; run terraform in it."""

    name: str
    folder: Path
    env: dict[str, str]
    dropped: list[str] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)

    def terraform(self, *args: str, timeout: int = 900) -> Step:
        started = time.perf_counter()
        proc = _run([*args, "-no-color"], self.folder, self.env, timeout=timeout)
        step = Step(" ".join(args), proc.returncode, time.perf_counter() - started,
                    (proc.stdout or "") + (proc.stderr or ""))
        self.steps.append(step)
        return step

    def run_with_deadline(self, *args: str, seconds: float) -> tuple[Step, set[str]]:
        """``terraform <args>``, interrupted (SIGINT: Terraform stops and saves its state)
        after ``seconds``; also returns the addresses still being created/destroyed then.

        The provider waits up to hours for a resource to become ready; an emulator that
        never reports it ready must fail the gate in minutes, naming the resource.
        """
        started = time.perf_counter()
        proc = self.start(*args)
        lines: list[str] = []
        reader = threading.Thread(target=lambda: lines.extend(proc.stdout), daemon=True)
        reader.start()
        pending: set[str] = set()
        try:
            proc.wait(timeout=seconds)
        except subprocess.TimeoutExpired:
            text = "".join(lines)
            busy = set(re.findall(r"^(\S+): (?:Still creating|Creating|Still destroying|Destroying)", text, re.M))
            done = set(re.findall(r"^(\S+): (?:Creation|Destruction) complete", text, re.M))
            failed = set(re.findall(r"with (\S+),", text))
            pending = busy - done - failed
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=120)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        reader.join(timeout=10)
        step = Step(" ".join(args), proc.returncode if not pending else -2, time.perf_counter() - started,
                    "".join(lines))
        self.steps.append(step)
        return step, pending

    def start(self, *args: str) -> subprocess.Popen:
        """``terraform <args>`` in the background (for fault injection)."""
        from atlas.harness.terraform import terraform_binary

        return subprocess.Popen([terraform_binary() or "terraform", *args, "-no-color"], cwd=self.folder,
                                env=self.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)

    def init(self) -> Step:
        return self.terraform("init", "-input=false", "-reconfigure")

    def apply(self, seconds: float = 600) -> Step:
        return self._bounded(seconds, "apply", "-auto-approve", "-input=false")

    def _bounded(self, seconds: float, *args: str) -> Step:
        step, pending = self.run_with_deadline(*args, seconds=seconds)
        if pending:
            step.output += f"\nError: still waiting for {', '.join(sorted(pending))} after {seconds:.0f} s\n"
        return step

    def plan(self) -> Step:
        """``plan -detailed-exitcode``: 0 no changes, 2 changes, 1 error."""
        return self.terraform("plan", "-detailed-exitcode", "-input=false")

    def destroy(self, seconds: float = 600) -> Step:
        return self._bounded(seconds, "destroy", "-auto-approve", "-input=false")

    def state_list(self) -> list[str]:
        step = self.terraform("state", "list")
        return sorted(line.strip() for line in step.output.splitlines() if line.strip())


def error_of(step: Step) -> str:
    return _error_text(subprocess.CompletedProcess([], step.returncode, step.output, ""))


def prepare(doc: dict, name: str, workdir: Path, url: str, *, excluded: Sequence[str] = tuple(UNSUPPORTED),
            env: dict[str, str] | None = None) -> EmulatedRoot:
    """Copies the (filtered) root into ``workdir/name`` with the emulator override."""
    folder = workdir / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    filtered, dropped = filter_root(doc, excluded)
    (folder / "cdk.tf.json").write_text(json.dumps(filtered, indent=2, sort_keys=True))
    write_override(filtered, folder, url)
    return EmulatedRoot(name, folder, env or emulator_env(workdir), dropped)


def emulator_env(workdir: Path) -> dict[str, str]:
    """The harness's Terraform environment (mirror, no prompts) with the emulator's fake keys."""
    workdir.mkdir(parents=True, exist_ok=True)
    env = terraform_env(write_cli_config(workdir / "terraformrc", find_mirror()))
    env.update({"AWS_ACCESS_KEY_ID": FAKE_KEY, "AWS_SECRET_ACCESS_KEY": FAKE_SECRET,
                "TF_PLUGIN_CACHE_DIR": str(_plugin_cache(workdir))})
    return env


def _plugin_cache(workdir: Path) -> Path:
    cache = workdir / "plugin-cache"
    cache.mkdir(parents=True, exist_ok=True)
    return cache


def create_bucket(server: MotoServer, bucket: str, region: str) -> None:
    s3 = server.client("s3", region)
    kwargs = {} if region == "us-east-1" else {"CreateBucketConfiguration": {"LocationConstraint": region}}
    s3.create_bucket(Bucket=bucket, **kwargs)


def state_ids(root: EmulatedRoot) -> dict[str, set[str]]:
    """``{resource type: ids}`` of the managed resources in the root's current state."""
    step = root.terraform("show", "-json")
    values = json.loads(step.output[step.output.index("{"):]).get("values") or {}
    found: dict[str, set[str]] = {}
    for res in (values.get("root_module") or {}).get("resources", []):
        if res.get("mode") == "managed":
            found.setdefault(res["type"], set()).add(res["values"].get("id"))
    return found


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
