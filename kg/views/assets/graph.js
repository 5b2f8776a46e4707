/* kg graph view: actors and events on vis-network, laid out at build time (no physics).
 *
 * Labels are drawn here, not by vis-network: by importance (actors by centrality rank, then events), each
 * only where it overlaps no label already drawn, so the first view never has overlapping labels and more
 * appear as the user zooms in. Events are labelled by type and date ("planned meeting · 2025-03-24");
 * negated, planned and hypothetical ones are hollow and dashed, and hidden while "asserted only" is on.
 * window.kg exposes the network and a few helpers for tests and benchmarks.
 */
"use strict";

const KG_EVENT_LABEL_SCALE = 1.0; // events get labels once neighbours are ~36 px apart on screen
const KG_MAX_LABELS = 600;

function kgInit() {
  const K = kgCommon("graph");
  const { P, X, state } = K;
  state.limit = P.limit;
  state.forced = new Set();
  const rank = (id) => {
    const a = K.actorById.get(id);
    return a ? a.rank : Infinity;
  };
  const t0 = performance.now();

  // --- nodes and edges ----------------------------------------------------------------------------------
  const involved = new Set();
  for (const ev of K.events) for (const a of ev.actors) involved.add(a);
  const rawNodes = [];
  for (const ev of K.events) {
    const [x, y] = X.pos[ev.id] || [0, 0];
    const c = P.legend.events[ev.type];
    const n = { id: ev.id, kind: "event", x: x, y: y, shape: "diamond", size: 8, color: c, hidden: true };
    if (ev.modality !== "asserted") {
      n.color = { background: "#ffffff", border: c, highlight: { background: "#ffffff", border: c },
                  hover: { background: "#ffffff", border: c } }; // prettier-ignore
      n.borderWidth = 2;
      n.shapeProperties = { borderDashes: [3, 2] };
    }
    rawNodes.push(n);
  }
  // entities in no event are left out: a graph of who did what with whom, not a cloud of names
  for (const a of P.actors) {
    if (!involved.has(a.id)) continue;
    const [x, y] = X.pos[a.id] || [0, 0];
    rawNodes.push({ id: a.id, kind: "actor", x: x, y: y, shape: a.thing ? "square" : "dot",
                    size: a.thing ? 6 : X.size[a.id] || 12, color: a.color, hidden: true }); // prettier-ignore
  }
  const byId = new Map(rawNodes.map((n) => [n.id, n]));
  const rawEdges = [];
  for (const ev of K.events) {
    const irr = ev.modality !== "asserted";
    ev.roles.forEach(([role, iri], i) => {
      if (!byId.has(iri)) return;
      rawEdges.push({ id: ev.id + "|" + i, from: iri, to: ev.id, role: role, color: P.legend.events[ev.type], dashes: irr });
    });
  }

  // --- visibility: filters, the top actors by centrality, search results ----------------------------
  function eventShown(ev) {
    if (!K.passes(ev)) return false;
    if (state.forced.has(ev.id)) return true;
    if (!ev.actors.length) return state.limit >= P.actorTotal;
    return ev.actors.some((a) => rank(a) < state.limit || state.forced.has(a));
  }
  function computeHidden() {
    const hidden = new Map();
    const live = new Set();
    for (const ev of K.events) {
      const shown = eventShown(ev);
      hidden.set(ev.id, !shown);
      if (shown) for (const a of ev.actors) live.add(a);
    }
    for (const n of rawNodes) {
      if (n.kind !== "actor") continue;
      const shown = state.forced.has(n.id) || (rank(n.id) < state.limit && live.has(n.id));
      hidden.set(n.id, !shown);
    }
    return hidden;
  }
  for (const [id, h] of computeHidden()) byId.get(id).hidden = h;

  const nodes = new vis.DataSet(rawNodes);
  const edges = new vis.DataSet(rawEdges);
  const container = document.getElementById("kg-canvas");
  const network = new vis.Network(container, { nodes: nodes, edges: edges }, X.options);

  let labelOrder = [];
  function orderLabels() {
    labelOrder = rawNodes
      .filter((n) => !n.hidden)
      .sort((a, b) => (a.kind === b.kind ? (a.kind === "actor" ? rank(a.id) - rank(b.id) : 0) : a.kind === "actor" ? -1 : 1));
  }
  orderLabels();
  function visibleIds() {
    return rawNodes.filter((n) => !n.hidden).map((n) => n.id);
  }
  function showStatus() {
    const shown = rawNodes.filter((n) => !n.hidden);
    const evs = shown.filter((n) => n.kind === "event").length;
    const hiddenIrr = state.assertedOnly ? K.events.filter((e) => e.modality !== "asserted").length : 0;
    K.status.textContent = `showing ${evs} events and ${shown.length - evs} actors` +
      (hiddenIrr ? `; ${hiddenIrr} negated, planned or hypothetical events hidden` : ""); // prettier-ignore
  }
  function update() {
    const started = performance.now();
    const changes = [];
    for (const [id, h] of computeHidden()) {
      const n = byId.get(id);
      if (!!n.hidden !== h) {
        n.hidden = h;
        changes.push({ id: id, hidden: h });
      }
    }
    if (changes.length) nodes.update(changes);
    orderLabels();
    document.getElementById("kg-limit").value = Math.min(state.limit, P.actorTotal);
    showStatus();
    network.once("afterDrawing", () => {
      window.kgLastUpdateMs = performance.now() - started;
    });
    network.redraw();
  }
  K.onChange(update);

  // --- labels, drawn by importance where they overlap nothing already drawn ------------------------------
  const widths = new Map();
  let drawn = [];
  function drawLabels(ctx) {
    const started = performance.now();
    const scale = network.getScale();
    const view = network.getViewPosition();
    const W = container.clientWidth;
    const H = container.clientHeight;
    const ratio = (network.canvas && network.canvas.pixelRatio) || window.devicePixelRatio || 1;
    const cell = 80;
    const grid = new Map();
    const hits = (b) => {
      for (let gx = Math.floor(b.x0 / cell); gx <= Math.floor(b.x1 / cell); gx++)
        for (let gy = Math.floor(b.y0 / cell); gy <= Math.floor(b.y1 / cell); gy++)
          for (const o of grid.get(gx + ":" + gy) || [])
            if (b.x0 < o.x1 && b.x1 > o.x0 && b.y0 < o.y1 && b.y1 > o.y0) return true;
      return false;
    };
    const put = (b) => {
      for (let gx = Math.floor(b.x0 / cell); gx <= Math.floor(b.x1 / cell); gx++)
        for (let gy = Math.floor(b.y0 / cell); gy <= Math.floor(b.y1 / cell); gy++) {
          const k = gx + ":" + gy;
          if (!grid.has(k)) grid.set(k, []);
          grid.get(k).push(b);
        }
    };
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    drawn = [];
    for (const n of labelOrder) {
      if (drawn.length >= KG_MAX_LABELS) break;
      const isEvent = n.kind === "event";
      if (isEvent && scale < KG_EVENT_LABEL_SCALE) continue;
      const x = (n.x - view.x) * scale + W / 2;
      const y = (n.y - view.y) * scale + H / 2;
      if (x < -150 || x > W + 150 || y < -30 || y > H + 30) continue;
      const text = isEvent ? K.eventById.get(n.id).title : K.actorById.get(n.id).name;
      const font = isEvent ? "11px sans-serif" : rank(n.id) < 10 ? "600 13px sans-serif" : "12px sans-serif";
      const key = font + "|" + text;
      let w = widths.get(key);
      if (w === undefined) {
        ctx.font = font;
        w = ctx.measureText(text).width;
        widths.set(key, w);
      }
      const h = isEvent ? 13 : 15;
      const top = y + Math.max(4, (n.size || 8) * scale) + 2;
      const b = { x0: x - w / 2 - 3, y0: top - 1, x1: x + w / 2 + 3, y1: top + h };
      if (b.x1 < 0 || b.x0 > W || b.y1 < 0 || b.y0 > H || hits(b)) continue;
      put(b);
      ctx.font = font;
      ctx.lineWidth = 3;
      ctx.strokeStyle = "rgba(255,255,255,0.92)";
      ctx.strokeText(text, x, top);
      ctx.fillStyle = isEvent ? "#444" : "#111";
      ctx.fillText(text, x, top);
      drawn.push({ id: n.id, text: text, kind: n.kind, x0: b.x0, y0: b.y0, x1: b.x1, y1: b.y1 });
    }
    ctx.restore();
    window.kgLabels = drawn;
    window.kgLabelMs = performance.now() - started;
  }
  network.on("afterDrawing", drawLabels);

  // --- controls -------------------------------------------------------------------------------------------
  const limitInput = document.getElementById("kg-limit");
  limitInput.max = P.actorTotal;
  limitInput.value = Math.min(state.limit, P.actorTotal);
  document.getElementById("kg-actor-total").textContent = P.actorTotal;
  limitInput.addEventListener("change", () => {
    const v = parseInt(limitInput.value, 10);
    if (v > 0) {
      state.limit = v;
      update();
    }
  });
  document.getElementById("kg-more").addEventListener("click", () => {
    state.limit = Math.min(P.actorTotal, Math.max(1, state.limit * 2));
    update();
  });
  document.getElementById("kg-all").addEventListener("click", () => {
    state.limit = P.actorTotal;
    update();
  });
  document.getElementById("kg-fit").addEventListener("click", () => network.fit({ nodes: visibleIds(), animation: false }));

  function showInfo(id) {
    const n = byId.get(id);
    if (!n) return;
    if (n.kind === "event") K.showEvent(id);
    else K.showActor(id);
  }
  function focusNode(id) {
    if (!byId.has(id)) return;
    if (byId.get(id).hidden) {
      state.forced.add(id);
      update();
    }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.2), animation: false });
    showInfo(id);
  }
  K.onPick((id) => focusNode(id));
  network.on("click", (params) => {
    if (params.nodes.length) showInfo(params.nodes[0]);
  });
  network.on("hoverNode", (params) => {
    const n = byId.get(params.node);
    const r = container.getBoundingClientRect();
    const text = n.kind === "event" ? K.tooltipText(K.eventById.get(n.id)) : K.actorTooltip(K.actorById.get(n.id));
    K.showTip(text, r.left + params.pointer.DOM.x, r.top + params.pointer.DOM.y);
  });
  network.on("blurNode", K.hideTip);
  network.on("dragStart", K.hideTip);
  network.on("zoom", K.hideTip);

  function runSearch() {
    const q = K.searchBox.value.trim();
    state.forced = new Set();
    if (!q) {
      K.searchResult.textContent = "";
      network.unselectAll();
      update();
      return;
    }
    const found = K.search(q);
    const actors = found.actors.filter((id) => byId.has(id));
    const evs = found.events.filter((id) => K.passes(K.eventById.get(id)));
    const hiddenByFilters = found.events.length - evs.length;
    const ids = [...actors, ...evs].slice(0, 50);
    state.forced = new Set(ids);
    update();
    const n = actors.length + evs.length;
    K.searchResult.textContent = (n === 1 ? "1 match" : `${n} matches`) + (hiddenByFilters ? ` (${hiddenByFilters} more hidden by the filters)` : "");
    if (ids.length) {
      network.selectNodes(ids);
      network.fit({ nodes: ids, animation: false });
      if (ids.length === 1 || actors.length) showInfo(ids[0]);
    }
  }
  K.searchBox.addEventListener("keydown", (e) => {
    if (e.key === "Enter") runSearch();
  });
  K.searchBox.addEventListener("search", runSearch);

  network.once("afterDrawing", () => {
    window.kgOpenMs = performance.now() - t0;
    kgReady();
  });
  showStatus();
  network.fit({ nodes: visibleIds(), animation: false });
  window.kg = { K, network, nodes, edges, state, byId, visibleIds, update, showInfo, focusNode, runSearch, view: "graph" };
}
