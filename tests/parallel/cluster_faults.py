"""Preloaded by the test cluster's workers (`dask worker --preload THIS_FILE`): an article with one of two
made-up marker words fails on the worker, as a bug in a rule or the out-of-memory killer would make it.
Every other article is extracted as usual."""

import os
import signal

import kg.extract

RAISES, KILLS = "Zorbletown", "Quexburg"
# dask may import a preload file more than once: wrap the original, never the wrapper
_real_extract_facts = getattr(kg.extract.extract_facts, "unwrapped", kg.extract.extract_facts)


def extract_facts(doc, article, **kwargs):
    if RAISES in article.text:
        raise RuntimeError("boom on the cluster")
    if KILLS in article.text:
        os.kill(os.getpid(), signal.SIGKILL)
    return _real_extract_facts(doc, article, **kwargs)


extract_facts.unwrapped = _real_extract_facts
kg.extract.extract_facts = extract_facts
