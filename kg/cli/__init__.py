"""The command line only: parses options, calls the library, prints. The library never imports kg.cli.

- `main`: the `kg` parser and entry point (exit statuses in `report`);
- `graph`: extract, build, query, view;
- `analysis`: analyze;
- `store`: ls, rm, stats, explain, export, serve;
- `report`: the Reporter (errors, progress, results) and the exit statuses.
"""

from kg.cli.main import main, make_parser

__all__ = ["main", "make_parser"]
