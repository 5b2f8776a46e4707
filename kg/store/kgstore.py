"""KgStore: kg's view of a store (articles, their named graphs, cross-article links), and `open_store`.

One named graph per article, replaced whole when the article changes. The logic above the back-ends
(skip unchanged articles, replace changed ones, near-duplicates, same-event links, `ls` / `rm` / `stats` /
`explain`) is written once, in SPARQL and the back-end protocol (`kg.store.base.Backend`):

- in memory (`location=None`): throwaway runs;
- an embedded on-disk Oxigraph store (a directory, default `./kg-store`): `.dataset` is the
  `pyoxigraph.Store`, which `kg.store.files.open_graph` hands to query, analysis and views;
- a remote SPARQL 1.1 store (`http://...`, `kg.store.remote`): Graph Store Protocol PUT per article.

Each article write is one unit: Ctrl-C during it is held until the article's graph is fully replaced,
and every single store call is itself a transaction, so an interrupted build leaves whole articles only.

Entities are described once, in the shared entities graph (`kg.rdf.ENTITIES_GRAPH`), so the union of
the graphs holds each triple once. Every backend keeps that graph in step with the articles: one
`rdfs:label` per entity (`kg.rdf.one_label_per_entity`), and an entity no article mentions any more
(after a replace or `kg rm`) loses its description.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg import __version__, atomic
from kg.atomic import crash_point
from kg.facts import ArticleFacts
from kg.rdf import (
    ENTITIES_GRAPH,
    Identities,
    article_graph,
    article_graph_iri,
    article_iri,
    event_iri,
)
from kg.rdf.dates import date_literal
from kg.rdf.ntriples import encode_statements, quad_statement
from kg.store.base import (
    ACTOR_ROLES,
    DUPLICATE_OF,
    KG_DATE,
    MINHASH_SIGNATURE,
    SAME_EVENT_AS,
    Backend,
    GraphWrite,
    StoreError,
    chunks,
    term_value,
)
from kg.store.indexes import (
    DuplicateIndex,
    EventIndex,
    EventSketch,
    Match,
    match_events,
    minhash,
    same_event_score,
    signature_from_text,
    signature_text,
    sketches_of,
)
from kg.store.local import (
    LocalBackend,
    is_store_dir,
    local_sketches,
    named_graph_quads,
    unlink_inbound_update,
    write_layout,
)

DEFAULT_STORE = "kg-store"
MAX_LINKS_PER_EVENT = 3
WRITE_BATCH = 32  # articles per write (bulk load, then their completion marks) when writes are deferred
LEGACY_LAYOUT = "legacy-layout"  # the version article_states gives an article written before the entities graph


@contextmanager
def interrupts_deferred() -> Iterator[None]:
    """Hold Ctrl-C (SIGINT) until the block is done, then raise KeyboardInterrupt: no half-written article."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []

    def hold(signum: int, frame: object) -> None:
        atomic.interrupts_received += 1
        received.append(signum)

    previous = signal.signal(signal.SIGINT, hold)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        # Started with Ctrl-C ignored (`kg build ... &` from a shell): it stays ignored.
        if received and previous is not signal.SIG_IGN:
            raise KeyboardInterrupt


@dataclass
class ArticleRecord:
    """One article as the store holds it."""

    id: str
    iri: str
    content_hash: str
    version: str
    headline: str = ""
    published: str = ""
    duplicate_of: str = ""
    events: int = 0


@dataclass
class PutResult:
    """What writing one article did."""

    triples: int
    duplicate_of: str | None = None
    similarity: float = 0.0
    linked: list[tuple[EventSketch, EventSketch]] = field(default_factory=list)  # (new event, other report)

    @property
    def same_events(self) -> list[tuple[str, str, Match]]:
        """Each same-event link written, with why (`match_events`: worked out when asked, not at every write)."""
        return [(a.iri, b.iri, match_events(a, b)) for a, b in self.linked]



class KgStore:
    """kg's view of a store: articles, their named graphs, and the cross-article links between them."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self._duplicates: DuplicateIndex | None = None
        self._pending: dict[ox.NamedNode, _Pending] = {}  # by graph, in the order buffered
        self._events: EventIndex | None = None
        self.auto_flush: int | None = WRITE_BATCH  # deferred writes flushed every this many articles

    def _event_index(self) -> EventIndex:
        if self._events is None:
            self._events = EventIndex(self)
        return self._events

    @property
    def dataset(self) -> ox.Store:
        """The pyoxigraph Store of an embedded store (in memory or on disk)."""
        if not isinstance(self.backend, LocalBackend):
            raise StoreError(f"{self.backend.location}: a remote store has no local dataset")
        return self.backend.dataset

    @property
    def location(self) -> str:
        return self.backend.location

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self.backend.close()

    def __enter__(self) -> KgStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- reading ---------------------------------------------------------------------------------

    def articles(self) -> list[ArticleRecord]:
        self.flush()
        rows = self.backend.select(
            """SELECT ?a ?id ?hash ?version ?headline ?published ?dup (COUNT(DISTINCT ?ev) AS ?events) WHERE {
              ?a a kg:Article ; kg:articleId ?id ; kg:contentHash ?hash .
              OPTIONAL { ?a kg:extractorVersion ?version }
              OPTIONAL { ?a schema:headline ?headline } OPTIONAL { ?a schema:datePublished ?published }
              OPTIONAL { ?a kg:duplicateOf ?dup }
              OPTIONAL { ?ev a kg:Event ; prov:wasDerivedFrom ?a }
            } GROUP BY ?a ?id ?hash ?version ?headline ?published ?dup ORDER BY ?published ?id"""
        )
        return [
            ArticleRecord(
                id=r["id"],
                iri=r["a"],
                content_hash=r.get("hash", ""),
                version=r.get("version", ""),
                headline=r.get("headline", ""),
                published=r.get("published", ""),
                duplicate_of=r.get("dup", ""),
                events=int(r.get("events", 0)),
            )
            for r in rows
        ]

    def article_states(self) -> dict[str, tuple[str, str]]:
        """Article id → (content hash, extractor version) for every article in the store.

        An article written before entities had their own graph (its graph describes its entities) gets
        the version "legacy-layout": `kg build` sees it as changed and writes it again, so the union of
        the graphs holds each entity description once. Looked for only in a store without an entities
        graph, where it costs one query.
        """
        self.flush()
        rows = self.backend.select(
            "SELECT ?id ?hash ?version WHERE { ?a a kg:Article ; kg:articleId ?id ; kg:contentHash ?hash ; "
            "kg:extractorVersion ?version }"
        )
        states = {r["id"]: (r["hash"], r["version"]) for r in rows}
        if states and not self.backend.ask(f"ASK {{ GRAPH <{ENTITIES_GRAPH.value}> {{ ?s ?p ?o }} }}"):
            legacy = self.backend.select(
                "SELECT DISTINCT ?id WHERE { GRAPH ?g { ?e kg:mentionedIn ?a ; rdfs:label ?l . ?a kg:articleId ?id } }"
            )
            for r in legacy:
                states[r["id"]] = (states[r["id"]][0], LEGACY_LAYOUT)
        return states

    def is_unchanged(self, article_id: str, content_hash: str, states: dict[str, tuple[str, str]]) -> bool:
        return states.get(article_id) == (content_hash, __version__)

    def count(self, what: str) -> int:
        self.flush()
        if what == "triples" and isinstance(self.backend, LocalBackend):
            return named_graph_quads(self.backend.dataset)
        queries = {
            "triples": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
            "graphs": "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
            "articles": "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a kg:Article ; kg:contentHash ?h }",
            "duplicates": "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a kg:duplicateOf ?b }",
            "entities": "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e kg:mentionedIn ?a }",
            "events": "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a kg:Event }",
            "same_event_links": "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?a ?b WHERE { "
            "?a kg:sameEventAs ?b FILTER(STR(?a) < STR(?b)) } }",
            "casualty_counts": "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a kg:CasualtyCount }",
        }
        rows = self.backend.select(queries[what])
        return int(rows[0]["n"]) if rows else 0

    def stats(self) -> dict[str, object]:
        """Counts of what the store holds, events by type included."""
        out: dict[str, object] = {
            k: self.count(k)
            for k in (
                "articles",
                "duplicates",
                "entities",
                "events",
                "same_event_links",
                "casualty_counts",
                "graphs",
                "triples",
            )
        }
        rows = self.backend.select(
            "SELECT ?t (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a kg:Event ; kg:eventType ?t } GROUP BY ?t ORDER BY ?t"
        )
        out["events_by_type"] = {r["t"].rsplit("/", 1)[-1]: int(r["n"]) for r in rows}
        out["location"] = self.location
        return out

    def duplicate_index(self) -> DuplicateIndex:
        """MinHash signatures of the stored articles, oldest first (loaded once, kept up to date)."""
        if self._duplicates is None:
            index = DuplicateIndex()
            rows = self.backend.select(
                f"SELECT ?id ?sig ?p WHERE {{ ?a kg:articleId ?id ; <{MINHASH_SIGNATURE.value}> ?sig . "
                "OPTIONAL { ?a schema:datePublished ?p } } ORDER BY ?p ?id"
            )
            for r in rows:
                index.add(r["id"], signature_from_text(r["sig"]), r.get("p", ""))
            self._duplicates = index
        return self._duplicates

    def entity_labels(self, iris: list[str]) -> dict[str, str]:
        """The labels the store already gives these entities (for stable preferred names across batches)."""
        self.flush()
        out: dict[str, str] = {}
        for chunk in chunks(iris, 500):
            values = " ".join(f"<{i}>" for i in chunk)
            for r in self.backend.select(f"SELECT ?e ?l WHERE {{ VALUES ?e {{ {values} }} ?e rdfs:label ?l }}"):
                best = out.get(r["e"], "")
                if (len(r["l"].split()), r["l"]) > (len(best.split()), best):
                    out[r["e"]] = r["l"]
        return out

    def event_sketches(self, iris: list[str]) -> dict[str, EventSketch]:
        """Type, dates, actors and places of stored events, as the merge decision sees them."""
        if isinstance(self.backend, LocalBackend):
            return local_sketches(self.backend.dataset, iris)
        sketches: dict[str, EventSketch] = {}
        for chunk in chunks(iris, 300):
            values = " ".join(f"<{i}>" for i in chunk)
            rows = self.backend.select(
                f"""SELECT ?ev ?g ?type ?date ?earliest ?latest ?role ?ent WHERE {{
                  VALUES ?ev {{ {values} }}
                  GRAPH ?g {{ ?ev kg:eventType ?type .
                    OPTIONAL {{ ?ev kg:date ?date }}
                    OPTIONAL {{ ?ev kg:hasTime ?t . ?t sem:hasEarliestBeginTimeStamp ?earliest ;
                                sem:hasLatestEndTimeStamp ?latest }}
                    OPTIONAL {{ ?ev kg:hasArgument ?arg . ?arg kg:role ?role ; kg:entity ?ent }} }} }}"""
            )
            for r in rows:
                sk = sketches.get(r["ev"])
                if sk is None:
                    sk = sketches[r["ev"]] = EventSketch(
                        iri=r["ev"],
                        type=r["type"].rsplit("/", 1)[-1],
                        article=r["g"],
                        date=r.get("date"),
                        earliest=r.get("earliest"),
                        latest=r.get("latest"),
                    )
                role, ent = r.get("role"), r.get("ent")
                if ent and role in ACTOR_ROLES:
                    sk.actors.add(ent)
                elif ent and role == "place":
                    sk.places.add(ent)
        return sketches

    def events_on(self, date: str) -> list[str]:
        """IRIs of the stored events whose kg:date is exactly `date` (buffered writes are not seen)."""
        literal = date_literal(date)  # kg:date is typed at its precision (kg.rdf.dates)
        if literal is None:
            return []
        if isinstance(self.backend, LocalBackend):
            return [
                q.subject.value  # type: ignore[union-attr]
                for q in self.backend.dataset.quads_for_pattern(None, KG_DATE, literal, None)
            ]
        rows = self.backend.select(f"SELECT DISTINCT ?ev WHERE {{ GRAPH ?g {{ ?ev kg:date {literal} }} }}")
        return [r["ev"] for r in rows]

    # --- writing ---------------------------------------------------------------------------------

    def put_article(
        self, facts: ArticleFacts, identities: Identities | None = None, replace: bool = True, defer: bool = False
    ) -> PutResult:
        """Write (or replace) one article's named graph, with its near-duplicate and same-event links.

        `replace=False` says the article is known to be new (skips removing an old version). `defer=True`
        buffers the write: buffered articles are written together, all or none, by `flush()` (automatic
        every `auto_flush` articles unless that is None, and on close), which is much faster on disk.
        Buffered articles already take part in duplicate and same-event matching. An article whose facts
        cannot be written (a text no RDF literal can hold) raises before anything is buffered or indexed.
        """
        aid = facts.article.id
        written = article_graph(facts, identities)
        graph, art = written.graph, article_iri(aid)
        nquads = encode_statements(written.statements)  # UnicodeEncodeError here, for text no literal can hold
        entity_quads = written.entity_quads()
        sig = minhash(facts.article.text)
        links_to_articles = [ox.Quad(art, MINHASH_SIGNATURE, ox.Literal(signature_text(sig)), graph)]
        new = sketches_of(facts, identities)
        index = self.duplicate_index()
        result = PutResult(triples=0)
        dup = index.best_match(sig, exclude=aid)
        if dup is not None:
            result.duplicate_of, result.similarity = dup
            links_to_articles.append(ox.Quad(art, DUPLICATE_OF, article_iri(dup[0]), graph))
        nquads += encode_statements(quad_statement(q) for q in links_to_articles)
        events = self._event_index()
        events.remove_graph(graph.value)
        links: list[ox.Quad] = []
        for ev in new:
            if not ev.date:
                continue
            # The numeric decision for every candidate; the reasons (`PutResult.same_events`) when asked.
            scored = [(score, other) for other in events.candidates(ev) if (score := same_event_score(ev, other))]
            # The best few reports only: a cluster stays connected (kg:sameEventAs+) and links grow
            # linearly with the corpus, not quadratically.
            scored.sort(key=lambda so: (-so[0], so[1].iri))
            for _, other in scored[:MAX_LINKS_PER_EVENT]:
                a, b = ox.NamedNode(ev.iri), ox.NamedNode(other.iri)
                links.append(ox.Quad(a, SAME_EVENT_AS, b, graph))
                links.append(ox.Quad(b, SAME_EVENT_AS, a, graph))
                result.linked.append((ev, other))
        for ev in new:
            events.add(ev, written=False)
        index.remove(aid)
        index.add(aid, sig, facts.article.published or "")
        result.triples = len(set(written.statements)) + 1 + len(links_to_articles) + len(set(links))  # 1: the mark
        if self._pending.pop(graph, None) is not None:  # the same article twice in one buffer: last one wins
            replace = True
        if replace:
            # Buffered articles linked to this article's old events: drop those links, as flush drops the
            # ones stored articles hold; its new events have been matched against them above. (Else both
            # articles would hold the same link: one triple in two graphs.)
            old_events = event_iri(aid, "").value
            for p in self._pending.values():
                p.links = [q for q in p.links if not _links_events_of(q, old_events)]
        self._pending[graph] = _Pending(graph, nquads, written.mark, written.mentioned, links, entity_quads, replace)
        if not defer or (self.auto_flush is not None and len(self._pending) >= self.auto_flush):
            self.flush()
        return result

    def flush(self) -> None:
        """Write the buffered articles as one unit (`Backend.write_graphs`: each graph replaced whole, on
        disk all of them or none); Ctrl-C is held until they are written.

        The write runs in this thread: Oxigraph's bulk loader holds the GIL while it reads the quads
        and sorts with threads of its own, so a writer thread (tried) only slowed the parse beside it.
        """
        if not self._pending:
            return
        pending, self._pending = list(self._pending.values()), {}
        with interrupts_deferred():
            crash_point("store.flush")
            if not isinstance(self.backend, LocalBackend):  # the embedded store does it in its first step
                for p in pending:
                    if p.replace:
                        self._unlink_inbound(p.graph.value, keep_duplicates=True)
            self.backend.write_graphs(_graph_writes(pending), [q for p in pending for q in p.entity_quads])
        if self._events is not None:
            self._events.written(p.graph.value for p in pending)

    def discard_pending(self) -> None:
        """Forget the buffered articles (a batch cut short): nothing of them is written. The in-memory
        indexes are dropped too, to be read again from the store."""
        self._pending = {}
        self._duplicates = None
        self._events = None

    def _unlink_inbound(self, graph: str, keep_duplicates: bool) -> None:
        """Drop same-event links (and optionally duplicateOf) that other articles hold about this one."""
        self.backend.update(unlink_inbound_update(graph, keep_duplicates))

    def remove_article(self, article_id: str) -> bool:
        """Remove an article's named graph and every link other articles hold to it. False if absent."""
        self.flush()
        graph = article_graph_iri(article_id)
        if not self.backend.ask(f"ASK {{ GRAPH <{graph.value}> {{ ?s ?p ?o }} }}"):
            return False
        with interrupts_deferred():
            self._unlink_inbound(graph.value, keep_duplicates=False)
            self.backend.remove_graph(graph)
        if self._duplicates is not None:
            self._duplicates.remove(article_id)
        if self._events is not None:
            self._events.remove_graph(graph.value)
        return True


def _graph_writes(pending: list[_Pending]) -> list[GraphWrite]:
    """The buffered articles as the back-end writes them, each one's links appended to its triples. Each
    article's own bytes are let go as its write is made, so a batch's N-Quads are in memory once, not
    twice (tens of MB for a batch of 256 articles)."""
    writes = []
    for p in pending:
        nquads, p.nquads = p.nquads, b""
        writes.append(GraphWrite(p.graph, nquads + encode_statements(quad_statement(q) for q in p.links), p.mark,
                                 p.mentioned, p.replace))
        del nquads
    return writes


def _links_events_of(link: ox.Quad, events_prefix: str) -> bool:
    """Whether a same-event link quad has an event under `events_prefix` (one article's) at either end."""
    return term_value(link.subject).startswith(events_prefix) or term_value(link.object).startswith(events_prefix)


@dataclass
class _Pending:
    """An article buffered for writing: its graph's triples (as N-Quads) and completion mark, the entities
    it mentions, its same-event links (kept as quads: a later article may drop some), its entities'
    descriptions."""

    graph: ox.NamedNode
    nquads: bytes
    mark: ox.Quad
    mentioned: list[ox.NamedNode]
    links: list[ox.Quad]
    entity_quads: list[ox.Quad]
    replace: bool



def open_store(
    location: str | Path | None = DEFAULT_STORE, create: bool = True, read_only: bool = False, writable: bool = False
) -> KgStore:
    """Open a store: None or ":memory:" in memory, `http(s)://...` remote, else an on-disk directory.

    `create=False` refuses a directory that is not already a store. A store another process holds open
    for writing (e.g. `kg serve`) is opened read-only when `create=False`, unless `writable` (the
    caller means to write: "store in use" then). Opened for writing, an on-disk store first removes what
    a write cut short left (`LocalBackend.recover`).
    """
    if location is None or str(location) == ":memory:":
        return KgStore(LocalBackend(ox.Store(), ":memory:"))
    text = str(location)
    if text.startswith(("http://", "https://")):
        from kg.store.remote import RemoteBackend

        return KgStore(RemoteBackend.from_url(text))
    path = Path(text)
    if path.exists() and not path.is_dir():
        raise StoreError(f"{text}: not a store directory")
    if not create and not is_store_dir(path):
        raise StoreError(f"{text}: not a kg store (no Oxigraph database in this directory)")
    fresh = not path.is_dir() or not any(path.iterdir())
    if not fresh and not is_store_dir(path):
        raise StoreError(f"{text}: directory exists and is not a kg store; refusing to write into it")
    if fresh and not read_only:
        try:
            path.mkdir(parents=True, exist_ok=True)  # Oxigraph makes the last directory only
        except OSError as exc:
            raise StoreError(f"{text}: cannot create the store directory: {exc.strerror or exc}") from None
    try:
        dataset = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as exc:
        if not create and not read_only and not writable and "lock" in str(exc).lower():
            return open_store(location, create=False, read_only=True)
        if "lock" in str(exc).lower():
            raise StoreError(f"{text}: store is in use by another process (kg serve or kg build?)") from None
        raise StoreError(f"{text}: cannot open store: {exc}") from None
    backend = LocalBackend(dataset, str(path), read_only=read_only)
    if fresh:
        write_layout(path)
    elif not read_only:
        backend.recover()
    return KgStore(backend)
