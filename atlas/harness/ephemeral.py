"""A stand-in for the AWS calls Terraform makes while *planning* ephemeral resources.

Terraform opens an ephemeral resource during plan as well as apply (Terraform docs,
"Ephemeral resources": opened whenever its value is needed), so a root that generates a
password with ``ephemeral "aws_secretsmanager_random_password"`` calls Secrets Manager's
``GetRandomPassword`` at plan time, and one that reads an existing secret with
``ephemeral "aws_secretsmanager_secret_version"`` (a database password in the ``static`` or
``adopt_managed`` mode) calls ``GetSecretValue``; the offline plan can reach neither. This
server answers those two calls on 127.0.0.1 with fixed, obviously fake values (a secret's
value is a JSON object holding the fake password under every key the roots read,
``secret_keys``); the harness points the AWS provider's ``secretsmanager`` endpoint at it
for roots that declare ephemeral resources. Any other request gets an error, so a root that
starts calling something else fails loudly.
"""

from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Iterable

# Planned values never reach a state; this is what an offline plan's password looks like.
FAKE_PASSWORD = "offlineplanOFFLINEPLAN0123456789"


# How a root reads one JSON key of an ephemeral secret value (atlas.constructs.secrets).
_KEY_READ = re.compile(r'ephemeral\.aws_secretsmanager_secret_version\.[A-Za-z0-9_-]+\.secret_string\)\["([^"\\]+)"\]')


def secret_keys_read(docs: Iterable[dict]) -> set[str]:
    """The JSON keys the roots read from ephemeral secret values (``...secret_string)["key"]``)."""
    keys: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            keys.update(_KEY_READ.findall(value))
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for doc in docs:
        walk(doc)
    return keys


class _Handler(BaseHTTPRequestHandler):
    secret_keys: tuple[str, ...] = ()

    def do_POST(self) -> None:  # noqa: N802  (the http.server hook's name)
        request = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        target = self.headers.get("X-Amz-Target", "")
        if target == "secretsmanager.GetRandomPassword":
            status, body = 200, {"RandomPassword": FAKE_PASSWORD}
        elif target == "secretsmanager.GetSecretValue":
            secret_id = str(json.loads(request or b"{}").get("SecretId", ""))
            name = secret_id.split(":secret:", 1)[-1]
            status, body = 200, {
                "ARN": secret_id if secret_id.startswith("arn:") else
                f"arn:aws:secretsmanager:eu-west-1:000000000000:secret:{name}-AbCdEf",
                "Name": name, "VersionId": "00000000-0000-0000-0000-000000000000",
                "VersionStages": ["AWSCURRENT"], "CreatedDate": 0,
                "SecretString": json.dumps({k: FAKE_PASSWORD for k in self.secret_keys})}
        else:
            status, body = 400, {"__type": "UnsupportedOperation",
                                 "message": f"offline plan: {target or self.path} is not emulated"}
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/x-amz-json-1.1")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:  # quiet: the plan's own output is what matters
        pass


class EphemeralApi:
    """``with EphemeralApi(secret_keys) as url:`` serves the calls above until the block ends."""

    def __init__(self, secret_keys: Iterable[str] = ()) -> None:
        self.secret_keys = tuple(sorted(set(secret_keys)))

    def __enter__(self) -> str:
        handler = type("_RootsHandler", (_Handler,), {"secret_keys": self.secret_keys})
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
