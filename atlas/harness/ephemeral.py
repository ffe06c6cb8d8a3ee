"""A stand-in for the AWS calls Terraform makes while *planning* ephemeral resources.

Terraform opens an ephemeral resource during plan as well as apply (Terraform docs,
"Ephemeral resources": opened whenever its value is needed), so a root that generates a
password with ``ephemeral "aws_secretsmanager_random_password"`` calls Secrets Manager's
``GetRandomPassword`` at plan time, which the offline plan cannot reach. This server answers
that one call on 127.0.0.1 with a fixed, obviously fake value; the harness points the AWS
provider's ``secretsmanager`` endpoint at it for roots that declare ephemeral resources.
Any other request gets an error, so a root that starts calling something else fails loudly.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# Planned values never reach a state; this is what an offline plan's password looks like.
FAKE_PASSWORD = "offlineplanOFFLINEPLAN0123456789"


class _Handler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:  # noqa: N802  (the http.server hook's name)
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        target = self.headers.get("X-Amz-Target", "")
        if target == "secretsmanager.GetRandomPassword":
            status, body = 200, {"RandomPassword": FAKE_PASSWORD}
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
    """``with EphemeralApi() as url:`` serves the calls above until the block ends."""

    def __enter__(self) -> str:
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
