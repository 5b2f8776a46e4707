"""`kg serve`: a SPARQL 1.1 Protocol endpoint over a store, and the HTML views, safe to run on a laptop
next to a browser.

- `app`: the WSGI application (routes, CORS, answers); `Settings`, every option with its safe default;
- `guards`: what is refused before any work starts (query limits, SERVICE/LOAD, foreign Host headers,
  updates without the token or from another site);
- `runner`: queries in worker processes killed at their deadline; `worker`: the process itself;
- `formats`: content negotiation and the SPARQL results formats;
- `http`: waitress with kg's connection limits, and `serve`.

Takes a store directory (`kg.store`), queries it as `kg.query` does; gives HTTP.
"""

from kg.server.app import Settings, SparqlApp
from kg.server.formats import negotiate
from kg.server.guards import HostPolicy, Refused, check_sparql
from kg.server.http import Server, serve
from kg.server.runner import QueryRunner, RunnerError

__all__ = [
    "HostPolicy",
    "QueryRunner",
    "Refused",
    "RunnerError",
    "Server",
    "Settings",
    "SparqlApp",
    "check_sparql",
    "negotiate",
    "serve",
]
