"""Shared fixtures: every root is synthesized once per test run, and planned and applied at most once.

Importing the AWS bindings and building every root costs seconds, so no test synthesizes
the whole app on its own; construct tests synthesize one small stack each.

The two slow gates over every root (the offline plans, ``plans``, and the apply / re-plan /
destroy against the emulator, ``emulated``) run terraform for minutes, mostly waiting on it
(the emulator on the provider's fixed pollers). So when a collected test needs one of them,
it starts on a thread as soon as the roots are synthesized, and the other tests run
meanwhile; the fixture then waits for it. Each spreads its roots over processes itself
(the harness up to the core count, the emulator in dependency order, ``JOBS`` at once), so
a new root is picked up with no change here. Nothing per root is listed in this file.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import pytest

ROOT = Path(__file__).resolve().parent.parent
ENVIRONMENTS = ROOT / "environments"
sys.path.insert(0, str(ROOT / ".gen"))
sys.path.insert(0, str(ROOT))


@dataclass
class Synthesized:
    outdir: Path
    manifest: dict
    _docs: dict = field(default_factory=dict)

    @property
    def names(self) -> list[str]:
        return [r["name"] for r in self.manifest["roots"]]

    def doc(self, name: str) -> dict:
        if name not in self._docs:
            self._docs[name] = json.loads((self.outdir / "stacks" / name / "cdk.tf.json").read_text())
        return self._docs[name]

    def entry(self, name: str) -> dict:
        return next(r for r in self.manifest["roots"] if r["name"] == name)


def synth_all(outdir: Path, *, local_backend: bool = False) -> Synthesized:
    from atlas.app import load_environments, plan_roots, synthesize

    synthesize(plan_roots(load_environments(ENVIRONMENTS)), outdir, local_backend=local_backend)
    return Synthesized(outdir, json.loads((outdir / "roots.json").read_text()))


# -- the slow gates, on threads ---------------------------------------------------------------

def _plans(synthesized: Synthesized, workdir: Path, stop: threading.Event) -> dict:
    from atlas.harness import plan_roots

    return {r.root: r for r in plan_roots(synthesized.outdir, workdir=workdir)}


def _emulated(synthesized: Synthesized, workdir: Path, stop: threading.Event) -> tuple[dict, str]:
    from tests.gates.emulator.run import run_gate

    return run_gate(synthesized.outdir, workdir, stop=stop)


# fixture name -> the work behind it; it gets the synthesized roots, a work folder of its own
# and an event set when the session ends without having asked for the result.
BACKGROUND: dict[str, Callable[[Synthesized, Path, threading.Event], Any]] = {
    "plans": _plans,
    "emulated": _emulated,
}


class Background:
    """The ``BACKGROUND`` work of one session, each started at most once."""

    def __init__(self, synthesized: Synthesized, workdir: Path) -> None:
        self.synthesized, self.workdir = synthesized, workdir
        self.stop = threading.Event()
        self.pool = ThreadPoolExecutor(max_workers=len(BACKGROUND), thread_name_prefix="gate")
        self.futures: dict[str, Future] = {}
        self.lock = threading.Lock()

    def start(self, name: str) -> Future:
        with self.lock:
            if name not in self.futures:
                self.futures[name] = self.pool.submit(BACKGROUND[name], self.synthesized, self.workdir / name,
                                                      self.stop)
            return self.futures[name]

    def result(self, name: str) -> Any:
        return self.start(name).result()

    def close(self) -> None:
        """At the end of the session: work nobody waited for is stopped, not waited out."""
        self.stop.set()
        self.pool.shutdown(wait=True)


def _terraform_present() -> bool:
    from atlas.harness.terraform import terraform_binary

    return terraform_binary() is not None


@pytest.fixture(scope="session")
def synthesized(tmp_path_factory, request) -> Synthesized:
    synthesized = synth_all(tmp_path_factory.mktemp("synth") / "cdktf.out")
    wanted = sorted({name for item in request.session.items for name in getattr(item, "fixturenames", ())
                     if name in BACKGROUND})  # the tests selected to run (after -m and -k)
    if wanted and _terraform_present():
        background = Background(synthesized, tmp_path_factory.mktemp("gates"))
        request.config.atlas_started = background
        request.addfinalizer(background.close)
        for name in wanted:
            background.start(name)
    return synthesized


@pytest.fixture(scope="session")
def background(synthesized, request, tmp_path_factory) -> Background:
    """The session's ``Background`` (started by ``synthesized`` when collected tests need it)."""
    started = getattr(request.config, "atlas_started", None)
    if started is None:
        started = request.config.atlas_started = Background(synthesized, tmp_path_factory.mktemp("gates"))
        request.addfinalizer(started.close)
    return started


@pytest.fixture(scope="session")
def plans(background):
    """Offline terraform plan of every synthesized root (one run of the harness, on a thread
    from the start of the session). Without terraform this fails every test using it (see
    ``tests.helpers.require_terraform``)."""
    from tests.helpers import require_terraform

    require_terraform()
    return background.result("plans")


def pytest_collection_modifyitems(config, items) -> None:
    """A test that needs a slow gate's result (``BACKGROUND``) is marked slow: the fast tier
    (``-m "not slow"``) would otherwise run every plan or every emulated apply for it."""
    unmarked = [item.nodeid for item in items if item.get_closest_marker("slow") is None
                and BACKGROUND.keys() & set(getattr(item, "fixturenames", ()))]
    if unmarked:
        raise pytest.UsageError("mark these tests @pytest.mark.slow, they use a slow gate ("
                                + ", ".join(sorted(BACKGROUND)) + "): " + ", ".join(unmarked))
