"""The README's screenshots: the four views of examples/articles in headless Debian chromium.

    .venv/bin/python docs/screenshots/make.py

Builds examples/ in memory, writes the views into a temporary directory and saves index.png, graph.png,
timeline.png and map.png next to this file (1400 x 860). The graph and map are shown after a click on
their busiest actor and place, so the details panel is in the picture.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from kg.pipeline import build

HERE = Path(__file__).resolve().parent
EXAMPLES = HERE.parent.parent / "examples" / "articles"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]  # fmt: skip
# what to do before each picture: show a detail the view is about
BEFORE = {
    "graph": "kg.showInfo(kg.K.P.actors.find(a => a.rank === 0).id)",
    "timeline": "kg.pick(kg.K.events.find(e => e.type === 'attack' && e.casualties && e.day).id)",
    "map": "kg.showPlace(kg.places[0].id)",
}


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        build([str(EXAMPLES)], out_dir=out, formats=("trig",), views=True)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=ARGS)
            for view in ("index", "graph", "timeline", "map"):
                page = browser.new_page(viewport={"width": 1400, "height": 860})
                page.goto((out / f"{view}.html").as_uri())
                if view != "index":
                    page.wait_for_function("document.body.dataset.ready === '1'", timeout=30000)
                    page.evaluate(BEFORE[view])
                page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
                page.screenshot(path=str(HERE / f"{view}.png"))
                print(HERE / f"{view}.png")
                page.close()
            browser.close()


if __name__ == "__main__":
    main()
