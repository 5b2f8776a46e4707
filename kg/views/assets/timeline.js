/* kg timeline view on vis-timeline: one group per actor (an event goes in its agent's group, else its most
 * central actor's), nested in collapsible groups by kind; day events are points, week/month/year events
 * ranges over their interval; vis-timeline zooms, pans and stacks them without overlap. Undated events
 * (and those dated only "on or before" a day) are listed beside it. Negated, planned and hypothetical
 * events are hollow and dashed, and hidden while "asserted only" is on.
 * window.kg exposes the timeline and a few helpers for tests and benchmarks.
 */
"use strict";

const KG_POINT_MAX_MS = 36 * 3600 * 1000; // longer than this: a range over its interval

function kgInit() {
  const K = kgCommon("timeline");
  const { P, X, state } = K;
  const t0 = performance.now();
  const container = document.getElementById("kg-canvas");
  const groupOf = (ev) => ev.lane || X.noActor;

  // --- items: what vis-timeline draws ----------------------------------------------------------------
  const items = [];
  for (const ev of K.events) {
    if (ev.start === null && ev.end === null) continue;
    const color = P.legend.events[ev.type];
    if (ev.start === null) {
      // dated only "on or before" a moment: a point there, marked as the latest it can be
      const what = ev.modality === "asserted" ? ev.type : `${ev.modality} ${ev.type}`;
      items.push({ id: ev.id, group: groupOf(ev), text: `${what} · ≤ ${ev.lastDay}`, type: "point", start: ev.end,
                   className: "kg-ev kg-open kg-mod-" + ev.modality, kgColor: color }); // prettier-ignore
      continue;
    }
    const span = ev.end !== null ? ev.end - ev.start : 0;
    const item = { id: ev.id, group: groupOf(ev), text: ev.title, className: "kg-ev kg-mod-" + ev.modality };
    if (span > KG_POINT_MAX_MS) {
      item.type = "range";
      item.start = ev.start;
      item.end = ev.end;
      item.style = ev.modality === "asserted" ? `background-color: ${color}33; border-color: ${color};` : `border-color: ${color};`;
    } else {
      item.type = "point";
      item.start = ev.start + Math.min(span / 2, 12 * 3600 * 1000); // the middle of its day
      item.style = `border-color: ${color}; color: ${ev.modality === "asserted" ? "#222" : "#555"};`;
      item.kgColor = color;
    }
    items.push(item);
  }
  const itemData = new vis.DataSet(items);
  const itemView = new vis.DataView(itemData, { filter: (it) => K.passes(K.eventById.get(it.id)) });

  // --- groups: kinds of actors, each actor nested in its kind ----------------------------------------
  const groupRows = [];
  for (const g of X.groups) {
    const row = { id: g.id, order: g.order, kgName: g.name, kgKind: g.kind, kgCount: g.count, kgAll: g.all };
    if (g.nested) {
      row.nestedGroups = g.nested;
      row.showNested = true;
      row.className = "kg-kind";
    } else {
      row.className = "kg-actor-group";
      row.kgColor = g.color;
      if (g.parent) row.nestedInGroup = g.parent;
    }
    groupRows.push(row);
  }
  const groupData = new vis.DataSet(groupRows);
  // counts follow the filters: what a group's label says is what its row shows
  function laneCounts() {
    const c = new Map();
    for (const it of items) if (K.passes(K.eventById.get(it.id))) c.set(it.group, (c.get(it.group) || 0) + 1);
    return c;
  }
  let counts = laneCounts();
  const groupView = new vis.DataView(groupData, {
    filter: (g) => (g.nestedGroups ? g.nestedGroups.some((id) => (counts.get(id) || 0) > 0) : (counts.get(g.id) || 0) > 0),
  });

  const options = {
    stack: true,
    stackSubgroups: true,
    verticalScroll: true,
    horizontalScroll: false,
    zoomKey: "",
    orientation: { axis: "top", item: "top" },
    height: "100%",
    margin: { item: { horizontal: 6, vertical: 4 }, axis: 6 },
    zoomMin: 3600 * 1000 * 6,
    zoomMax: 1000 * 86400 * 365 * 40,
    groupOrder: "order",
    selectable: true,
    showTooltips: false,
    xss: { disabled: false },
    template: (item) => {
      const span = kgEl("span", item.text, "kg-item-text");
      if (item.kgColor) {
        const dot = kgEl("span", null, "kg-dot");
        dot.style.borderColor = item.kgColor;
        if (!/kg-mod-(negated|planned|hypothetical)/.test(item.className)) dot.style.background = item.kgColor;
        const box = kgEl("span", null, "kg-point");
        box.append(dot, span);
        return box;
      }
      return span;
    },
    groupTemplate: (g) => {
      if (!g) return "";
      const box = kgEl("span", null, g.nestedGroups ? "kg-kind-label" : "kg-group-label");
      if (g.kgColor) {
        const dot = kgEl("span", null, "kg-dot");
        dot.style.background = g.kgColor;
        dot.style.borderColor = g.kgColor;
        box.append(dot);
      }
      const n = g.nestedGroups ? g.nestedGroups.reduce((s, id) => s + (counts.get(id) || 0), 0) : counts.get(g.id) || 0;
      box.append(kgEl("span", g.kgName, "kg-group-name"), kgEl("span", ` ${n}`, "muted"));
      box.title = g.kgName;
      return box;
    },
  };
  // The labels are drawn right of their points: the window's end is moved until the last ones fit, an item
  // at x px of a panel W px wide, its label w px, staying inside when the window spans x * T / (W - w) ms.
  function roomForLabels(win) {
    const panel = container.querySelector(".vis-panel.vis-center");
    if (!panel) return win;
    const box = panel.getBoundingClientRect();
    const span = win[1] - win[0];
    let needed = span;
    for (const el of container.querySelectorAll(".vis-item")) {
      const r = el.getBoundingClientRect();
      if (!r.width || r.right <= box.right || r.left >= box.right || r.width >= box.width) continue;
      needed = Math.max(needed, ((r.left - box.left) * span) / (box.width - r.width));
    }
    return [win[0], win[0] + needed * 1.01];
  }
  // ready once vis-timeline has drawn (and shown) the first frame, with room for its labels
  options.onInitialDrawComplete = () => {
    if (X.window) {
      const start = +new Date(timeline.getWindow().start);
      const roomy = roomForLabels([start, +new Date(timeline.getWindow().end)]);
      if (roomy[1] > +new Date(timeline.getWindow().end)) {
        X.window = roomy;
        timeline.setWindow(roomy[0], roomy[1], { animation: false });
      }
    }
    requestAnimationFrame(() => requestAnimationFrame(() => {
      window.kgOpenMs = performance.now() - t0;
      kgReady();
    }));
  };
  if (X.window) {
    options.start = X.window[0];
    options.end = X.window[1];
  }
  const timeline = new vis.Timeline(container, itemView, groupView, options);

  // --- the undated list ------------------------------------------------------------------------------------
  const undatedBox = document.getElementById("kg-undated");
  function showUndated() {
    const list = kgEl("ol");
    list.id = "kg-undated-list";
    let n = 0;
    for (const id of X.undated) {
      const ev = K.eventById.get(id);
      if (!K.passes(ev)) continue;
      n++;
      const li = kgEl("li");
      const a = kgEl("a", `${ev.title} — ${K.name(ev.lane) || "no actor"}`);
      a.href = "#";
      if (ev.modality !== "asserted") a.className = "kg-irrealis";
      a.addEventListener("click", (e) => {
        e.preventDefault();
        K.showEvent(id);
      });
      li.append(a);
      list.append(li);
    }
    undatedBox.replaceChildren(kgEl("h2", `Undated (${n})`));
    if (n) undatedBox.append(list);
    else undatedBox.append(kgEl("p", "none", "muted"));
  }
  showUndated();

  function showStatus() {
    const shown = itemView.length;
    const hiddenIrr = state.assertedOnly ? K.events.filter((e) => e.modality !== "asserted").length : 0;
    K.status.textContent = `${shown} dated events in ${groupView.length} groups` +
      (hiddenIrr ? `; ${hiddenIrr} negated, planned or hypothetical hidden` : ""); // prettier-ignore
  }
  function update() {
    const started = performance.now();
    counts = laneCounts();
    itemView.refresh();
    groupView.refresh();
    // group labels carry counts: redraw them
    groupData.update(groupRows.map((g) => ({ id: g.id })));
    showUndated();
    showStatus();
    timeline.once("changed", () => {
      window.kgLastUpdateMs = performance.now() - started;
    });
  }
  K.onChange(update);

  // --- interaction -------------------------------------------------------------------------------------------
  function pick(id, kind) {
    if (kind === "actor" || K.actorById.has(id)) {
      K.showActor(id);
      return;
    }
    const ev = K.eventById.get(id);
    if (!ev) return;
    K.showEvent(id);
    if (itemView.get(id)) {
      timeline.setSelection([id]);
      timeline.focus(id, { animation: false });
    }
  }
  K.onPick(pick);
  timeline.on("select", (props) => {
    if (props.items.length) K.showEvent(props.items[0]);
  });
  timeline.on("click", (props) => {
    if (props.what === "group-label" && props.group && K.actorById.has(props.group)) K.showActor(props.group);
  });
  timeline.on("itemover", (props) => {
    const ev = K.eventById.get(props.item);
    if (ev) K.showTip(K.tooltipText(ev), props.event.clientX, props.event.clientY);
  });
  timeline.on("itemout", K.hideTip);
  timeline.on("rangechange", K.hideTip);
  document.getElementById("kg-fit").addEventListener("click", () => timeline.fit({ animation: false }));
  document.getElementById("kg-focus").addEventListener("click", () => {
    if (X.window) timeline.setWindow(X.window[0], X.window[1], { animation: false });
  });
  const collapse = document.getElementById("kg-collapse");
  let collapsed = false;
  collapse.addEventListener("click", () => {
    collapsed = !collapsed;
    // vis-timeline folds a group by its parent's showNested and its children's visible flag
    groupData.update(groupRows.map((g) => (g.nestedGroups ? { id: g.id, showNested: !collapsed } : { id: g.id, visible: !collapsed || !g.nestedInGroup })));
    collapse.textContent = collapsed ? "Expand all" : "Collapse all";
  });

  function runSearch() {
    const q = K.searchBox.value.trim();
    timeline.setSelection([]);
    if (!q) {
      K.searchResult.textContent = "";
      return;
    }
    const found = K.search(q);
    const evs = found.events.filter((id) => K.passes(K.eventById.get(id)));
    const dated = evs.filter((id) => itemView.get(id));
    // an actor found by name, alias or title: its events
    const actor = found.actors[0];
    const ids = actor ? K.eventsOf(actor).map((e) => e.id).filter((id) => itemView.get(id)) : dated;
    const n = found.actors.length + evs.length;
    K.searchResult.textContent = n === 1 ? "1 match" : `${n} matches`;
    if (actor) K.showActor(actor);
    else if (evs.length === 1) K.showEvent(evs[0]);
    if (ids.length) {
      timeline.setSelection(ids.slice(0, 200));
      timeline.focus(ids.slice(0, 200), { animation: false });
    }
  }
  K.searchBox.addEventListener("keydown", (e) => {
    if (e.key === "Enter") runSearch();
  });
  K.searchBox.addEventListener("search", runSearch);

  showStatus();
  window.kg = { K, timeline, items: itemData, itemView, groups: groupData, groupView, state, update, pick, runSearch, view: "timeline" };
}
