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

Resource types moto cannot apply (``UNSUPPORTED``, each with its reason) are excluded by
applying a *filtered copy* of the root (``filter_root``): the resources of those types are
dropped, then the transitive closure of everything that references a dropped element:
resources, data sources, locals and outputs whose strings (``${...}`` expressions,
``depends_on`` entries) name a dropped ``type.name``, ``data.type.name`` or ``local.name``,
until nothing is added. The cdktf metadata (``//``) is ignored. An output other roots read
that would be dropped publishes the ``example`` it declares in ``roots.json`` instead, so a
downstream root still gets a value of the right shape (an MSK bootstrap broker string
cannot exist without the MSK cluster); the report lists those stand-ins.

A root built on an existing network (a VPC and subnets made outside the roots, named by id
in its settings: Kraken prod's ``existing_network``) finds that network in the emulator:
before its apply the gate creates a VPC and subnets under exactly those ids
(``create_existing_network``, through the ``_custom_id_`` tag ``tests.gates.moto_patched``
adds to moto), so the root is applied unchanged, literal ids and all.

Roots needing a provider the offline mirror lacks (``mongey/kafka``: the Kraken kafka
roots, which also need live Kafka brokers) are UNAVAILABLE here, as in the offline
harness; roots reading them find a state with their example outputs at the state key.

``run_roots`` runs the roots in dependency order, independent ones in parallel (``JOBS``),
and ``python -m tests.gates.emulator [ROOT...]`` runs the gate by hand on ``cdktf.out``.

Fault injection (``Outage``): Terraform and the backend reach moto through a small TCP
proxy. Cutting the proxy (existing connections reset, new ones refused) is what an
outage of the AWS API looks like from Terraform: the region keeps every resource it has
made, Terraform's requests fail, and it cannot upload its state, so it writes
``errored.tfstate`` locally, which is the documented recovery path
(``terraform state push errored.tfstate``). Killing the moto process instead would erase
every resource with it (moto keeps them only in memory, and it cannot snapshot them: its
recorder replays requests, but resource ids are random and the replay order differs from
the parallel apply's order), which is no outage AWS has. ``Outage.cut_on`` cuts at a chosen
request after forwarding it, so the test hits the worst case (a create that happened but
whose answer never arrived) on every run instead of whatever was in flight.
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
# The largest root applies in about 200 s next to the others (the provider's own waits: ~55 s for an S3
# lifecycle configuration to read back consistently, ~80 s for an RDS instance); a resource
# moto never reports ready fails the gate after this long instead of the provider's hours.
APPLY_SECONDS = 480
JOBS = 4  # roots applied at once: the applies mostly wait on the provider's pollers, not on CPU
REGION_FALLBACK = "eu-west-1"

# Services the provider may call for the resource types the roots use; each gets an
# endpoint so nothing can reach real AWS by accident (the credentials are fake anyway).
SERVICES = ("acm", "apigateway", "athena", "cloudtrail", "cloudwatch", "dynamodb", "ec2", "ecr", "ecs", "elb",
            "elbv2", "events", "firehose", "glue", "iam", "kafka", "kafkaconnect", "kinesis", "kms", "lambda",
            "logs", "mwaa", "rds", "redshift", "redshiftserverless", "route53", "s3", "s3control",
            "secretsmanager", "sfn", "sns", "sqs", "ssm", "sts", "amp", "grafana", "dms", "elasticache",
            "budgets", "servicediscovery", "wafv2", "apigatewayv2", "cloudformation", "scheduler", "schemas")

# Resource types moto 5.2.5 cannot apply cleanly with hashicorp/aws 5.100.0, and why,
# found by `python tests/emulator_probe/run.py` (one resource per service, applied,
# re-planned and destroyed against moto) and by running the roots themselves. The probe
# found VPC networking, security group rules, KMS, S3 (versioning, SSE-KMS, public access
# block, lifecycle, logging, object lock), ALB and target groups, ECS, ECR, Secrets
# Manager, SNS, SQS, SSM, CloudWatch alarms, Glue catalog and registry, Managed
# Prometheus, CloudTrail, service discovery and RDS instances (with a managed master
# password) working; the roots also showed WAFv2 web ACLs with their ALB association and
# logging configuration, and the RDS monitoring role's attachment of the AWS-managed
# AmazonRDSEnhancedMonitoringRole policy (moto loads AWS-managed policies: see
# ``MotoServer.start``) applying, re-planning clean and destroying. A root's filtered copy
# leaves these types and everything that references them out (``filter_root``); the
# report lists both. DMS is used by no root, so it is not listed.
UNSUPPORTED: dict[str, str] = {
    "aws_msk_cluster": "moto leaves the cluster CREATING; the provider waits for ACTIVE (up to 2 h)",
    "aws_msk_configuration": "moto's kafka backend does not implement CreateConfiguration (HTTP 404)",
    "aws_mskconnect_connector": "moto 5.2.5 has no MSK Connect (kafkaconnect) backend at all (HTTP 404)",
    "aws_mskconnect_custom_plugin": "moto 5.2.5 has no MSK Connect (kafkaconnect) backend at all (HTTP 404)",
    "aws_mskconnect_worker_configuration": "moto 5.2.5 has no MSK Connect (kafkaconnect) backend at all (HTTP 404)",
    "aws_elasticache_replication_group": "moto creates no member cache clusters: DescribeCacheClusters "
                                         "returns 404 for <group>-001 when the provider reads the group back",
    "aws_sfn_state_machine": "moto does not implement ValidateStateMachineDefinition, which the provider calls "
                             "before creating (HTTP 500)",
    "aws_redshiftserverless_namespace": "moto does not implement Redshift Serverless CreateNamespace (HTTP 500)",
    "aws_grafana_workspace": "moto does not implement Managed Grafana CreateWorkspace (HTTP 500)",
    "aws_athena_workgroup": "moto rejects ListTagsForResource on the workgroup ARN (HTTP 400), so the provider "
                            "cannot read the new workgroup back",
    "aws_budgets_budget": "moto does not implement Budgets ListTagsForResource (HTTP 500)",
    "aws_lb_listener": "the HTTPS listener needs the ACM certificate whose ARN the settings name (made outside "
                       "the roots); moto checks it exists (CertificateNotFound) and cannot hold a certificate "
                       "under a chosen ARN",
    "aws_elasticache_subnet_group": "moto answers DeleteCacheSubnetGroup with HTTP 500 (malformed XML), so the "
                                    "root cannot be destroyed (its replication group is excluded anyway)",
    "aws_route53_record": "the records go into an existing private hosted zone named by id in the settings; "
                          "the emulator holds no such zone and moto cannot create a zone with a chosen id",
}


# Attributes moto stores or returns differently from AWS, so the re-plan after an apply
# shows an in-place update of exactly these attributes on exactly these types. The
# re-plan is checked attribute by attribute (``replan_drift``): any other change, and any
# create, replace or delete, still fails the gate as a perpetual diff.
KNOWN_DRIFT: dict[tuple[str, str], str] = {
    ("aws_db_parameter_group", "parameter"): "moto's DescribeDBParameters does not return the parameters a "
                                              "ModifyDBParameterGroup set (source user)",
    ("aws_ecs_service", "enable_ecs_managed_tags"): "moto's ECS does not store enableECSManagedTags",
    ("aws_ecs_service", "availability_zone_rebalancing"): "moto's ECS does not return availabilityZoneRebalancing",
    ("aws_ecs_service", "health_check_grace_period_seconds"): "moto's ECS does not store "
                                                             "healthCheckGracePeriodSeconds",
}


def replan_drift(plan: dict) -> tuple[list[str], list[str]]:
    """Splits a re-plan's changes (``terraform show -json`` of it) into those explained by
    ``KNOWN_DRIFT`` and the rest; returns ``(known, unexplained)`` as readable lines."""
    known, unexplained = [], []
    for change in plan.get("resource_changes", []):
        actions = change["change"]["actions"]
        if actions in (["no-op"], ["read"]) or change.get("mode") != "managed":
            continue
        before, after = change["change"].get("before") or {}, change["change"].get("after") or {}
        changed = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
        if actions == ["update"] and changed and all((change["type"], k) in KNOWN_DRIFT for k in changed):
            known.append(f"{change['address']}: {', '.join(changed)}")
        else:
            unexplained.append(f"{change['address']}: {'-'.join(actions)} {', '.join(changed)}")
    return known, unexplained


def free_port() -> int:
    with closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class MotoServer:
    """moto's server on 127.0.0.1, with two lookup bugs fixed (``tests.gates.moto_patched``);
    ``stop()`` ends only the process it started."""

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
        # AWS-managed policies (arn:aws:iam::aws:policy/...) exist in every real account; moto
        # loads its copy of them only when asked, and a role attaching one (the RDS enhanced
        # monitoring role) would otherwise fail with NoSuchEntity.
        env["MOTO_IAM_LOAD_MANAGED_POLICIES"] = "true"
        self.proc = subprocess.Popen([sys.executable, "-m", "tests.gates.moto_patched", "-H", "127.0.0.1", "-p", str(self.port)],
                                     stdout=out, stderr=subprocess.STDOUT, env=env,
                                     cwd=Path(__file__).resolve().parents[2])
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


_TOKEN = re.compile(r"(?<![\w.-])[A-Za-z_][\w-]*(?:\.[\w-]+)+")


def _elements(doc: dict) -> dict[str, object]:
    """Every referable element of a root by the name an expression uses for it:
    ``type.name`` (resource), ``data.type.name``, ``local.name``, ``output.name``."""
    found: dict[str, object] = {}
    for rtype, items in doc.get("resource", {}).items():
        found.update({f"{rtype}.{name}": body for name, body in items.items()})
    for dtype, items in doc.get("data", {}).items():
        found.update({f"data.{dtype}.{name}": body for name, body in items.items()})
    found.update({f"local.{name}": body for name, body in doc.get("locals", {}).items()})
    found.update({f"output.{name}": body for name, body in doc.get("output", {}).items()})
    return found


def references(body: object, known: set[str] | frozenset[str]) -> set[str]:
    """The elements of ``known`` that ``body`` mentions anywhere in its strings (``${...}``
    expressions, ``depends_on`` entries, ``for_each``, ``provider``...), the cdktf metadata
    (``//``) aside. Conservative: a literal that spells an address counts as a reference."""
    text = json.dumps({k: v for k, v in body.items() if k != "//"} if isinstance(body, dict) else body)
    found = set()
    for token in _TOKEN.findall(text):
        parts = token.split(".")
        found.update(".".join(parts[:n]) for n in (2, 3) if len(parts) >= n)
    return found & known


def filter_root(doc: dict, excluded_types: Sequence[str],
                examples: dict[str, object] | None = None) -> tuple[dict, list[str], list[str]]:
    """A copy of ``doc`` without ``excluded_types`` and everything that depends on them.

    The dropped set is the transitive closure over the reference graph of resources, data
    sources, locals and outputs: the resources of the excluded types, then every element
    whose body mentions a dropped element (see ``references``), until nothing is added.
    So a ``local`` computed from a dropped MSK cluster goes, and so does each resource,
    data source, local or output reading that local, however indirect the chain.

    An output that would be dropped but is published to other roots with a declared
    ``example`` (``examples``, from ``roots.json``) is kept with the example as its value
    instead: a downstream root reading this filtered upstream's state then gets a value of
    the right shape where the real one cannot exist in the emulator (an MSK bootstrap
    broker string, say). Such outputs are returned as the third list, so a report can say
    which upstream values are stand-ins rather than real.

    Returns ``(filtered copy, dropped addresses, outputs set to their example)``; the input
    is not modified. Addresses are ``type.name``, ``data.type.name``, ``local.name`` and
    ``output.name``.
    """
    doc = json.loads(json.dumps(doc))
    examples = examples or {}
    elements = _elements(doc)
    known = frozenset(elements)
    used_by: dict[str, set[str]] = {}
    for name, body in elements.items():
        for ref in references(body, known - {name}):
            used_by.setdefault(ref, set()).add(name)
    gone = {f"{rtype}.{name}" for rtype in set(excluded_types) & set(doc.get("resource", {}))
            for name in doc["resource"][rtype]}
    queue = sorted(gone)
    while queue:
        for user in used_by.get(queue.pop(), ()):
            if user not in gone and not (user.startswith("output.") and user[7:] in examples):
                gone.add(user)
                queue.append(user)
    stand_ins = sorted(o for o in (f"output.{n}" for n in examples)
                       if o in known and o not in gone and references(elements[o], frozenset(gone)))
    for address in gone:
        parts = address.split(".")
        if parts[0] == "local":
            del doc["locals"][parts[1]]
        elif parts[0] == "output":
            del doc["output"][parts[1]]
        elif parts[0] == "data":
            del doc["data"][parts[1]][parts[2]]
        else:
            del doc["resource"][parts[0]][parts[1]]
    for output in stand_ins:
        doc["output"][output[7:]]["value"] = examples[output[7:]]
    for section in ("resource", "data"):
        for kind in [k for k, items in doc.get(section, {}).items() if not items]:
            del doc[section][kind]
        if section in doc and not doc[section]:
            del doc[section]
    for section in ("locals", "output"):
        if section in doc and not doc[section]:
            del doc[section]
    return doc, sorted(gone), stand_ins


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
    stand_ins: list[str] = field(default_factory=list)  # outputs publishing their declared example
    shimmed: list[str] = field(default_factory=list)  # see order_logging_after_target_policy

    @property
    def excluded_resources(self) -> list[str]:
        """The dropped managed resources (not data sources, locals or outputs)."""
        return [d for d in self.dropped if not d.startswith(("data.", "local.", "output."))]

    def terraform(self, *args: str, timeout: int = 900) -> Step:
        started = time.perf_counter()
        proc = _run([*args, "-no-color"], self.folder, self.env, timeout=timeout)
        step = Step(" ".join(args), proc.returncode, time.perf_counter() - started,
                    (proc.stdout or "") + (proc.stderr or ""))
        return self._keep(step)

    def _keep(self, step: Step) -> Step:
        """Records the step, and writes its whole output next to the root (``NN-command.log``)."""
        self.steps.append(step)
        command = step.command.split(" ")[0]
        (self.folder / f"{len(self.steps):02d}-{command}.log").write_text(step.output)
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
        return self._keep(step), pending

    def start(self, *args: str) -> subprocess.Popen:
        """``terraform <args>`` in the background (for fault injection)."""
        from atlas.harness.terraform import terraform_binary

        return subprocess.Popen([terraform_binary() or "terraform", *args, "-no-color"], cwd=self.folder,
                                env=self.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)

    def init(self) -> Step:
        return self.terraform("init", "-input=false", "-reconfigure")

    def apply(self, seconds: float = APPLY_SECONDS, extra: Sequence[str] = ()) -> Step:
        return self._bounded(seconds, "apply", "-auto-approve", "-input=false", *extra)

    def _bounded(self, seconds: float, *args: str) -> Step:
        step, pending = self.run_with_deadline(*args, seconds=seconds)
        if pending:
            step.output += f"\nError: still waiting for {', '.join(sorted(pending))} after {seconds:.0f} s\n"
        return step

    def plan(self) -> Step:
        """``plan -detailed-exitcode``: 0 no changes, 2 changes, 1 error."""
        return self.terraform("plan", "-detailed-exitcode", "-input=false")

    def replan(self) -> tuple[Step, list[str]]:
        """The re-plan after an apply: exit 0 when nothing changes but ``KNOWN_DRIFT``
        (the drift is returned, so it is reported), 2 with the unexplained changes listed."""
        step = self.terraform("plan", "-detailed-exitcode", "-input=false", "-out=replan.bin")
        if step.returncode != 2:
            return step, []
        shown = self.terraform("show", "-json", "replan.bin").output
        known, unexplained = replan_drift(json.loads(shown[shown.index("{"):]))
        if unexplained:
            step.output += "\nunexplained changes:\n" + "\n".join(unexplained) + "\n"
        else:
            step.returncode = 0
        return step, known

    def destroy(self, seconds: float = APPLY_SECONDS, refresh: bool = True) -> Step:
        """``refresh=False`` right after a clean plan: that plan has just refreshed the state."""
        return self._bounded(seconds, "destroy", "-auto-approve", "-input=false", *([] if refresh else ["-refresh=false"]))

    def state_list(self) -> list[str]:
        step = self.terraform("state", "list")
        return sorted(line.strip() for line in step.output.splitlines() if line.strip())


def error_of(step: Step) -> str:
    return _error_text(subprocess.CompletedProcess([], step.returncode, step.output, ""))


def order_logging_after_target_policy(doc: dict) -> list[str]:
    """Makes each ``aws_s3_bucket_logging`` wait for its target bucket's policy; returns
    the logging resources it changed (none once the constructs declare it themselves).

    S3 (moto exactly like AWS) refuses ``PutBucketLogging`` with
    ``InvalidTargetBucketForLogging`` until the target bucket's policy lets the logging
    service write; without this ``depends_on`` Terraform may create the logging first. This
    is an ordering gap in the root, not an emulator limitation, so it is reported, not hidden.
    """
    resources = doc.get("resource", {})
    policies = {}
    for name, body in resources.get("aws_s3_bucket_policy", {}).items():
        for bucket in references(body.get("bucket", ""), frozenset(
                f"aws_s3_bucket.{b}" for b in resources.get("aws_s3_bucket", {}))):
            policies[bucket] = f"aws_s3_bucket_policy.{name}"
    changed = []
    for name, body in sorted(resources.get("aws_s3_bucket_logging", {}).items()):
        targets = references(body.get("target_bucket", ""), frozenset(policies))
        needed = sorted(policies[t] for t in targets if policies[t] not in body.get("depends_on", []))
        if needed:
            body["depends_on"] = sorted(set(body.get("depends_on", [])) | set(needed))
            changed.append(f"aws_s3_bucket_logging.{name}")
    return changed


def order_object_lock_after_versioning(doc: dict) -> list[str]:
    """Makes each ``aws_s3_bucket_object_lock_configuration`` depend on its bucket's
    ``aws_s3_bucket_versioning``; returns what it changed.

    Without it, ``destroy`` may suspend versioning first, and S3 then refuses to remove the
    object lock configuration (``InvalidBucketState``: versioning must be Enabled). Like the
    logging order, this belongs in the root and is reported, not hidden.
    """
    resources = doc.get("resource", {})
    buckets = frozenset(f"aws_s3_bucket.{b}" for b in resources.get("aws_s3_bucket", {}))
    versioning = {}
    for name, body in resources.get("aws_s3_bucket_versioning", {}).items():
        for bucket in references(body.get("bucket", ""), buckets):
            versioning[bucket] = f"aws_s3_bucket_versioning.{name}"
    changed = []
    for name, body in sorted(resources.get("aws_s3_bucket_object_lock_configuration", {}).items()):
        needed = sorted(versioning[b] for b in references(body.get("bucket", ""), frozenset(versioning))
                        if versioning[b] not in body.get("depends_on", []))
        if needed:
            body["depends_on"] = sorted(set(body.get("depends_on", [])) | set(needed))
            changed.append(f"aws_s3_bucket_object_lock_configuration.{name}")
    return changed


def lift_deletion_protection(root: "EmulatedRoot") -> list[str]:
    """Turns ``deletion_protection`` off in the root's copy (the step an operator takes
    before decommissioning: a protected RDS instance cannot be destroyed); returns the
    addresses changed. The caller applies the change before destroying."""
    path = root.folder / "cdk.tf.json"
    doc = json.loads(path.read_text())
    changed = []
    for rtype, items in doc.get("resource", {}).items():
        for name, body in items.items():
            if body.get("deletion_protection") is True:
                body["deletion_protection"] = False
                changed.append(f"{rtype}.{name}")
    if changed:
        path.write_text(json.dumps(doc, indent=2, sort_keys=True))
    return sorted(changed)


def empty_buckets(server: "MotoServer", root: "EmulatedRoot", region: str) -> int:
    """Deletes every object version in the root's buckets (what S3 delivered there: access
    logs, trail logs); a bucket that is not empty cannot be destroyed without
    ``force_destroy``, which log buckets rightly do not set. Returns the count deleted."""
    s3 = server.client("s3", region)
    deleted = 0
    for bucket in sorted(state_ids(root).get("aws_s3_bucket", set())):
        listed = s3.list_object_versions(Bucket=bucket)
        keys = [{"Key": v["Key"], "VersionId": v["VersionId"]}
                for v in listed.get("Versions", []) + listed.get("DeleteMarkers", [])]
        if keys:
            s3.delete_objects(Bucket=bucket, Delete={"Objects": keys}, BypassGovernanceRetention=True)
            deleted += len(keys)
    return deleted


def prepare(doc: dict, name: str, workdir: Path, url: str, *, excluded: Sequence[str] = tuple(UNSUPPORTED),
            env: dict[str, str] | None = None, examples: dict[str, object] | None = None) -> EmulatedRoot:
    """Copies the (filtered) root into ``workdir/name`` with the emulator override.

    ``examples`` are the root's published outputs' declared examples (``roots.json``): an
    output whose value depends on an excluded resource publishes its example instead.
    """
    folder = workdir / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    filtered, dropped, stand_ins = filter_root(doc, excluded, examples)
    shimmed = order_logging_after_target_policy(filtered) + order_object_lock_after_versioning(filtered)
    (folder / "cdk.tf.json").write_text(json.dumps(filtered, indent=2, sort_keys=True))
    write_override(filtered, folder, url)
    return EmulatedRoot(name, folder, env or emulator_env(workdir), dropped, stand_ins=stand_ins, shimmed=shimmed)


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


_IN_FLIGHT = re.compile(r"Error: creating [^(\n]*\(([^)\s]+)\):[^\n]*(?:already exists|AlreadyExists|AlreadyOwnedByYou)[\s\S]*?"
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
    for name, address in _IN_FLIGHT.findall(failed.output):
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


@dataclass
class RootRun:
    """The emulator run of one root (see ``run_roots``)."""

    name: str
    status: str = "OK"  # OK | FAILED | UNAVAILABLE | NOT REACHED
    reason: str = ""
    root: EmulatedRoot | None = None
    steps: dict[str, Step] = field(default_factory=dict)
    applied: int = 0
    state_keys: list[str] = field(default_factory=list)
    stub_outputs: list[str] = field(default_factory=list)  # UNAVAILABLE: example outputs put in its state
    drift: list[str] = field(default_factory=list)  # re-plan changes explained by KNOWN_DRIFT
    unprotected: list[str] = field(default_factory=list)  # deletion protection lifted before destroy
    emptied: int = 0  # objects S3 delivered into the root's buckets, deleted before destroy
    existing_network: list[str] = field(default_factory=list)  # ids created first (create_existing_network)

    @property
    def seconds(self) -> float:
        return sum(s.seconds for s in self.steps.values())

    def failure(self) -> str | None:
        if self.status in ("UNAVAILABLE",):
            return None
        if self.status == "NOT REACHED":
            return self.reason
        for stage in ("init", "apply", "plan", "unprotect", "destroy"):
            if stage == "unprotect" and stage not in self.steps:
                continue
            step = self.steps.get(stage)
            if step is None:
                return f"{stage}: not reached"
            if stage == "plan" and step.returncode == 2:
                return "plan after apply is not clean (perpetual diff):\n" + step.output[-4000:]
            if step.returncode != 0:
                return f"{stage}: {error_of(step)}"
        return None


# Ids of network objects made outside the roots (an existing VPC, its subnets), written
# literally into a root by its settings; the gate creates them first (create_existing_network).
_EXTERNAL_ID = re.compile(r'"((?:vpc|subnet)-[0-9a-f]{8,17})"')


def external_network_ids(doc: dict) -> list[str]:
    """Literal VPC / subnet ids in the root's resources (not references to its own)."""
    text = json.dumps({t: {n: {k: v for k, v in b.items() if k != "//"} for n, b in items.items()}
                       for t, items in doc.get("resource", {}).items()})
    return sorted(set(_EXTERNAL_ID.findall(text)))


def create_existing_network(server: MotoServer, region: str, ids: Sequence[str],
                            cidr: str = "10.0.0.0/16") -> list[str]:
    """Creates in the emulator the VPC and subnets ``ids`` names (what a root's settings say
    already exists), under exactly those ids; returns the ids it created (those already
    there are left alone, so two roots may name the same network).

    The subnets go into the (first) VPC named, or a new VPC when none is named, spread
    over the region's availability zones with consecutive /20 ranges of ``cidr``: the
    roots only refer to these objects by id, so their ranges are free to choose. The ids
    are set through the ``_custom_id_`` tag (``tests.gates.moto_patched``).
    """
    import ipaddress

    from tests.gates.moto_patched import CUSTOM_ID_TAG

    ec2 = server.client("ec2", region)
    vpc_ids = sorted(i for i in ids if i.startswith("vpc-"))
    subnet_ids = sorted(i for i in ids if i.startswith("subnet-"))
    have = {v["VpcId"] for v in ec2.describe_vpcs()["Vpcs"]}
    made = []
    for number, vpc_id in enumerate(vpc_ids):
        if vpc_id not in have:
            block = ipaddress.ip_network(cidr)
            block = ipaddress.ip_network((int(block.network_address) + number * block.num_addresses, block.prefixlen))
            ec2.create_vpc(CidrBlock=str(block), TagSpecifications=[{"ResourceType": "vpc", "Tags": [
                {"Key": CUSTOM_ID_TAG, "Value": vpc_id}, {"Key": "Name", "Value": "existing network (emulated)"}]}])
            made.append(vpc_id)
    if not subnet_ids:
        return made
    home = vpc_ids[0] if vpc_ids else ec2.create_vpc(CidrBlock=cidr)["Vpc"]["VpcId"]
    home_cidr = next(v["CidrBlock"] for v in ec2.describe_vpcs(VpcIds=[home])["Vpcs"])
    have = {s["SubnetId"] for s in ec2.describe_subnets()["Subnets"]}
    taken = {s["CidrBlock"] for s in ec2.describe_subnets(Filters=[{"Name": "vpc-id", "Values": [home]}])["Subnets"]}
    ranges = (str(r) for r in ipaddress.ip_network(home_cidr).subnets(new_prefix=20) if str(r) not in taken)
    zones = sorted(z["ZoneName"] for z in ec2.describe_availability_zones()["AvailabilityZones"])
    for number, subnet_id in enumerate(subnet_ids):
        if subnet_id not in have:
            ec2.create_subnet(VpcId=home, CidrBlock=next(ranges), AvailabilityZone=zones[number % len(zones)],
                              TagSpecifications=[{"ResourceType": "subnet", "Tags": [
                                  {"Key": CUSTOM_ID_TAG, "Value": subnet_id},
                                  {"Key": "Name", "Value": "existing network (emulated)"}]}])
            made.append(subnet_id)
    return made


def _provider_region(doc: dict) -> str:
    providers = doc.get("provider", {}).get("aws") or [{}]
    return (providers[0] if isinstance(providers, list) else providers).get("region", REGION_FALLBACK)


def dependency_order(manifest: Sequence[dict]) -> list[str]:
    """Root names with every upstream root before the roots that read it."""
    done: list[str] = []
    pending = {r["name"]: set(r["depends_on"]) for r in manifest}
    while pending:
        ready = sorted(n for n, deps in pending.items() if deps <= set(done))
        if not ready:
            raise ValueError(f"dependency cycle among {sorted(pending)}")
        done += ready
        for name in ready:
            del pending[name]
    return done


def _schedule(names: Sequence[str], after: dict[str, set[str]], work, jobs: int) -> None:
    """Runs ``work(name, skip)`` for every name once all names in ``after[name]`` have
    finished, at most ``jobs`` at a time. ``skip`` is True when one of those returned False
    (failed or was itself skipped); ``work`` decides what skipping means and returns False
    when its own dependants must be skipped too."""
    from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

    pending = {n: set(after.get(n, ())) & set(names) for n in names}
    finished: set[str] = set()
    broken: set[str] = set()
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        running = {}
        while pending or running:
            for name in sorted(pending):
                deps = pending[name]
                if deps <= finished and len(running) < jobs:
                    del pending[name]
                    running[pool.submit(work, name, bool(deps & broken))] = name
            if not running:
                if pending:
                    raise ValueError(f"dependency cycle among {sorted(pending)}")
                continue
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                name = running.pop(future)
                finished.add(name)
                if not future.result():
                    broken.add(name)


def run_roots(outdir: Path, server: MotoServer, workdir: Path, names: Sequence[str] = (), *,
              jobs: int = JOBS, log=None) -> dict[str, RootRun]:
    """Applies, re-plans and destroys the synthesized roots of ``outdir`` against ``server``.

    Roots are applied in dependency order, independent ones ``jobs`` at a time, each with
    its state in the emulator's S3 bucket (the buckets must exist: ``create_bucket``); a
    downstream root's ``terraform_remote_state`` reads the state its upstream root wrote.
    A root needing a provider that cannot be installed here (``mongey/kafka``) is
    UNAVAILABLE, as in the offline harness; roots reading it find, at its state key, a state
    holding its declared example outputs (what the offline harness's stubs hold), so they
    still run. Each root is destroyed once it is applied and re-planned and every root
    reading it is destroyed (downstream first); a root on an existing network named by id
    finds that network created first (``create_existing_network``).
    """
    from atlas.harness.terraform import make_stub_state, providers_not_in_mirror

    manifest = {r["name"]: r for r in json.loads((outdir / "roots.json").read_text())["roots"]}
    selected = [n for n in dependency_order(list(manifest.values())) if not names or n in names]
    env = emulator_env(workdir)
    mirror = find_mirror()
    say = log or (lambda text: None)
    runs: dict[str, RootRun] = {}
    docs = {n: json.loads((outdir / "stacks" / n / "cdk.tf.json").read_text()) for n in selected}
    for name in selected:
        entry, doc = manifest[name], docs[name]
        missing = providers_not_in_mirror(doc, mirror)
        external = external_network_ids(doc)
        if missing:
            runs[name] = RootRun(name, "UNAVAILABLE", reason=(
                f"needs provider {', '.join(missing)}, which cannot be installed here (not in the offline mirror) "
                "and manages objects inside live Kafka brokers, which no emulator provides"))
            continue
        examples = {k: v["example"] for k, v in entry["outputs"].items() if "example" in v}
        runs[name] = RootRun(name, root=prepare(doc, name, workdir, server.url, env=env, examples=examples))
        if external:
            runs[name].existing_network = external
            create_existing_network(server, _provider_region(doc), external)
    first = next((run for run in runs.values() if run.root is not None), None)
    if first is not None:  # alone: it fills the provider cache the others then read
        first.steps["init"] = first.root.init()
    for name, run in runs.items():
        if run.root is None and any(name in manifest[n]["depends_on"] for n in selected):
            entry, backend = manifest[name], docs[name]["terraform"]["backend"]["s3"]
            state = make_stub_state(entry, workdir / "_unavailable_stubs", env)
            server.client("s3", backend["region"]).put_object(Bucket=backend["bucket"], Key=backend["key"],
                                                              Body=state.read_bytes())
            run.stub_outputs = sorted(entry["outputs"])

    def apply(name: str, skip: bool = False) -> bool:
        run = runs[name]
        if run.status == "UNAVAILABLE":
            return True
        if skip:
            run.status, run.reason = "NOT REACHED", "an upstream root failed"
            return False
        root, backend = run.root, docs[name]["terraform"]["backend"]["s3"]
        if "init" not in run.steps:
            run.steps["init"] = root.init()
        if run.steps["init"].returncode != 0:
            run.status = "FAILED"
            return False
        say(f"{name}: apply")
        run.steps["apply"] = root.apply()
        if run.steps["apply"].returncode == 0:
            run.steps["plan"], run.drift = root.replan()
            run.applied = sum(len(v) for v in state_ids(root).values())
            listed = server.client("s3", backend["region"]).list_objects_v2(Bucket=backend["bucket"])
            run.state_keys = [o["Key"] for o in listed.get("Contents", [])]
        ok = run.steps["apply"].returncode == 0 and run.steps.get("plan", Step("", 1, 0, "")).returncode == 0
        run.status = "OK" if ok else "FAILED"
        say(f"{name}: {run.status} after {run.seconds:.0f} s")
        return run.steps["apply"].returncode == 0

    def destroy(name: str) -> bool:
        run = runs[name]
        if run.root is not None and "apply" in run.steps:
            clean = run.steps.get("plan") is not None and run.steps["plan"].returncode == 0
            run.unprotected = lift_deletion_protection(run.root)
            if run.unprotected:
                # Only the protected resources change; the clean re-plan has just refreshed
                # the rest, and a full refresh of a large root costs minutes against moto.
                run.steps["unprotect"] = run.root.apply(
                    extra=("-refresh=false", *(f"-target={a}" for a in run.unprotected)) if clean else ())
            backend = docs[name]["terraform"]["backend"]["s3"]
            run.emptied = empty_buckets(server, run.root, backend["region"])
            run.steps["destroy"] = run.root.destroy(refresh=not clean)
            if run.steps["destroy"].returncode != 0 and "BucketNotEmpty" in run.steps["destroy"].output:
                # S3 delivered access logs of the destroy's own requests until the logging
                # was removed; empty the log bucket again and finish.
                run.emptied += empty_buckets(server, run.root, backend["region"])
                run.steps["destroy"] = run.root.destroy(refresh=False)
            if run.steps["destroy"].returncode != 0:
                run.status = "FAILED"
        return True

    # One schedule for both phases: a root is applied after its upstream roots are applied,
    # and destroyed after it is applied and every root reading it is destroyed. So a
    # finished branch of the dependency graph is torn down while another is still applying
    # (the applies mostly wait on the provider's fixed pollers), and a root's destroy still
    # reads the upstream states it planned against. A failed apply skips the applies that
    # depend on it, never a destroy.
    upstream = {n: set(manifest[n]["depends_on"]) & set(selected) for n in selected}
    after = {f"apply {n}": {f"apply {u}" for u in upstream[n]} for n in selected}
    after.update({f"destroy {n}": {f"apply {n}"} | {f"destroy {d}" for d in selected if n in upstream[d]}
                  for n in selected})

    def work(task: str, skip: bool = False) -> bool:
        phase, name = task.split(" ", 1)
        if phase == "apply":
            return apply(name, skip)
        return destroy(name)

    _schedule(sorted(after), after, work, jobs)
    return runs


def format_report(runs: dict[str, RootRun]) -> str:
    """Per root: status, applied and excluded resource counts, seconds per step; then the
    excluded resources by type, the outputs publishing examples, and unavailable roots."""
    lines = [f"{'root':24} {'status':11} {'applied':>7} {'excluded':>8} {'seconds':>7}  steps (exit code, seconds)"]
    for name, run in runs.items():
        excluded = run.root.excluded_resources if run.root else []
        lines.append(f"{name:24} {run.status:11} {run.applied:>7} {len(excluded):>8} {run.seconds:>7.0f}  "
                     + ", ".join(f"{k} {s.returncode} ({s.seconds:.0f})" for k, s in run.steps.items()))
    for name, run in runs.items():
        if run.root is None:
            lines.append(f"  {name}: UNAVAILABLE: {run.reason}"
                         + (f"; readers get its example outputs ({', '.join(run.stub_outputs)})"
                            if run.stub_outputs else ""))
            continue
        types: dict[str, int] = {}
        for address in run.root.excluded_resources:
            types[address.split(".")[0]] = types.get(address.split(".")[0], 0) + 1
        others = [d for d in run.root.dropped if d.startswith(("data.", "local.", "output."))]
        if types:
            lines.append(f"  {name}: excluded " + ", ".join(f"{t} x{n}" for t, n in sorted(types.items()))
                         + (f"; also dropped {', '.join(others)}" if others else ""))
        if run.existing_network:
            lines.append(f"  {name}: existing network created first under the ids its settings name: "
                         + ", ".join(run.existing_network))
        if run.root.stand_ins:
            lines.append(f"  {name}: publishes the declared example for {', '.join(run.root.stand_ins)}")
        if run.root.shimmed:
            kinds = sorted({a.split(".")[0] for a in run.root.shimmed})
            lines.append(f"  {name}: ordering missing in the root added to the copy: "
                         + ", ".join(f"{k} x{sum(a.startswith(k + '.') for a in run.root.shimmed)}" for k in kinds)
                         + " (logging after the target bucket policy, object lock after versioning)")
        if run.unprotected or run.emptied:
            lines.append(f"  {name}: before destroy: deletion protection lifted on {len(run.unprotected)} "
                         f"resource(s), {run.emptied} delivered object(s) emptied from its buckets")
        if run.drift:
            drifted: dict[str, int] = {}
            for line in run.drift:
                key = f"{line.split('.')[0]} ({line.split(': ')[1]})"
                drifted[key] = drifted.get(key, 0) + 1
            lines.append(f"  {name}: re-plan drift explained by KNOWN_DRIFT: "
                         + ", ".join(f"{k} x{n}" for k, n in sorted(drifted.items())))
        if run.reason:
            lines.append(f"  {name}: {run.reason}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m tests.gates.emulator [ROOT...]``: the gate by hand on a synthesized
    ``cdktf.out`` (roots named are run with nothing else; their upstreams must be named too)."""
    import argparse
    import tempfile

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("roots", nargs="*")
    parser.add_argument("--outdir", type=Path, default=Path("cdktf.out"))
    parser.add_argument("--jobs", type=int, default=JOBS)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="atlas-emulator-"))
    server = MotoServer(log=work / "moto.log").start()
    try:
        manifest = json.loads((args.outdir / "roots.json").read_text())["roots"]
        backends = [json.loads((args.outdir / "stacks" / r["name"] / "cdk.tf.json").read_text())
                    ["terraform"]["backend"]["s3"] for r in manifest]
        for bucket, region in sorted({(b["bucket"], b["region"]) for b in backends}):
            create_bucket(server, bucket, region)
        started = time.perf_counter()
        runs = run_roots(args.outdir, server, work, args.roots, jobs=args.jobs,
                         log=lambda text: print(text, file=sys.stderr, flush=True))
        print(format_report(runs))
        print(f"{time.perf_counter() - started:.0f} s in all; work folder {work}")
        failures = {n: r.failure() for n, r in runs.items() if r.failure()}
        for name, failure in failures.items():
            print(f"\n{name}: {failure}")
        return 1 if failures else 0
    finally:
        server.stop()


if __name__ == "__main__":
    sys.exit(main())
