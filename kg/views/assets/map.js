/* kg map view: the places GeoNames located, on Natural Earth's country outlines (world-atlas), drawn with
 * d3-geo into SVG: no tiles, no network. Each place is a disc sized by the events that pass the filters
 * (as the place, the target, ...); a click lists them in the details panel. Wheel zooms, drag pans.
 * window.kg exposes the map and a few helpers for tests and benchmarks.
 */
"use strict";

const KG_SVG = "http://www.w3.org/2000/svg";

function kgInit() {
  const K = kgCommon("map");
  const { X } = K;
  const t0 = performance.now();
  const container = document.getElementById("kg-canvas");
  const W = container.clientWidth || 800;
  const H = container.clientHeight || 600;
  const svgEl = (tag, attrs) => {
    const e = document.createElementNS(KG_SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    return e;
  };
  const svg = svgEl("svg", { width: W, height: H, viewBox: `0 0 ${W} ${H}`, id: "kg-map" });
  container.append(svg);
  const world = svgEl("g", { class: "kg-world" });
  const marks = svgEl("g", { class: "kg-places" });
  const labels = svgEl("g", { class: "kg-place-labels" });
  svg.append(world, marks, labels);

  const countries = topojson.feature(X.world, X.world.objects.countries);
  const projection = d3.geoNaturalEarth1().fitExtent([[8, 8], [W - 8, H - 8]], { type: "Sphere" });
  const path = d3.geoPath(projection);
  world.append(svgEl("path", { d: path({ type: "Sphere" }), class: "kg-sphere" }));
  world.append(svgEl("path", { d: path(d3.geoGraticule10()), class: "kg-graticule" }));
  for (const f of countries.features) {
    const p = svgEl("path", { d: path(f) || "", class: "kg-country" });
    const t = svgEl("title");
    t.textContent = (f.properties && f.properties.name) || "";
    p.append(t);
    world.append(p);
  }

  // --- the view: a scale and translation over the projected world -------------------------------------
  const view = { k: 1, x: 0, y: 0 };
  function apply() {
    const tr = `translate(${view.x},${view.y}) scale(${view.k})`;
    world.setAttribute("transform", tr);
    drawPlaces();
  }
  function fitTo(points) {
    if (!points.length) {
      Object.assign(view, { k: 1, x: 0, y: 0 });
      return apply();
    }
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    let [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const min = Math.min(W, H) / 6; // never closer than a sixth of the world's width around one place
    if (x1 - x0 < min) [x0, x1] = [(x0 + x1) / 2 - min / 2, (x0 + x1) / 2 + min / 2];
    if (y1 - y0 < min) [y0, y1] = [(y0 + y1) / 2 - min / 2, (y0 + y1) / 2 + min / 2];
    const k = Math.min(24, 0.8 * Math.min(W / (x1 - x0), H / (y1 - y0)));
    Object.assign(view, { k: k, x: W / 2 - k * (x0 + x1) / 2, y: H / 2 - k * (y0 + y1) / 2 });
    apply();
  }
  svg.addEventListener("wheel", (e) => {
    e.preventDefault();
    const r = svg.getBoundingClientRect();
    const mx = e.clientX - r.left;
    const my = e.clientY - r.top;
    const f = Math.exp(-e.deltaY / 400);
    const k = Math.max(0.8, Math.min(200, view.k * f));
    view.x = mx - ((mx - view.x) * k) / view.k;
    view.y = my - ((my - view.y) * k) / view.k;
    view.k = k;
    apply();
    window.kgLastZoomMs = performance.now();
  }, { passive: false }); // prettier-ignore
  let drag = null;
  svg.addEventListener("pointerdown", (e) => {
    if (e.target.closest && e.target.closest(".kg-place")) return;
    drag = { x: e.clientX, y: e.clientY, vx: view.x, vy: view.y };
  });
  window.addEventListener("pointermove", (e) => {
    if (!drag) return;
    view.x = drag.vx + e.clientX - drag.x;
    view.y = drag.vy + e.clientY - drag.y;
    apply();
  });
  window.addEventListener("pointerup", () => {
    drag = null;
  });

  // --- places ----------------------------------------------------------------------------------------------
  const places = X.places.map((p) => ({ ...p, xy: projection([p.lon, p.lat]) }));
  const placeById = new Map(places.map((p) => [p.id, p]));
  const shownEvents = (p) => p.events.filter((id) => K.passes(K.eventById.get(id)));
  function drawPlaces() {
    marks.replaceChildren();
    labels.replaceChildren();
    const rows = places.map((p) => ({ p: p, n: shownEvents(p).length })).filter((r) => r.n > 0);
    rows.sort((a, b) => b.n - a.n); // large discs first, small ones drawn over them
    const boxes = [];
    window.kgPlaceLabels = [];
    for (const { p, n } of rows) {
      const cx = view.x + view.k * p.xy[0];
      const cy = view.y + view.k * p.xy[1];
      const r = 4 + 3 * Math.sqrt(n);
      const c = svgEl("circle", { cx: cx, cy: cy, r: r, class: "kg-place", "data-id": p.id, "data-events": n });
      const t = svgEl("title");
      t.textContent = `${p.name}: ${n} event${n === 1 ? "" : "s"}`;
      c.append(t);
      c.addEventListener("click", () => showPlace(p.id));
      marks.append(c);
      // names by size, where they overlap no name already written
      const w = 7 * p.name.length + 6;
      const b = { x0: cx + r + 2, y0: cy - 8, x1: cx + r + 2 + w, y1: cy + 8 };
      if (b.x1 < 0 || b.x0 > W || b.y1 < 0 || b.y0 > H) continue;
      if (boxes.some((o) => b.x0 < o.x1 && b.x1 > o.x0 && b.y0 < o.y1 && b.y1 > o.y0)) continue;
      boxes.push(b);
      const label = svgEl("text", { x: b.x0, y: cy + 4, class: "kg-place-label" });
      label.textContent = p.name;
      labels.append(label);
      window.kgPlaceLabels.push({ id: p.id, name: p.name, ...b });
    }
    const shown = rows.length;
    const evs = new Set(rows.flatMap((r) => shownEvents(r.p)));
    K.status.textContent = `${shown} places with ${evs.size} events` + (X.unplaced.length ? `; ${X.unplaced.length} places without coordinates` : "");
  }
  function showPlace(id) {
    const p = placeById.get(id) || X.unplaced.find((u) => u.id === id);
    if (!p) return;
    K.showActor(id, "Events here");
    for (const c of marks.querySelectorAll(".kg-place")) c.classList.toggle("kg-selected", c.dataset.id === id);
  }
  K.onPick((id, kind) => {
    if (kind === "event") K.showEvent(id);
    else if (placeById.has(id)) showPlace(id);
    else K.showActor(id);
  });

  const unplacedBox = document.getElementById("kg-unplaced");
  if (!X.unplaced.length) unplacedBox.append(kgEl("p", "none", "muted"));
  else {
    const list = kgEl("ul");
    for (const u of X.unplaced) {
      const li = kgEl("li");
      const a = kgEl("a", `${u.name} (${u.events.length})`);
      a.href = "#";
      a.addEventListener("click", (e) => {
        e.preventDefault();
        showPlace(u.id);
      });
      li.append(a);
      list.append(li);
    }
    unplacedBox.append(list);
  }

  const fitPlaces = () => fitTo(places.filter((p) => shownEvents(p).length).map((p) => p.xy));
  document.getElementById("kg-fit").addEventListener("click", fitPlaces);
  document.getElementById("kg-world").addEventListener("click", () => fitTo([]));
  K.onChange(drawPlaces);

  function runSearch() {
    const q = K.searchBox.value.trim();
    if (!q) {
      K.searchResult.textContent = "";
      return;
    }
    const found = K.search(q).actors.filter((id) => placeById.has(id) || X.unplaced.some((u) => u.id === id));
    K.searchResult.textContent = found.length === 1 ? "1 place" : `${found.length} places`;
    if (found.length) {
      showPlace(found[0]);
      const p = placeById.get(found[0]);
      if (p) fitTo([p.xy]);
    }
  }
  K.searchBox.addEventListener("keydown", (e) => {
    if (e.key === "Enter") runSearch();
  });
  K.searchBox.addEventListener("search", runSearch);

  fitPlaces();
  window.kgOpenMs = performance.now() - t0;
  requestAnimationFrame(kgReady);
  window.kg = { K, svg, transform: view, places, showPlace, fitTo, runSearch, redraw: drawPlaces, view: "map" };
}
