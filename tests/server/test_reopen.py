"""A reader reopening the store after an update, while the writer's RocksDB still replaces table files."""

from __future__ import annotations

import pytest

from kg.server import worker


class _Flaky(worker._Worker):
    """A reader whose read-only opens meet a table file being replaced `failures` times."""

    def __init__(self, failures: int) -> None:  # no store, no connection: only the reopen is under test
        self.failures, self.opens = failures, 0

    def _open(self):  # noqa: ANN202
        self.opens += 1
        if self.opens <= self.failures:
            raise RuntimeError("Corruption: IO error: No such file or directory: While open a file: 000009.sst")
        return "store"


def test_a_reopen_that_meets_a_replaced_file_is_tried_again():
    reader = _Flaky(failures=3)
    assert reader._reopen() == "store" and reader.opens == 4


def test_a_reopen_that_keeps_failing_gives_up_after_its_deadline(monkeypatch):
    monkeypatch.setattr(worker, "REOPEN_SECONDS", 0.2)
    with pytest.raises(RuntimeError, match="No such file"):
        _Flaky(failures=10**6)._reopen()
