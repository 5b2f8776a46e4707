"""Benchmark of the views on a synthetic graph: build-time layout and rendering, and open / respond
times in headless Debian chromium.

    .venv/bin/python benchmarks/views.py [--actors 60] [--events 5000] [--runs 3]

Prints one line per measure. "open" is from navigation until the view has drawn its first frame
(`data-ready`: vis-network's first drawing, vis-timeline's initial draw, the map's discs); "filter" is a
click on an event-type checkbox until two frames later; "switch" turns "asserted only" off; "zoom" is one
wheel step until the view has redrawn (vis-timeline: its window changed and two frames passed); "all"
reveals every node of the graph. Targets (issue 13): timeline open < 3 s and zoom < 0.3 s at 5,000 events.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from kg.analysis import project
from kg.views import ViewModel, map_data, render_views, timeline_data, write_views
from kg.views.layout import graph_layout
from kg.views.synthetic import synthetic_dataset

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]  # fmt: skip


def timed(fn, *args):  # noqa: ANN001, ANN201
    t = time.perf_counter()
    out = fn(*args)
    return out, time.perf_counter() - t


FRAMES = "new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"


def _after(page, results: dict[str, list[float]], name: str, action) -> None:  # noqa: ANN001
    t = time.perf_counter()
    action()
    page.evaluate(FRAMES)
    results.setdefault(name, []).append(time.perf_counter() - t)


def browser_measures(out: Path, runs: int) -> dict[str, list[float]]:
    from playwright.sync_api import sync_playwright

    results: dict[str, list[float]] = {}
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=ARGS)
        for view in ("graph", "timeline", "map"):
            for _ in range(runs):
                page = b.new_page(viewport={"width": 1400, "height": 900})
                t = time.perf_counter()
                page.goto((out / f"{view}.html").resolve().as_uri())
                page.wait_for_function("document.body.dataset.ready === '1'", timeout=60000)
                page.evaluate(FRAMES)
                results.setdefault(f"{view} open (s)", []).append(time.perf_counter() - t)
                first_type = page.evaluate("document.querySelector('#kg-types input').id")
                _after(page, results, f"{view} filter (s)", lambda: page.click(f"#{first_type}"))  # noqa: B023
                _after(page, results, f"{view} asserted-only off (s)", lambda: page.click("#kg-asserted"))  # noqa: B023
                target = {"graph": "#kg-canvas", "timeline": ".vis-center", "map": "#kg-map"}[view]
                box = page.locator(target).bounding_box()
                page.mouse.move(box["x"] + box["width"] / 2, box["y"] + min(60, box["height"] / 2))
                if view == "timeline":
                    before = page.evaluate("kg.timeline.getWindow().end - kg.timeline.getWindow().start")
                    t = time.perf_counter()
                    page.mouse.wheel(0, -300)
                    page.wait_for_function(
                        f"kg.timeline.getWindow().end - kg.timeline.getWindow().start < {before} - 1", timeout=10000
                    )
                    page.evaluate(FRAMES)
                    results.setdefault("timeline zoom (s)", []).append(time.perf_counter() - t)
                    results.setdefault("timeline items drawn", []).append(
                        page.evaluate("document.querySelectorAll('.vis-item').length")
                    )
                else:
                    _after(page, results, f"{view} zoom (s)", lambda: page.mouse.wheel(0, -300))  # noqa: B023
                if view == "graph":
                    results.setdefault("graph labels drawn", []).append(page.evaluate("window.kgLabels.length"))
                    results.setdefault("graph label pass (s)", []).append(page.evaluate("window.kgLabelMs") / 1000)
                    _after(page, results, "graph reveal all (s)", lambda: page.click("#kg-all"))  # noqa: B023
                    results.setdefault("graph nodes after all", []).append(page.evaluate("kg.visibleIds().length"))
                page.close()
        b.close()
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--actors", type=int, default=60)
    ap.add_argument("--events", type=int, default=5000)
    ap.add_argument("--irrealis", type=float, default=0.15, help="share of negated, planned, hypothetical events")
    ap.add_argument("--coarse", type=float, default=0.15, help="share of events known to the week or month")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    dataset, t_data = timed(
        lambda: synthetic_dataset(args.actors, args.events, irrealis=args.irrealis, coarse=args.coarse)
    )
    projection, t_proj = timed(project, dataset)
    n = len(projection.actors) + len(projection.events)
    print(f"synthetic graph: {len(projection.actors)} actors + {len(projection.events)} events = {n} nodes "
          f"({len(dataset)} quads, made in {t_data:.1f} s)")  # fmt: skip
    print(f"projection (SPARQL -> networkx): {t_proj:.2f} s")
    _, t_glayout = timed(graph_layout, projection)
    print(f"graph layout: {t_glayout:.2f} s")
    vm, t_vm = timed(ViewModel, projection)
    print(f"centrality (degree, betweenness k=200): {t_vm:.2f} s")
    _, t_tl = timed(timeline_data, vm)
    print(f"timeline groups and window: {t_tl:.2f} s")
    _, t_map = timed(map_data, vm)
    print(f"map places: {t_map:.2f} s")
    _, t_render = timed(render_views, projection)
    print(f"render all views (incl. layouts and centrality): {t_render:.2f} s")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        _, t_write = timed(write_views, dataset, out)
        sizes = {p.name: p.stat().st_size / 1e6 for p in out.glob("*.html")}
        print(f"write_views end to end: {t_write:.2f} s; sizes MB: "
              + ", ".join(f"{k} {v:.1f}" for k, v in sorted(sizes.items())))  # fmt: skip
        for name, values in browser_measures(out, args.runs).items():
            print(f"{name}: median {statistics.median(values):.2f}, max {max(values):.2f}")


if __name__ == "__main__":
    main()
