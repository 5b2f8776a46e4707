"""Extraction on a cluster: a Dask bag over article files, one partition per task.

Each partition extracts its files, resolves its entities, and writes one N-Quads file (or pushes each
article's graph to a remote store). Load the N-Quads into a store with `load_nquads`. Tested with Dask's
synchronous scheduler; the same graph runs on `dask.distributed` workers that can import kg and its model.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from kg.extract import extract_articles


def extract_partition_to_nquads(
    paths: list[str], out_dir: str, partition: int, model: str | None = None, remote: str | None = None
) -> dict[str, object]:
    """Extract one partition's files; write `part-NNNNN.nq` in out_dir, or put each article to `remote`."""
    import pyoxigraph as ox

    from kg.ingest import InputError, read_articles
    from kg.rdf import corpus_quads, resolve_identities

    errors: list[str] = []
    articles = []
    for item in read_articles(paths):
        if isinstance(item, InputError):
            errors.append(str(item))
        else:
            articles.append(item)
    facts = list(
        extract_articles(
            articles, model=model, on_error=lambda article, reason: errors.append(f"{article.path}: {reason}")
        )
    )
    identities = resolve_identities(facts)
    result: dict[str, object] = {"partition": partition, "articles": len(facts), "errors": errors}
    if remote:
        from kg.store import open_store

        # Buffered: a few requests per 32 articles (entity descriptions, graph PUTs), not per article.
        with open_store(remote) as store:
            for f in facts:
                store.put_article(f, identities, defer=True)
        result["remote"] = remote
    else:
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        path = out / f"part-{partition:05d}.nq"
        tmp = path.with_suffix(".nq.tmp")
        # Entity descriptions once per partition; partitions may still name an entity differently (each
        # resolves its own batch): load_nquads keeps one label per entity.
        ox.serialize(corpus_quads(facts, identities), str(tmp), ox.RdfFormat.N_QUADS)
        tmp.replace(path)
        result["path"] = str(path)
    return result


def dask_build(
    inputs: Iterable[str],
    out_dir: str | Path,
    npartitions: int = 4,
    model: str | None = None,
    remote: str | None = None,
    scheduler: str | None = None,
) -> list[dict[str, object]]:
    """Extract article files as a Dask bag; each partition writes N-Quads to out_dir (or pushes to `remote`).

    `scheduler="synchronous"` runs in this process (tests); None uses Dask's default or a
    `dask.distributed.Client` if one is active.
    """
    import dask.bag as db

    from kg.ingest import expand_inputs

    files = sorted(f for f in expand_inputs(list(inputs)) if isinstance(f, str))
    if not files:
        return []
    n = max(1, min(npartitions, len(files)))
    groups = [(i, files[i::n]) for i in range(n)]  # one bag item per partition: its number and its files
    bag = db.from_sequence(groups, npartitions=n)
    results = bag.map(
        lambda group: extract_partition_to_nquads(group[1], str(out_dir), group[0], model=model, remote=remote)
    ).compute(scheduler=scheduler)
    return sorted(results, key=lambda r: r["partition"])  # type: ignore[arg-type,return-value]


def load_nquads(store_location: str | Path, parts_dir: str | Path) -> int:
    """Bulk-load a directory of `part-*.nq` files into an on-disk store; the number of files loaded.

    Partitions that named an entity differently leave it several labels: the fullest stays the label,
    the others become alt labels (`kg.store.settle_entity_labels`).
    """
    import pyoxigraph as ox

    from kg.store import open_store, settle_entity_labels

    store = open_store(str(store_location))
    parts = sorted(Path(parts_dir).glob("part-*.nq"))
    for part in parts:
        store.dataset.bulk_load(path=str(part), format=ox.RdfFormat.N_QUADS)
    settle_entity_labels(store.dataset)
    store.close()
    return len(parts)
