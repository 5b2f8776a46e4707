"""Benchmark of the views on a synthetic graph: build-time layout and rendering, and open / respond
times in headless Debian chromium.

    .venv/bin/python benchmarks/views.py [--actors 600] [--events 4400] [--runs 3]

Prints one line per measure. "open" is from navigation to the first frame vis-network draws
(window.kgReadyMs plus page load); "filter" is a click on an event-type checkbox until the redraw;
"all" reveals every node; "zoom" is one wheel step until redraw; "labels resized" is the work
done 120 ms after a zoom (labels and timeline markers kept readable: views.js capLabels).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from kg.analysis import project
from kg.views import ViewModel, graph_network, render_views, timeline_network, write_views
from kg.views.layout import graph_layout, timeline_layout
from kg.views.synthetic import synthetic_dataset

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]  # fmt: skip


def timed(fn, *args):  # noqa: ANN001, ANN201
    t = time.perf_counter()
    out = fn(*args)
    return out, time.perf_counter() - t


def browser_measures(out: Path, runs: int) -> dict[str, list[float]]:
    from playwright.sync_api import sync_playwright

    results: dict[str, list[float]] = {}
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=ARGS)
        for view in ("graph", "timeline"):
            for _ in range(runs):
                page = b.new_page(viewport={"width": 1400, "height": 900})
                t = time.perf_counter()
                page.goto((out / f"{view}.html").resolve().as_uri())
                page.wait_for_function("document.body.dataset.ready === '1'", timeout=60000)
                results.setdefault(f"{view} open (s)", []).append(time.perf_counter() - t)
                results.setdefault(f"{view} nodes shown", []).append(page.evaluate("kg.visibleIds().length"))
                first_type = page.evaluate("document.querySelector('#kg-types input').id")
                t = time.perf_counter()
                page.click(f"#{first_type}")
                page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
                results.setdefault(f"{view} filter (s)", []).append(time.perf_counter() - t)
                box = page.locator("#mynetwork").bounding_box()
                page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
                count = page.evaluate("window.kgCapCount || 0")
                t = time.perf_counter()
                page.mouse.wheel(0, -300)
                page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
                results.setdefault(f"{view} zoom (s)", []).append(time.perf_counter() - t)
                if page.evaluate("window.kgCapMs !== undefined"):
                    # label sizes and marker sizes follow the zoom after a 120 ms pause
                    page.wait_for_function(f"window.kgCapCount > {count}", timeout=5000)
                    page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
                    results.setdefault(f"{view} labels resized after zoom (s)", []).append(
                        page.evaluate("window.kgCapMs") / 1000
                    )
                t = time.perf_counter()
                page.click("#kg-all")
                page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
                results.setdefault(f"{view} reveal all (s)", []).append(time.perf_counter() - t)
                results.setdefault(f"{view} nodes after all", []).append(page.evaluate("kg.visibleIds().length"))
                page.close()
        b.close()
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--actors", type=int, default=600)
    ap.add_argument("--events", type=int, default=4400)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    dataset, t_data = timed(synthetic_dataset, args.actors, args.events)
    projection, t_proj = timed(project, dataset)
    n = len(projection.actors) + len(projection.events)
    print(f"synthetic graph: {len(projection.actors)} actors + {len(projection.events)} events = {n} nodes "
          f"({len(dataset)} quads, made in {t_data:.1f} s)")  # fmt: skip
    print(f"projection (SPARQL -> networkx): {t_proj:.2f} s")
    _, t_glayout = timed(graph_layout, projection)
    print(f"graph layout: {t_glayout:.2f} s")
    vm, t_vm = timed(ViewModel, projection)
    print(f"centrality (degree, betweenness k=200): {t_vm:.2f} s")
    _, t_tl = timed(timeline_layout, projection, vm.rank_order)
    print(f"timeline layout: {t_tl:.2f} s")
    _, t_g = timed(graph_network, vm)
    _, t_t = timed(timeline_network, vm)
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
