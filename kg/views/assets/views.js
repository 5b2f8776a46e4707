/* kg views: the graph and the timeline over vis-network, offline.
 *
 * Data arrives as JSON in <script type="application/json"> elements and is put on the page with
 * textContent (or drawn on the canvas), never as HTML: article text is data.
 * window.kg exposes the network and a few helpers so tests and benchmarks can drive the page.
 */
"use strict";

function kgInit(view) {
  const read = (id) => JSON.parse(document.getElementById(id).textContent);
  const rawNodes = read("kg-nodes");
  const rawEdges = read("kg-edges");
  const options = read("kg-options");
  const P = read("kg-payload");
  const byId = new Map(rawNodes.map((n) => [n.id, n]));
  const rank = (id) => {
    const r = P.rank[id];
    return r === undefined ? Infinity : r;
  };
  const state = { limit: P.limit, types: new Set(P.eventTypes), from: "", to: "", forced: new Set() };
  const el = (tag, text, cls) => {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  };
  const t0 = performance.now();

  // --- visibility: top actors by centrality, event types, date range, search results ----------
  function filtering() {
    return state.types.size !== P.eventTypes.length || state.from !== "" || state.to !== "";
  }
  function eventShown(n) {
    if (!state.types.has(n.etype)) return false;
    if (state.from || state.to) {
      if (!n.day) return false;
      if (state.from && n.day < state.from) return false;
      if (state.to && n.day > state.to) return false;
    }
    if (state.forced.has(n.id)) return true;
    if (!n.actors.length) return state.limit >= P.actorTotal;
    return n.actors.some((a) => rank(a) < state.limit || state.forced.has(a));
  }
  function computeHidden() {
    const hidden = new Map();
    const liveActors = new Set();
    for (const n of rawNodes) {
      if (n.kind !== "event") continue;
      const shown = eventShown(n);
      hidden.set(n.id, !shown);
      if (shown) for (const a of n.actors) liveActors.add(a);
    }
    const filtered = filtering();
    for (const n of rawNodes) {
      if (n.kind === "event") continue;
      let shown = rank(n.id) < state.limit || state.forced.has(n.id);
      if (shown && filtered && !state.forced.has(n.id)) shown = liveActors.has(n.id);
      hidden.set(n.id, !shown);
    }
    return hidden;
  }
  for (const [id, h] of computeHidden()) byId.get(id).hidden = h;

  const nodes = new vis.DataSet(rawNodes);
  const edges = new vis.DataSet(rawEdges);
  const container = document.getElementById("mynetwork");
  const network = new vis.Network(container, { nodes: nodes, edges: edges }, options);

  function visibleIds() {
    return rawNodes.filter((n) => !n.hidden).map((n) => n.id);
  }
  function showStatus() {
    const shown = visibleIds().length;
    document.getElementById("kg-status").textContent = `showing ${shown} of ${rawNodes.length} nodes`;
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
    if (changes.some((c) => !c.hidden)) capSoon(); // nodes just shown get their label sizes
    document.getElementById("kg-limit").value = Math.min(state.limit, P.actorTotal);
    showStatus();
    network.once("afterDrawing", () => {
      window.kgLastUpdateMs = performance.now() - started;
    });
    network.redraw();
  }

  // --- legend and event-type filter -----------------------------------------------------------
  const legend = document.getElementById("kg-legend");
  for (const [t, c] of Object.entries(P.legend.entities)) {
    const row = el("span", null, "legend-row");
    const sw = el("span", null, "swatch");
    sw.style.background = c;
    sw.style.borderRadius = "50%";
    row.append(sw, document.createTextNode(t));
    legend.append(row);
  }
  const types = document.getElementById("kg-types");
  const counts = P.summary.event_types;
  if (!P.eventTypes.length) types.append(el("p", "no events", "muted"));
  for (const t of P.eventTypes) {
    const row = el("label", null, "type-row");
    const box = document.createElement("input");
    box.type = "checkbox";
    box.checked = true;
    box.id = "kg-type-" + t;
    box.dataset.type = t;
    box.addEventListener("change", () => {
      if (box.checked) state.types.add(t);
      else state.types.delete(t);
      update();
    });
    const sw = el("span", null, "swatch diamond");
    sw.style.background = P.legend.events[t];
    row.append(box, sw, document.createTextNode(`${t} (${counts[t] || 0})`));
    types.append(row);
  }

  // --- controls ---------------------------------------------------------------------------------
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
  for (const key of ["from", "to"]) {
    document.getElementById("kg-" + key).addEventListener("change", (e) => {
      state[key] = e.target.value;
      update();
    });
  }
  document.getElementById("kg-fit").addEventListener("click", () => {
    network.fit({ nodes: visibleIds(), animation: false });
    if (timeline) timeline.clearPanel();
  });
  if (view === "timeline")
    document.getElementById("kg-focus").addEventListener("click", () => timeline.focusMain(visibleIds()));
  const search = document.getElementById("kg-search");
  const searchResult = document.getElementById("kg-search-result");
  function runSearch() {
    const q = search.value.trim().toLowerCase();
    state.forced = new Set();
    if (!q) {
      searchResult.textContent = "";
      network.unselectAll();
      update();
      return;
    }
    const matches = rawNodes
      .filter((n) => (n.kind === "event" ? n.label + " " + n.text : n.info.name).toLowerCase().includes(q))
      .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "event" ? 1 : -1))
      .slice(0, 50)
      .map((n) => n.id);
    state.forced = new Set(matches);
    update();
    searchResult.textContent = matches.length === 1 ? "1 match" : `${matches.length} matches`;
    if (matches.length) {
      network.selectNodes(matches);
      network.fit({ nodes: matches, animation: false });
      if (matches.length === 1) showInfo(matches[0]);
    }
  }
  search.addEventListener("keydown", (e) => {
    if (e.key === "Enter") runSearch();
  });
  search.addEventListener("search", runSearch);

  // --- details: provenance of an event, the events of an actor --------------------------------
  const info = document.getElementById("kg-info");
  function row(dl, term, value) {
    if (value === null || value === undefined || value === "") return;
    dl.append(el("dt", term));
    const dd = el("dd");
    if (value instanceof Node) dd.append(value);
    else dd.textContent = String(value);
    dl.append(dd);
  }
  function eventLink(id) {
    const n = byId.get(id);
    const a = el("a", `${n.day || "undated"} ${n.label}`);
    a.href = "#";
    a.addEventListener("click", (e) => {
      e.preventDefault();
      focusNode(id);
    });
    return a;
  }
  function showInfo(id) {
    const n = id === null ? undefined : byId.get(id);
    if (!n) return;
    info.replaceChildren(el("h2", "Details"));
    const d = n.info;
    const dl = el("dl");
    dl.id = "kg-provenance";
    if (n.kind === "event") {
      info.append(el("h3", d.label));
      row(dl, "Type", d.type);
      row(dl, "Date", (d.date || "undated") + (d.expression ? ` (“${d.expression}”)` : ""));
      const who = el("ul");
      for (const [role, iri] of d.roles) who.append(el("li", `${role}: ${P.names[iri] || iri}`));
      if (d.roles.length) row(dl, "Who", who);
      if (d.sentence) row(dl, "Sentence", el("blockquote", d.sentence, "kg-sentence"));
      row(dl, "Said", d.content);
      row(dl, "Article", (d.headline ? d.headline + " " : "") + `[${d.article}]`);
      row(dl, "Published", d.published);
      if (d.url) {
        let link = document.createTextNode(d.url);
        if (/^https?:\/\//i.test(d.url)) {
          link = el("a", d.url);
          link.href = d.url;
          link.rel = "noopener noreferrer";
          link.target = "_blank";
        }
        row(dl, "URL", link);
      }
      row(dl, "Modality", d.modality);
      row(dl, "Confidence", d.confidence);
      info.append(dl);
    } else {
      info.append(el("h3", d.name));
      row(dl, "Type", d.type);
      row(dl, "Events", d.events);
      if (d.betweenness !== undefined) row(dl, "Betweenness", d.betweenness.toFixed(3));
      if (d.degree !== undefined) row(dl, "Degree centrality", d.degree.toFixed(3));
      info.append(dl);
      const list = el("ol");
      let k = 0;
      for (const m of rawNodes) {
        if (m.kind === "event" && m.actors.includes(id) && k++ < 100) {
          const li = el("li");
          li.append(eventLink(m.id));
          list.append(li);
        }
      }
      if (k) info.append(el("h4", "Events"), list);
    }
  }
  function focusNode(id) {
    if (byId.get(id).hidden) {
      state.forced.add(id);
      update();
    }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1), animation: false });
    showInfo(id);
  }
  network.on("click", (params) => {
    if (params.nodes.length) showInfo(params.nodes[0]);
  });
  if (view === "timeline") {
    // actor–event edges cross every lane: drawn only for the selected nodes
    let shownEdges = [];
    network.on("select", (params) => {
      const ids = network.getConnectedEdges ? params.nodes.flatMap((n) => network.getConnectedEdges(n)) : [];
      const next = new Set(ids);
      const changes = shownEdges.filter((id) => !next.has(id)).map((id) => ({ id: id, hidden: true }));
      for (const id of next) changes.push({ id: id, hidden: false });
      edges.update(changes);
      shownEdges = [...next];
    });
  }

  // --- labels: readable at the first view for the central actors, the others on zoom -------------
  // vis-network draws a label only when its font is at least drawThreshold - 1 px on screen
  // (options.nodes.scaling.label), so a font size in canvas units is a zoom level from which the
  // label shows: the top actors' labels are readable at the first fit, the next ones appear as the
  // user zooms in, by centrality; events (type and date) from about 2.5 times the first zoom.
  // vis-network's maxVisible only fades, it does not cap: fonts are capped here, after each zoom.
  const LABEL_MAX_PX = { actor: 17, event: 12 };
  const MARKER_MIN_PX = 11;
  function labelSizes(scale) {
    const threshold = options.nodes.scaling.label.drawThreshold;
    const actors = rawNodes.filter((n) => n.kind === "actor").sort((a, b) => rank(a.id) - rank(b.id));
    const readable = actors.length <= 80 ? actors.length : 30;
    const rest = Math.max(1, actors.length - readable);
    actors.forEach((n, i) => {
      let px;
      if (i < readable) px = 16 - (3.5 * i) / Math.max(1, readable); // 16 px for the first, 12.5 px at the last readable
      else px = threshold / (1.4 + (2.6 * (i - readable)) / rest); // shows between 1.4x and 4x the first zoom
      n.baseFont = px / scale;
    });
    const eventSize = threshold / (2.5 * scale);
    for (const n of rawNodes) if (n.kind === "event") n.baseFont = eventSize;
    window.kgLabelScale = scale;
    capLabels(scale);
  }
  // only the nodes shown and in view (with a margin): the others follow when they come into view
  function capLabels(scale) {
    const started = performance.now();
    const changes = [];
    const a = network.DOMtoCanvas({ x: 0, y: 0 });
    const b = network.DOMtoCanvas({ x: container.clientWidth, y: container.clientHeight });
    const mx = (b.x - a.x) * 0.25;
    const my = (b.y - a.y) * 0.25;
    for (const n of rawNodes) {
      if (n.baseFont === undefined || n.hidden) continue;
      if (n.x < a.x - mx || n.x > b.x + mx || n.y < a.y - my || n.y > b.y + my) continue;
      const change = { id: n.id };
      const size = +Math.min(n.baseFont, LABEL_MAX_PX[n.kind] / scale).toFixed(2);
      if (!n.font || Math.abs(n.font.size - size) > size * 0.02) {
        n.font = n.kind === "event" ? { size: size, color: "#444" } : { size: size };
        change.font = n.font;
      }
      if (n.baseSize !== undefined) {
        // timeline markers stay at least MARKER_MIN_PX wide on screen, to be seen and clicked
        const r = +Math.max(n.baseSize, MARKER_MIN_PX / 2 / scale).toFixed(2);
        if (Math.abs(n.size - r) > r * 0.02) change.size = n.size = r;
      }
      if (change.font || change.size) changes.push(change);
    }
    if (changes.length) nodes.update(changes);
    window.kgCapMs = performance.now() - started; // measured by benchmarks/views.py
    window.kgCapCount = (window.kgCapCount || 0) + 1;
  }
  function timelineSizes(scale) {
    for (const n of rawNodes) {
      if (n.kind !== "event") continue;
      // type and date, once an event's slot (200 canvas units) is about 90 px on screen
      n.baseFont = options.nodes.scaling.label.drawThreshold / 0.45;
      n.baseSize = n.size;
    }
    capLabels(scale);
  }
  let capTimer = null;
  const capSoon = () => {
    clearTimeout(capTimer);
    capTimer = setTimeout(() => capLabels(network.getScale()), 120);
  };
  network.on("zoom", capSoon);
  network.on("dragEnd", capSoon);

  // --- the timeline's lanes and date axis -----------------------------------------------------
  let timeline = null;
  if (view === "timeline") timeline = drawTimeline(network, P.axis, rawNodes, byId, (id) => {
    network.selectNodes([id]);
    showInfo(id);
  });

  network.once("afterDrawing", () => {
    window.kgReadyMs = performance.now() - t0;
    document.body.dataset.ready = "1";
  });
  showStatus();
  if (view === "graph") {
    network.fit({ nodes: visibleIds(), animation: false });
    labelSizes(network.getScale());
  } else {
    timeline.focusMain(visibleIds());
    timelineSizes(network.getScale());
  }
  window.kg = { network, nodes, edges, state, byId, visibleIds, update, showInfo, focusNode, runSearch, view, timeline };
}

const KG_UNITS = [
  ["hour", 1], ["hour", 3], ["hour", 6], ["hour", 12], ["day", 1], ["day", 2], ["week", 1],
  ["month", 1], ["month", 3], ["month", 6], ["year", 1], ["year", 2], ["year", 5], ["year", 10],
];
const KG_MS = { hour: 3600e3, day: 86400e3, week: 7 * 86400e3, month: 30.44 * 86400e3, year: 365.25 * 86400e3 };

function kgTicks(t0, t1, unit, step) {
  const out = [];
  if (unit === "month" || unit === "year") {
    const d = new Date(t0);
    let y = d.getUTCFullYear();
    let m = unit === "year" ? 0 : d.getUTCMonth() - (d.getUTCMonth() % step);
    if (unit === "year") y -= y % step;
    for (let i = 0; i < 2000; i++) {
      const t = Date.UTC(y, m, 1);
      if (t > t1) break;
      if (t >= t0) out.push(t);
      if (unit === "year") y += step;
      else m += step;
    }
    return out;
  }
  const size = KG_MS[unit] * step;
  const offset = unit === "week" ? 4 * 86400e3 : 0; // weeks start on Monday; 1970-01-01 was a Thursday
  for (let t = Math.ceil((t0 + offset) / size) * size - offset; t <= t1 && out.length < 2000; t += size) out.push(t);
  return out;
}

function kgTickLabel(t, unit) {
  const iso = new Date(t).toISOString();
  if (unit === "hour") return iso.slice(0, 10) + " " + iso.slice(11, 16);
  if (unit === "day" || unit === "week") return iso.slice(0, 10);
  if (unit === "month") return iso.slice(0, 7);
  return iso.slice(0, 4);
}

const KG_PANEL = 190; // DOM px: the lane names, pinned at the left edge of the timeline
const KG_BAND = 22; // DOM px: the date axis along the top

function drawTimeline(network, axis, rawNodes, byId, pick) {
  const pxPerMs = axis.pxPerHour / 3600e3;
  const container = document.getElementById("mynetwork");
  const spans = rawNodes.filter((n) => n.spanX1 !== undefined);
  const sepX = axis.undatedX === null ? null : axis.undatedX - axis.slot; // dated | undated
  const viewRect = () => {
    const a = network.DOMtoCanvas({ x: 0, y: 0 });
    const b = network.DOMtoCanvas({ x: container.clientWidth, y: container.clientHeight });
    return { x0: a.x, y0: a.y, x1: b.x, y1: b.y };
  };
  const laneShown = (lane) => {
    const head = byId.get(lane.id);
    if (head) return !head.hidden;
    return rawNodes.some((n) => n.kind === "event" && n.lane === null && !n.hidden);
  };
  // date ticks in view: [x, time, unit], about one per 110 screen pixels, none past the undated column
  function ticks(r, scale) {
    const tAt = (x) => axis.origin + x / pxPerMs;
    let unit = KG_UNITS[KG_UNITS.length - 1];
    for (const u of KG_UNITS) {
      if (KG_MS[u[0]] * u[1] * pxPerMs * scale >= 110) {
        unit = u;
        break;
      }
    }
    const right = sepX === null ? r.x1 : Math.min(r.x1, sepX);
    return kgTicks(tAt(r.x0), tAt(right), unit[0], unit[1]).map((t) => [(t - axis.origin) * pxPerMs, t, unit[0]]);
  }
  network.on("beforeDrawing", (ctx) => {
    const r = viewRect();
    const scale = network.getScale();
    ctx.save();
    axis.lanes.forEach((lane, i) => {
      if (lane.bottom < r.y0 || lane.top > r.y1) return;
      ctx.fillStyle = i % 2 ? "#ffffff" : "#f3f6fa";
      ctx.fillRect(r.x0, lane.top - 10, r.x1 - r.x0, lane.bottom - lane.top + 20);
    });
    if (axis.origin !== null) {
      ctx.strokeStyle = "#dde1e6";
      ctx.lineWidth = 1 / scale;
      for (const [x] of ticks(r, scale)) {
        ctx.beginPath();
        ctx.moveTo(x, r.y0);
        ctx.lineTo(x, r.y1);
        ctx.stroke();
      }
    }
    // week, month and year events: a bar over their interval
    const h = Math.max(6, 5 / scale);
    for (const n of spans) {
      if (n.hidden || n.spanX1 < r.x0 || n.x > r.x1 || n.y < r.y0 || n.y > r.y1) continue;
      ctx.globalAlpha = 0.35;
      ctx.fillStyle = n.color;
      ctx.fillRect(n.x, n.y - h / 2, n.spanX1 - n.x, h);
      ctx.globalAlpha = 0.9;
      ctx.fillRect(n.spanX1 - 1.5 / scale, n.y - h, 3 / scale, 2 * h);
    }
    ctx.restore();
  });
  network.on("afterDrawing", (ctx) => {
    const r = viewRect();
    const scale = network.getScale();
    ctx.save();
    const band = KG_BAND / scale;
    ctx.fillStyle = "rgba(255,255,255,0.94)";
    ctx.fillRect(r.x0, r.y0, r.x1 - r.x0, band);
    ctx.font = `${12 / scale}px sans-serif`;
    ctx.textBaseline = "middle";
    ctx.lineWidth = 1 / scale;
    if (axis.origin !== null) {
      for (const [x, t, unit] of ticks(r, scale)) {
        const text = kgTickLabel(t, unit);
        // no date label running into the "undated" column
        if (sepX !== null && x + ctx.measureText(text).width + 8 / scale > sepX) continue;
        ctx.fillStyle = "#333";
        ctx.fillText(text, x + 3 / scale, r.y0 + band / 2);
      }
    }
    if (sepX !== null && sepX < r.x1) {
      ctx.strokeStyle = "#9aa3ad";
      ctx.setLineDash([6 / scale, 4 / scale]);
      ctx.beginPath();
      ctx.moveTo(sepX, r.y0);
      ctx.lineTo(sepX, r.y1);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = "#333";
      ctx.font = `italic ${12 / scale}px sans-serif`;
      ctx.fillText("undated", sepX + 8 / scale, r.y0 + band / 2);
    }
    ctx.restore();
    drawPanel(ctx, r);
  });
  // the lane names, in DOM pixels, always at the left edge whatever the pan and zoom
  const drawn = [];
  function drawPanel(ctx) {
    const W = container.clientWidth;
    const H = container.clientHeight;
    const ratio = network.canvas.pixelRatio || window.devicePixelRatio || 1;
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, KG_PANEL, H);
    ctx.strokeStyle = "#c9ced6";
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(KG_PANEL + 0.5, 0);
    ctx.lineTo(KG_PANEL + 0.5, H);
    ctx.stroke();
    ctx.font = "600 12px sans-serif";
    ctx.fillStyle = "#555";
    ctx.textBaseline = "middle";
    ctx.fillText("ACTOR", 10, KG_BAND / 2);
    ctx.font = "12px sans-serif";
    drawn.length = 0;
    axis.lanes.forEach((lane, i) => {
      const top = network.canvasToDOM({ x: 0, y: lane.top - 10 }).y;
      const bottom = network.canvasToDOM({ x: 0, y: lane.bottom + 10 }).y;
      if (bottom < KG_BAND || top > H || !laneShown(lane)) return;
      ctx.fillStyle = i % 2 ? "#ffffff" : "#eef2f7";
      ctx.fillRect(0, Math.max(top, KG_BAND), KG_PANEL, Math.min(bottom, H) - Math.max(top, KG_BAND));
      const pad = Math.min(9, (bottom - top) / 2);
      const lo = Math.max(top, KG_BAND) + pad;
      const hi = Math.min(bottom, H) - pad;
      if (hi < lo) return;
      // the lane's first row, or as near as the lane's visible part allows
      const y = Math.min(Math.max(network.canvasToDOM({ x: 0, y: lane.top + 23 }).y, lo), hi);
      ctx.fillStyle = lane.color;
      ctx.beginPath();
      ctx.arc(14, y, 5, 0, 2 * Math.PI);
      ctx.fill();
      let name = lane.name;
      const room = KG_PANEL - 30;
      if (ctx.measureText(name).width > room) {
        while (name.length > 1 && ctx.measureText(name + "…").width > room) name = name.slice(0, -1);
        name += "…";
      }
      ctx.fillStyle = "#222";
      ctx.fillText(name, 24, y);
      drawn.push({ id: lane.id, name: lane.name, y: y, top: top, bottom: bottom });
    });
    window.kgLaneLabels = drawn.slice();
    ctx.restore();
  }
  // a click on a lane name shows that actor
  network.on("click", (params) => {
    if (params.pointer.DOM.x > KG_PANEL) return;
    const y = params.pointer.DOM.y;
    const hit = drawn.find((d) => y >= d.top && y <= d.bottom);
    if (hit && byId.has(hit.id)) pick(hit.id);
  });
  // the first view: the bulk of the dates (axis.focus), from the top lane, right of the names
  function focusMain(ids) {
    const W = container.clientWidth;
    const H = container.clientHeight;
    const shown = new Set(ids);
    let f0;
    let f1;
    if (axis.focus) [f0, f1] = axis.focus;
    else {
      const xs = rawNodes.filter((n) => n.kind === "event" && shown.has(n.id)).map((n) => n.x);
      f0 = Math.min(0, ...xs);
      f1 = Math.max(0, ...xs);
    }
    const left = KG_PANEL + 14;
    const width = f1 - f0 + axis.slot;
    const hFit = (H - KG_BAND - 16) / Math.max(1, axis.height + 20);
    const scale = Math.min((W - left - 10) / width, Math.max(hFit, 0.5), 1.5);
    const cx = f0 - axis.slot * 0.15 + (W / 2 - left) / scale;
    const cy = -12 + (H / 2 - KG_BAND - 4) / scale; // the first lane just under the date axis
    network.moveTo({ position: { x: cx, y: cy }, scale: scale, animation: false });
    network.emit("zoom", {});
  }
  // "Fit all": every shown node, right of the names
  function clearPanel() {
    const W = container.clientWidth;
    const s = network.getScale() * (W - KG_PANEL - 10) / W;
    const c = network.getViewPosition();
    network.moveTo({ position: { x: c.x - (KG_PANEL / 2) / s, y: c.y }, scale: s, animation: false });
    network.emit("zoom", {});
  }
  return { focusMain, clearPanel, lanesDrawn: () => drawn.slice() };
}
