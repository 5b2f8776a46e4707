"""CLI commands of the analysis and views issue (`kg analyze`). Registered by kg.cli.

STUB: the views issue fills this in.
"""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's subcommands to the `kg` parser."""
    return None
