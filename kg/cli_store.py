"""CLI commands of the store issue (`kg ls`, `kg rm`, `kg stats`, `kg explain`, `kg serve`). Registered by kg.cli.

STUB: the store issue fills this in.
"""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's subcommands to the `kg` parser."""
    return None
