"""`kg build --dask`: a real scheduler and two worker processes (`dask scheduler`, `dask worker`) started
here, and `--dask local:2`; the store must be a local build's, quad for quad."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLES
from crashes import store_nquads
from oxigraph_server import oxigraph_server

from kg.cli import main
from kg.store import open_store

ARTICLES = EXAMPLES / "articles"
DASK = Path(sys.executable).parent / "dask"
FAULTS = Path(__file__).parent / "cluster_faults.py"
GOOD = "Rebels shelled the town of {place} on Monday, killing four people, officials said."


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _stop(proc: subprocess.Popen) -> None:
    """The process and its children (a worker's nanny starts the worker): SIGTERM, then SIGKILL."""
    if proc.poll() is not None:
        return
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=20)


class RunningCluster:
    """A scheduler and two single-threaded workers, each its own process (group), on free loopback ports."""

    def __init__(self, tmp: Path) -> None:
        self.address = f"tcp://127.0.0.1:{_free_port()}"
        self.procs: list[subprocess.Popen] = []
        # A worker killed once marks its task as failed (the default, 3 deaths, makes the test slow).
        env = {**os.environ, "DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": "0"}
        logs = tmp / "logs"
        logs.mkdir()

        def start(name: str, args: list[str]) -> None:
            log = open(logs / f"{name}.log", "wb")  # noqa: SIM115 (closed with the process)
            self.procs.append(
                subprocess.Popen([str(DASK), *args], stdout=log, stderr=subprocess.STDOUT, env=env,
                                 start_new_session=True, cwd=tmp)
            )

        port = self.address.rsplit(":", 1)[1]
        start("scheduler", ["scheduler", "--host", "127.0.0.1", "--port", port, "--no-dashboard", "--no-show"])
        for k in range(2):
            start(f"worker{k}", ["worker", self.address, "--nthreads", "1", "--nworkers", "1", "--no-dashboard",
                                 "--host", "127.0.0.1", "--preload", str(FAULTS), "--name", f"w{k}"])
        self.wait_for_workers(2)

    def wait_for_workers(self, n: int) -> None:
        """Until the scheduler reports n workers (a worker killed by a test is started again by its nanny)."""
        from distributed import Client

        with Client(self.address, timeout=60, set_as_default=False) as client:
            client.wait_for_workers(n, timeout=180)

    def close(self) -> None:
        for proc in reversed(self.procs):
            _stop(proc)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    if not DASK.exists():
        pytest.fail(f"{DASK} is missing: make install installs distributed")
    running = RunningCluster(tmp_path_factory.mktemp("cluster"))
    try:
        yield running
    finally:
        running.close()


@pytest.fixture(scope="module")
def local_quads(tmp_path_factory) -> list[str]:
    store = tmp_path_factory.mktemp("local") / "store"
    assert main(["-q", "build", str(ARTICLES), "--store", str(store), "-o", str(store.parent / "out")]) == 0
    return store_nquads(store)


def test_a_build_on_a_scheduler_and_two_workers_is_the_local_build_quad_for_quad(cluster, local_quads, tmp_path):
    store = tmp_path / "store"
    code = main(["-q", "build", str(ARTICLES), "--dask", cluster.address, "--store", str(store),
                 "-o", str(tmp_path / "out")])
    assert code == 0
    assert store_nquads(store) == local_quads


def test_a_local_cluster_of_two_processes_is_the_local_build_quad_for_quad(local_quads, tmp_path):
    store = tmp_path / "store"
    assert main(["-q", "build", str(ARTICLES), "--dask", "local:2", "--store", str(store), "--no-view",
                 "-o", str(tmp_path / "out")]) == 0
    assert store_nquads(store) == local_quads


def test_an_article_that_fails_or_kills_its_worker_is_one_error_line_and_the_rest_is_kept(cluster, tmp_path, capsys):
    from cluster_faults import KILLS, RAISES

    inputs = tmp_path / "in"
    inputs.mkdir()
    for name, place in (("a", "Tarnik"), ("raises", RAISES), ("b", "Ulvano"), ("kills", KILLS), ("c", "Vezda")):
        (inputs / f"{name}.txt").write_text(GOOD.format(place=place) + "\n", encoding="utf-8")
    shutil.copytree(ARTICLES, inputs / "examples")
    code = main(["-q", "build", str(inputs), "--dask", cluster.address, "--memory", "--no-view", "--json",
                 "-o", str(tmp_path / "out")])
    err = capsys.readouterr().err
    errors = [line for line in err.splitlines() if line.startswith("kg: error:")]
    assert code == 1, err
    assert len(errors) == 2, err
    assert any("raises.txt: article raises: cannot be extracted (RuntimeError: boom on the cluster)" in e
               for e in errors), err
    assert any("kills.txt: article kills: cannot be extracted (the worker process extracting it died" in e
               for e in errors), err
    summary = json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))
    assert summary["articles"] == 3 + 8
    cluster.wait_for_workers(2)  # the killed worker is back: the cluster is whole for the next test


def test_an_unreachable_scheduler_is_one_error_line_and_exit_2(tmp_path, capsys, monkeypatch):
    import kg.parallel.dask_cluster

    monkeypatch.setattr(kg.parallel.dask_cluster, "CONNECT_TIMEOUT", 2.0)
    address = f"tcp://127.0.0.1:{_free_port()}"
    code = main(["-q", "build", str(ARTICLES), "--dask", address, "--memory", "-o", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 2 and f"--dask {address}: cannot reach the scheduler" in err


EVERY_QUAD = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"


def test_a_cluster_build_pushed_to_a_remote_store_is_the_local_client_build(cluster, tmp_path):
    with oxigraph_server(tmp_path / "local") as local, oxigraph_server(tmp_path / "cluster") as remote:
        dumps = []
        for url, dask in ((local, None), (remote, cluster.address)):
            extra = ["--dask", dask] if dask else []
            assert main(["-q", "build", str(ARTICLES), "--store", url, "--no-view", "-o", str(tmp_path / "o"),
                         *extra]) == 0
            with open_store(url) as store:
                dumps.append(sorted(tuple(sorted(row.items())) for row in store.backend.select(EVERY_QUAD)))
        assert len(dumps[0]) > 1000 and dumps[1] == dumps[0]
