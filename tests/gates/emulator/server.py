"""The emulator: moto's server (``moto_patched``) on a free port of 127.0.0.1.

``MotoServer.start`` runs it as a child process and ``stop`` ends only that process;
``client`` gives a boto3 client with the gate's fake credentials, which is how the gate
sets up what the roots expect to exist (their state bucket: ``create_bucket``).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from contextlib import closing
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[3]
REGION_FALLBACK = "eu-west-1"
FAKE_KEY, FAKE_SECRET = "AKIAEMULATOR00000000", "emulator-not-a-secret"


# Held from choosing a free port until the server answers on it: two servers started at once
# from one process (the gate's on its thread, the tests' own) could otherwise pick the same
# port, and the second would find the first answering there.
_START_LOCK = threading.Lock()


def free_port() -> int:
    with closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class MotoServer:
    """moto's server on 127.0.0.1, with its bugs fixed (``moto_patched``);
    ``stop()`` ends only the process it started."""

    def __init__(self, port: int | None = None, log: Path | None = None) -> None:
        self.port = port or 0  # 0: a free port, chosen when started
        self.log = log
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 60) -> "MotoServer":
        with _START_LOCK:
            return self._start(timeout)

    def _start(self, timeout: float) -> "MotoServer":
        self.port = self.port or free_port()
        out = open(self.log, "ab") if self.log else subprocess.DEVNULL
        env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
        # AWS-managed policies (arn:aws:iam::aws:policy/...) exist in every real account; moto
        # loads its copy of them only when asked, and a role attaching one (the RDS enhanced
        # monitoring role) would otherwise fail with NoSuchEntity.
        env["MOTO_IAM_LOAD_MANAGED_POLICIES"] = "true"
        self.proc = subprocess.Popen([sys.executable, "-m", "tests.gates.emulator.moto_patched", "-H", "127.0.0.1",
                                      "-p", str(self.port)],
                                     stdout=out, stderr=subprocess.STDOUT, env=env,
                                     cwd=PROJECT)
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
        proc, self.proc = self.proc, None  # (may be called from two threads: one of them stops it)
        if proc is not None and proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()

    def reset(self) -> None:
        urllib.request.urlopen(urllib.request.Request(f"{self.url}/moto-api/reset", method="POST"), timeout=30).read()

    def client(self, service: str, region: str = REGION_FALLBACK):
        import boto3

        # A session of its own: boto3's default session is not safe to share between threads,
        # and the gate runs on a thread beside tests that make clients (tests/conftest.py).
        return boto3.session.Session().client(service, region_name=region, endpoint_url=self.url,
                                              aws_access_key_id=FAKE_KEY, aws_secret_access_key=FAKE_SECRET)


def create_bucket(server: MotoServer, bucket: str, region: str) -> None:
    s3 = server.client("s3", region)
    kwargs = {} if region == "us-east-1" else {"CreateBucketConfiguration": {"LocationConstraint": region}}
    s3.create_bucket(Bucket=bucket, **kwargs)
