"""Every root against the emulator: applied in dependency order, re-planned, destroyed.

``run_roots`` runs the roots of a synthesized output in dependency order, independent
ones in parallel (``JOBS``), so a downstream root reads its upstream's state from the
emulator for real; each root is destroyed once every root reading it is destroyed. The
result is one ``RootRun`` per root (``report.format_report`` prints them).
"""

from __future__ import annotations

import json
import shutil
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from atlas.harness.mirror import find_mirror
from atlas.harness.terraform import make_stub_state, providers_not_in_mirror
from tests.gates.emulator.network import create_existing_network, external_network_ids
from tests.gates.emulator.ordering import unordered
from tests.gates.emulator.prepare import emulator_env, prepare
from tests.gates.emulator.root import EmulatedRoot, Step, error_of, state_ids
from tests.gates.emulator.server import REGION_FALLBACK, MotoServer
from tests.gates.emulator.teardown import empty_buckets, lift_deletion_protection

_INIT_LOCK = threading.Lock()
LOCK_FILE = ".terraform.lock.hcl"

JOBS = 4  # roots applied at once: the applies mostly wait on the provider's pollers, not on CPU


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
    unordered: list[str] = field(default_factory=list)  # orderings S3 needs that the root lacks (ordering)
    local_state: bool = False  # it creates its own state bucket, so it runs on local state

    @property
    def seconds(self) -> float:
        return sum(s.seconds for s in self.steps.values())

    def failure(self) -> str | None:
        if self.status in ("UNAVAILABLE",):
            return None
        if self.status == "NOT REACHED":
            return self.reason
        if self.unordered:
            return self.reason + ":\n" + "\n".join(self.unordered)
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


def _provider_region(doc: dict) -> str:
    providers = doc.get("provider", {}).get("aws") or [{}]
    return (providers[0] if isinstance(providers, list) else providers).get("region", REGION_FALLBACK)


LOCAL_STATE_OVERRIDE = "zz_local_state_override.tf.json"


# Names AWS keeps unique per account (an IAM role's name, an OIDC provider's URL). The
# emulator is one account, so two roots of *different* accounts declaring the same one (each
# account bootstrap root declares the account's Spacelift OIDC provider and deploy roles)
# cannot both be applied there: the first in order runs, the others are UNAVAILABLE with
# the name they share (their own accounts would hold them apart).
ACCOUNT_SINGLETONS = {"aws_iam_role": "name", "aws_iam_openid_connect_provider": "url"}


def account_collisions(docs: dict[str, dict], order: Sequence[str]) -> dict[str, str]:
    """``{root: reason}`` of the roots left out because an earlier root holds one of their
    account-unique names in the one emulated account."""
    claimed: dict[tuple[str, str], str] = {}
    left_out = {}
    for name in order:
        mine = {(rtype, body[key]) for rtype, key in ACCOUNT_SINGLETONS.items()
                for body in docs[name].get("resource", {}).get(rtype, {}).values()
                if isinstance(body.get(key), str) and "${" not in body[key]}
        taken = sorted((what, claimed[what]) for what in mine if what in claimed)
        if taken:
            (rtype, value), holder = taken[0]
            left_out[name] = (f"declares {rtype} {value!r}, which {holder} (another account) already holds in the "
                              "one account the emulator has; AWS keeps such names apart per account")
            continue
        for what in mine:
            claimed[what] = name
    return left_out


def self_made_buckets(docs: dict[str, dict]) -> dict[str, str]:
    """``{bucket: root}`` of the buckets a root creates with a literal name. A state bucket
    among them is not created by the gate: the root that creates it runs first (on local
    state, as its first apply does for real: README, "Account bootstrap"), and every root
    keeping its state there runs after it."""
    made = {}
    left_out = account_collisions(docs, sorted(docs))
    for name, doc in sorted(docs.items()):
        if name in left_out:
            continue
        for body in doc.get("resource", {}).get("aws_s3_bucket", {}).values():
            bucket = body.get("bucket")
            if isinstance(bucket, str) and "${" not in bucket:
                made.setdefault(bucket, name)
    return made


def buckets_to_create(docs: dict[str, dict]) -> list[tuple[str, str]]:
    """``(bucket, region)`` of the state buckets the gate creates before any root runs."""
    made = self_made_buckets(docs)
    backends = [d["terraform"]["backend"]["s3"] for d in docs.values() if "s3" in d["terraform"].get("backend", {})]
    return sorted({(b["bucket"], b["region"]) for b in backends if b["bucket"] not in made})


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


def share_lock_file(lock: Path | None, folder: Path) -> None:
    """Copies the dependency lock file ``lock`` into ``folder`` unless it has one already."""
    if lock is not None and lock.is_file() and not (folder / LOCK_FILE).exists():
        shutil.copyfile(lock, folder / LOCK_FILE)


def run_roots(outdir: Path, server: MotoServer, workdir: Path, names: Sequence[str] = (), *,
              jobs: int = JOBS, log=None, stop: threading.Event | None = None) -> dict[str, RootRun]:
    """Applies, re-plans and destroys the synthesized roots of ``outdir`` against ``server``.

    Roots are applied in dependency order, independent ones ``jobs`` at a time, each with
    its state in the emulator's S3 bucket (the buckets must exist: ``create_bucket``); a
    downstream root's ``terraform_remote_state`` reads the state its upstream root wrote.
    A root needing a provider that cannot be installed here (``mongey/kafka``) is
    UNAVAILABLE, as in the offline harness; roots reading it find, at its state key, a state
    holding its declared example outputs (what the offline harness's stubs hold), so they
    still run. Each root is destroyed once it is applied and re-planned and every root
    reading it is destroyed (downstream first); a root on an existing network named by id
    finds that network created first (``create_existing_network``). A root that lacks an
    ordering S3 needs (``ordering.unordered``) fails without being applied. Once ``stop`` is
    set (the test session ended before it needed the result), no further step starts.
    """
    manifest = {r["name"]: r for r in json.loads((outdir / "roots.json").read_text())["roots"]}
    selected = [n for n in dependency_order(list(manifest.values())) if not names or n in names]
    env = emulator_env(workdir)
    mirror = find_mirror()
    say = log or (lambda text: None)
    runs: dict[str, RootRun] = {}
    docs = {n: json.loads((outdir / "stacks" / n / "cdk.tf.json").read_text()) for n in selected}
    collisions = account_collisions(docs, sorted(docs))
    for name in selected:
        entry, doc = manifest[name], docs[name]
        missing = providers_not_in_mirror(doc, mirror)
        external = external_network_ids(doc)
        if name in collisions:
            runs[name] = RootRun(name, "UNAVAILABLE", reason=collisions[name])
            continue
        if missing:
            runs[name] = RootRun(name, "UNAVAILABLE", reason=(
                f"needs provider {', '.join(missing)}, which cannot be installed here (not in the offline mirror) "
                "and manages objects inside live Kafka brokers, which no emulator provides"))
            continue
        examples = {k: v["example"] for k, v in entry["outputs"].items() if "example" in v}
        runs[name] = RootRun(name, root=prepare(doc, name, workdir, server.url, env=env, examples=examples),
                             unordered=unordered(doc))
        if external:
            runs[name].existing_network = external
            create_existing_network(server, _provider_region(doc), external)
    made = self_made_buckets(docs)
    state_maker = {n: made[docs[n]["terraform"]["backend"]["s3"]["bucket"]] for n in selected
                   if docs[n]["terraform"]["backend"]["s3"]["bucket"] in made}
    for name, maker in state_maker.items():
        if maker == name and runs[name].root is not None:
            (runs[name].root.folder / LOCAL_STATE_OVERRIDE).write_text(json.dumps(
                {"terraform": {"backend": {"local": {"path": "terraform.tfstate"}}}}))
            runs[name].local_state = True
    # (not a root whose state bucket another root creates: its init needs that bucket)
    first = next((run for name, run in runs.items() if run.root is not None
                  and state_maker.get(name, name) == name), None)
    if first is not None:  # alone: it fills the provider cache the others then read
        first.steps["init"] = first.root.init()
    lock = first.root.folder / LOCK_FILE if first is not None else None

    def put_stub(name: str) -> None:
        run = runs[name]
        if run.root is None and any(name in manifest[n]["depends_on"] for n in selected):
            entry, backend = manifest[name], docs[name]["terraform"]["backend"]["s3"]
            state = make_stub_state(entry, workdir / "_unavailable_stubs", env)
            server.client("s3", backend["region"]).put_object(Bucket=backend["bucket"], Key=backend["key"],
                                                              Body=state.read_bytes())
            run.stub_outputs = sorted(entry["outputs"])

    for name in runs:
        if name not in state_maker:
            put_stub(name)

    def apply(name: str, skip: bool = False) -> bool:
        run = runs[name]
        if run.status == "UNAVAILABLE":
            if name in state_maker and not skip:
                put_stub(name)  # its state bucket exists only now
            return True
        if skip:
            run.status, run.reason = "NOT REACHED", "an upstream root failed"
            return False
        if run.unordered:
            run.status, run.reason = "FAILED", ("not applied: the root lacks a depends_on S3 needs "
                                                "(see tests/gates/emulator/ordering.py)")
            return False
        root, backend = run.root, docs[name]["terraform"]["backend"]["s3"]
        if "init" not in run.steps:
            # Terraform's plugin cache is not safe for concurrent installs, and an init with no
            # lock file installs the provider into the cache again, replacing the folder that
            # other roots' applies are reading at that moment ("could not read package
            # directory"). So: one init at a time, each with the first root's lock file, with
            # which Terraform links the cached provider instead of installing it again.
            with _INIT_LOCK:
                share_lock_file(lock, root.folder)
                run.steps["init"] = root.init()
        if run.steps["init"].returncode != 0:
            run.status = "FAILED"
            return False
        say(f"{name}: apply")
        run.steps["apply"] = root.apply()
        if run.steps["apply"].returncode == 0:
            run.steps["plan"], run.drift = root.replan()
            run.applied = sum(len(v) for v in state_ids(root).values())
            if not run.local_state:
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
    upstream = {n: (set(manifest[n]["depends_on"]) | ({state_maker[n]} - {n} if n in state_maker else set()))
                & set(selected) for n in selected}
    after = {f"apply {n}": {f"apply {u}" for u in upstream[n]} for n in selected}
    after.update({f"destroy {n}": {f"apply {n}"} | {f"destroy {d}" for d in selected if n in upstream[d]}
                  for n in selected})

    def work(task: str, skip: bool = False) -> bool:
        phase, name = task.split(" ", 1)
        if stop is not None and stop.is_set():
            if runs[name].status != "UNAVAILABLE":
                runs[name].status, runs[name].reason = "NOT REACHED", "stopped: the test session ended first"
            return False
        if phase == "apply":
            return apply(name, skip)
        return destroy(name)

    _schedule(sorted(after), after, work, jobs)
    return runs


def run_gate(outdir: Path, workdir: Path, names: Sequence[str] = (), *, jobs: int = JOBS,
             log=None, stop: threading.Event | None = None) -> tuple[dict[str, RootRun], str]:
    """The whole gate on a synthesized ``outdir``, on a moto server of its own (started here,
    stopped when done): every root's state bucket is created, then ``run_roots``. Returns
    the runs and the printed report. Having its own server, it can run on a thread beside
    tests that reset theirs (``tests/conftest.py`` starts it as soon as the roots exist).
    Setting ``stop`` stops the server at once (steps in flight fail fast) and starts no
    further step."""
    import time

    from tests.gates.emulator.report import format_report
    from tests.gates.emulator.server import create_bucket

    workdir.mkdir(parents=True, exist_ok=True)
    server = MotoServer(log=workdir / "moto.log").start()
    done = threading.Event()
    if stop is not None:
        def watch() -> None:
            while not done.wait(1):
                if stop.is_set():
                    server.stop()
                    return
        threading.Thread(target=watch, name="emulator-stop", daemon=True).start()
    try:
        manifest = json.loads((outdir / "roots.json").read_text())["roots"]
        docs = {r["name"]: json.loads((outdir / "stacks" / r["name"] / "cdk.tf.json").read_text())
                for r in manifest}
        for bucket, region in buckets_to_create(docs):
            create_bucket(server, bucket, region)
        started = time.perf_counter()
        runs = run_roots(outdir, server, workdir, names, jobs=jobs, log=log, stop=stop)
        report = format_report(runs) + f"\n{time.perf_counter() - started:.0f} s in all; work folder {workdir}"
        (workdir / "report.txt").write_text(report + "\n")
        return runs, report
    finally:
        done.set()
        server.stop()
