"""``python -m atlas.gates.moto_patched -H HOST -p PORT``: moto's server with two of its
bugs fixed, so the gate tests the roots rather than the emulator's bookkeeping.

Both bugs make moto answer a read for *one* resource with *every* resource of the kind,
so the provider (which wants exactly one) fails as soon as a region holds two of them:

* RDS: moto 5.2.5 gives every DB instance the same hard-coded ``DbiResourceId``
  (``db-M5ENSHXFPU6XHZ4G4ZEI5QIO2U``), and the provider reads an instance back by
  filtering on that id; with two instances it finds two and reports "couldn't find
  resource". Each instance gets a unique id here, as in AWS.
* CloudTrail: ``DescribeTrails`` ignores ``trailNameList``; the provider reads a trail
  with its ARN in that list and fails on "too many results" when two trails exist. The
  list is honoured here (by name or ARN), as in AWS.

Nothing else is changed; run ``python -m moto.server`` to compare.
"""

from __future__ import annotations

import json
import sys


def patch() -> None:
    import random
    import string

    from moto.cloudtrail.responses import CloudTrailResponse
    from moto.rds import models as rds

    original_init = rds.DBInstance.__init__

    def init(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        self.dbi_resource_id = "db-" + "".join(random.choice(string.ascii_uppercase + string.digits)
                                               for _ in range(26))

    rds.DBInstance.__init__ = init

    original_describe = CloudTrailResponse.describe_trails

    def describe_trails(self) -> str:
        body = json.loads(original_describe(self))
        wanted = set(self._get_param("trailNameList") or [])
        if wanted:
            body["trailList"] = [t for t in body["trailList"] if t.get("Name") in wanted or t.get("TrailARN") in wanted]
        return json.dumps(body)

    CloudTrailResponse.describe_trails = describe_trails


def main(argv: list[str] | None = None) -> None:
    patch()
    from moto.server import main as serve

    serve(argv if argv is not None else sys.argv[1:])


if __name__ == "__main__":
    main()
