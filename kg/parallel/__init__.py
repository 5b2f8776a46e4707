"""Parallel extraction: a layer the pipeline uses (it never imports the pipeline back).

- `local`: `extract_parallel`, worker processes forked on one machine, sharing one loaded model;
- `cluster`: `dask_build`, partitions of article files on a Dask cluster, written as N-Quads or pushed to
  a remote store, and `load_nquads` to load the partitions into a store.
"""

from kg.parallel.cluster import dask_build, extract_partition_to_nquads, load_nquads
from kg.parallel.local import extract_parallel

__all__ = ["dask_build", "extract_parallel", "extract_partition_to_nquads", "load_nquads"]
