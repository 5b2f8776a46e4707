"""Start a kg endpoint in this process with the settings given as JSON (the tests run it as a child).

    python tests/server/launch.py STORE '{"timeout": 2, "allow_update": true}'

Prints "ready URL TOKEN" on stdout once it listens, then serves until SIGINT or SIGTERM.
"""

from __future__ import annotations

import json
import sys

from kg.query import QueryLimits
from kg.server import Settings, serve


def main() -> int:
    options = json.loads(sys.argv[2]) if len(sys.argv) > 2 else {}
    if "limits" in options:
        options["limits"] = QueryLimits(**options["limits"])
    if "cors" in options:
        options["cors"] = tuple(options["cors"])
    options.setdefault("port", 0)

    def ready(server) -> None:
        print("ready", server.url, server.settings.token or "-", flush=True)

    return serve(sys.argv[1], Settings(**options), on_ready=ready)


if __name__ == "__main__":
    sys.exit(main())
