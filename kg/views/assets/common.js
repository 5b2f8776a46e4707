/* kg views: what every view shares — the data, the filters (event types, dates, the "asserted only"
 * switch), search over names, aliases, titles and event labels, the details panel and the tooltip.
 *
 * Data arrives as JSON in <script type="application/json"> elements and reaches the page only through
 * textContent, never as HTML: article text is data. Each view's script calls kgCommon() and registers
 * what to redraw when a filter changes (K.onChange).
 */
"use strict";

const KG_MODALITY_TEXT = {
  asserted: "asserted: reported as having happened",
  negated: "negated: reported as not having happened",
  planned: "planned: announced, scheduled or called for, not (yet) happened",
  hypothetical: "hypothetical: possible, conditional or attempted",
};

function kgEl(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
}

function kgCommon(view) {
  const read = (id) => JSON.parse(document.getElementById(id).textContent);
  const P = read("kg-payload");
  const X = read("kg-extra");
  const events = P.events;
  const eventById = new Map(events.map((e) => [e.id, e]));
  const actorById = new Map(P.actors.map((a) => [a.id, a]));
  const state = { types: new Set(P.eventTypes), from: "", to: "", assertedOnly: true };
  const listeners = [];
  const el = kgEl;

  // --- filters ---------------------------------------------------------------------------------
  // an event passes when its type is ticked, its modality is asserted (unless the switch is off) and
  // its interval meets the date range (an event dated "on or before" a day may have been in it)
  function passes(ev) {
    if (!state.types.has(ev.type)) return false;
    if (state.assertedOnly && ev.modality !== "asserted") return false;
    if (state.from || state.to) {
      const first = ev.day;
      const last = ev.lastDay || ev.day;
      if (!first && !last) return false;
      if (state.from && (last || first) < state.from) return false;
      if (state.to && first && first > state.to) return false;
    }
    return true;
  }
  function changed() {
    for (const f of listeners) f();
  }
  function filtering() {
    return state.types.size !== P.eventTypes.length || state.from !== "" || state.to !== "";
  }

  // --- names: what search matches ---------------------------------------------------------------
  const norm = (s) => String(s || "").toLowerCase();
  const actorText = new Map(P.actors.map((a) => [a.id, norm([a.name, ...a.aliases, ...a.titles].join("\n"))]));
  const eventText = new Map(events.map((e) => [e.id, norm([e.label, e.title, e.trigger, e.content].join("\n"))]));
  // actors first (an exact name or alias, then any match), then events
  function search(query) {
    const q = norm(query).trim();
    if (!q) return { actors: [], events: [] };
    const actors = P.actors.filter((a) => actorText.get(a.id).includes(q));
    actors.sort((a, b) => {
      const exact = (x) => (norm(x.name) === q || x.aliases.some((n) => norm(n) === q) ? 0 : 1);
      return exact(a) - exact(b) || a.rank - b.rank;
    });
    const evs = events.filter((e) => eventText.get(e.id).includes(q));
    return { actors: actors.map((a) => a.id), events: evs.map((e) => e.id) };
  }

  // --- legend, modalities, event types ------------------------------------------------------------
  const legend = document.getElementById("kg-legend");
  for (const [t, c] of Object.entries(P.legend.entities)) {
    const row = el("span", null, "legend-row");
    const sw = el("span", null, "swatch");
    sw.style.background = c;
    sw.style.borderRadius = "50%";
    row.append(sw, document.createTextNode(t));
    legend.append(row);
  }
  const others = P.summary.other_modalities;
  const modal = el("div", null, "kg-modalities");
  for (const m of ["asserted", "negated", "planned", "hypothetical"]) {
    const row = el("span", null, "legend-row");
    const sw = el("span", null, "swatch kg-mod-" + m);
    row.append(sw, document.createTextNode(m === "asserted" ? `asserted (${P.summary.events})` : `${m} (${others[m] || 0})`));
    row.title = KG_MODALITY_TEXT[m];
    modal.append(row);
  }
  legend.append(modal);
  const types = document.getElementById("kg-types");
  const counts = {};
  for (const e of events) counts[e.type] = (counts[e.type] || 0) + 1;
  if (!P.eventTypes.length) types.append(el("p", "no events", "muted"));
  const typeCounts = new Map();
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
      changed();
    });
    const sw = el("span", null, "swatch diamond");
    sw.style.background = P.legend.events[t];
    const n = el("span", "", "muted");
    typeCounts.set(t, n);
    row.append(box, sw, document.createTextNode(t + " "), n);
    types.append(row);
  }
  // the counts by type follow the switch: what is ticked is what is counted
  function showTypeCounts() {
    const c = {};
    for (const e of events) if (!state.assertedOnly || e.modality === "asserted") c[e.type] = (c[e.type] || 0) + 1;
    for (const [t, n] of typeCounts) n.textContent = `(${c[t] || 0})`;
  }
  showTypeCounts();
  listeners.push(showTypeCounts);
  for (const key of ["from", "to"]) {
    document.getElementById("kg-" + key).addEventListener("change", (e) => {
      state[key] = e.target.value;
      changed();
    });
  }
  const switchBox = document.getElementById("kg-asserted");
  switchBox.addEventListener("change", () => {
    state.assertedOnly = switchBox.checked;
    changed();
  });

  // --- the details panel ----------------------------------------------------------------------------
  const info = document.getElementById("kg-info");
  function row(dl, term, value) {
    if (value === null || value === undefined || value === "") return;
    dl.append(el("dt", term));
    const dd = el("dd");
    if (value instanceof Node) dd.append(value);
    else dd.textContent = String(value);
    dl.append(dd);
  }
  function name(iri) {
    const a = actorById.get(iri);
    return a ? a.name : iri;
  }
  function dateText(ev) {
    return ev.when + (ev.expression ? ` (“${ev.expression}”)` : "");
  }
  function precisionText(ev) {
    if (!ev.precision) return ev.date === null && ev.lastDay ? "open: no earliest day" : null;
    return ev.precision;
  }
  let onPick = () => {};
  function eventLink(id) {
    const ev = eventById.get(id);
    const a = el("a", `${ev.when} · ${ev.modality === "asserted" ? "" : ev.modality + " "}${ev.label}`);
    a.href = "#";
    if (ev.modality !== "asserted") a.className = "kg-irrealis";
    a.addEventListener("click", (e) => {
      e.preventDefault();
      onPick(id, "event");
    });
    return a;
  }
  function actorLink(iri) {
    const a = el("a", name(iri));
    a.href = "#";
    a.addEventListener("click", (e) => {
      e.preventDefault();
      onPick(iri, "actor");
    });
    return a;
  }
  function showEvent(id) {
    const d = eventById.get(id);
    if (!d) return;
    info.replaceChildren(el("h2", "Details"));
    const h = el("h3", d.label);
    if (d.modality !== "asserted") h.append(" ", el("span", d.modality, "kg-badge kg-mod-" + d.modality));
    info.append(h);
    const dl = el("dl");
    dl.id = "kg-provenance";
    row(dl, "Type", d.type);
    row(dl, "Modality", KG_MODALITY_TEXT[d.modality] || d.modality);
    row(dl, "Date", dateText(d));
    row(dl, "Precision", precisionText(d));
    row(dl, "Date source", d.dateSourceText);
    row(dl, "Casualties", d.casualties);
    row(dl, "Amount", d.amount);
    row(dl, "Outcome", d.outcome);
    const who = el("ul");
    for (const [role, iri] of d.roles) {
      const li = el("li", role + ": ");
      li.append(actorLink(iri));
      who.append(li);
    }
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
    row(dl, "Confidence", d.confidence);
    info.append(dl);
  }
  // an actor's events: the ones that pass the filters, listed, and counted from that same list
  function eventsOf(iri) {
    return events.filter((e) => e.actors.includes(iri) && passes(e));
  }
  function showActor(iri, heading) {
    const a = actorById.get(iri);
    if (!a) return;
    info.replaceChildren(el("h2", "Details"));
    info.append(el("h3", a.name));
    const dl = el("dl");
    dl.id = "kg-provenance";
    row(dl, "Type", a.type);
    row(dl, "Also called", a.aliases.join(", "));
    row(dl, "Titles", a.titles.join(", "));
    if (a.lat !== null && a.lat !== undefined) row(dl, "Where", `${a.lat.toFixed(3)}, ${a.lon.toFixed(3)}` + (a.country ? ` (${a.country})` : ""));
    const mine = eventsOf(iri);
    const total = events.filter((e) => e.actors.includes(iri)).length;
    const countText = mine.length === total ? String(total) : `${mine.length} shown (of ${total}; the filters hide ${total - mine.length})`;
    const count = el("span", countText);
    count.id = "kg-actor-count";
    row(dl, "Events", count);
    if (a.betweenness) row(dl, "Betweenness", a.betweenness.toFixed(3));
    info.append(dl);
    const list = el("ol");
    list.id = "kg-actor-events";
    for (const e of mine.slice(0, 300)) {
      const li = el("li");
      li.append(eventLink(e.id));
      list.append(li);
    }
    if (mine.length) info.append(el("h4", heading || "Events"), list);
    if (mine.length > 300) info.append(el("p", `the first 300 of ${mine.length}`, "muted"));
  }
  function showList(title, ids) {
    info.replaceChildren(el("h2", "Details"));
    info.append(el("h3", title));
    const list = el("ol");
    list.id = "kg-list";
    for (const id of ids.slice(0, 300)) {
      const li = el("li");
      li.append(eventLink(id));
      list.append(li);
    }
    info.append(el("p", `${ids.length} event${ids.length === 1 ? "" : "s"}`, "muted"), list);
  }

  // --- the tooltip: text only ---------------------------------------------------------------------------
  const tip = document.getElementById("kg-tooltip");
  function tooltipText(ev) {
    const lines = [ev.title];
    if (ev.modality !== "asserted") lines.push(KG_MODALITY_TEXT[ev.modality]);
    if (ev.expression) lines.push(`date: “${ev.expression}”` + (ev.precision ? `, to the ${ev.precision}` : ""));
    else if (ev.precision) lines.push(`date known to the ${ev.precision}`);
    if (ev.dateSourceText) lines.push("date " + ev.dateSourceText);
    if (ev.casualties) lines.push(ev.casualties);
    const who = ev.roles.map(([role, iri]) => `${role}: ${name(iri)}`).join(", ");
    if (who) lines.push(who);
    if (ev.sentence) lines.push("“" + (ev.sentence.length > 280 ? ev.sentence.slice(0, 279) + "…" : ev.sentence) + "”");
    lines.push("article: " + (ev.headline || ev.article));
    return lines.join("\n");
  }
  function actorTooltip(a) {
    const n = eventsOf(a.id).length;
    const lines = [`${a.name} (${a.type})`, `${n} event${n === 1 ? "" : "s"} shown`];
    if (a.titles.length) lines.push(a.titles.join(", "));
    if (a.aliases.length) lines.push("also: " + a.aliases.slice(0, 6).join(", "));
    return lines.join("\n");
  }
  function showTip(text, x, y) {
    tip.textContent = text;
    tip.hidden = false;
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    tip.style.left = Math.min(x + 14, window.innerWidth - w - 8) + "px";
    tip.style.top = Math.min(y + 14, window.innerHeight - h - 8) + "px";
  }
  function hideTip() {
    tip.hidden = true;
  }

  const status = document.getElementById("kg-status");
  const searchBox = document.getElementById("kg-search");
  const searchResult = document.getElementById("kg-search-result");

  return {
    P, X, events, eventById, actorById, state, el, passes, filtering, search, name,
    showEvent, showActor, showList, eventsOf, tooltipText, actorTooltip, showTip, hideTip,
    status, searchBox, searchResult,
    onChange: (f) => listeners.push(f),
    onPick: (f) => { onPick = f; },
    changed,
  };
}

function kgReady() {
  window.kgReadyMs = performance.now();
  document.body.dataset.ready = "1";
}
