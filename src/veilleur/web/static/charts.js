// Veilleur's charts: small hand-written SVG, no library, no network.
// Each chart is a <div data-chart="kind" id="X"> with its data in
// <script type="application/json" id="X-data">. Text goes in through textContent only.
"use strict";

(function () {
  const SVG = "http://www.w3.org/2000/svg";
  const COLORS = {
    coop: "#2563eb", coopLight: "#93c5fd", conflict: "#dc2626", conflictLight: "#fca5a5",
    line: "#0f172a", axis: "#94a3b8", grid: "#e2e8f0", given: "#0d9488", received: "#f59e0b",
    text: "#334155",
  };

  function el(name, attrs, parent) {
    const node = document.createElementNS(SVG, name);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    if (parent) parent.appendChild(node);
    return node;
  }

  function text(parent, x, y, content, attrs) {
    const node = el("text", Object.assign({ x: x, y: y, fill: COLORS.text, "font-size": 11 }, attrs || {}), parent);
    node.textContent = content;
    return node;
  }

  function link(parent, href, title) {
    const a = el("a", { href: href }, parent);
    const t = el("title", {}, a);
    t.textContent = title;
    return a;
  }

  function readData(container) {
    const script = document.getElementById(container.id + "-data");
    return script ? JSON.parse(script.textContent) : null;
  }

  function empty(container) {
    const p = document.createElement("p");
    p.className = "empty";
    p.textContent = container.dataset.empty || "—";
    container.appendChild(p);
  }

  function niceMax(value) {
    if (value <= 0) return 1;
    const magnitude = Math.pow(10, Math.floor(Math.log10(value)));
    for (const step of [1, 2, 2.5, 5, 10]) if (step * magnitude >= value) return step * magnitude;
    return 10 * magnitude;
  }

  function frame(container, height) {
    const width = Math.max(container.clientWidth || 640, 320);
    const svg = el("svg", { viewBox: `0 0 ${width} ${height}`, width: "100%", height: height, role: "img" });
    container.appendChild(svg);
    return { svg, width, height, m: { top: 16, right: 48, bottom: 36, left: 44 } };
  }

  // Horizontal grid and labels for a symmetric (up/down) or plain value axis.
  function valueAxis(f, scaleY, ticks) {
    for (const v of ticks.filter(t => Number.isInteger(t))) {  // counts have no halves
      const y = scaleY(v);
      el("line", { x1: f.m.left, x2: f.width - f.m.right, y1: y, y2: y, stroke: v === 0 ? COLORS.axis : COLORS.grid }, f.svg);
      text(f.svg, f.m.left - 6, y + 4, String(Math.abs(v)), { "text-anchor": "end" });
    }
  }

  function periodLabels(f, periods, x, band) {
    const every = Math.max(1, Math.ceil(periods.length / Math.floor((f.width - f.m.left - f.m.right) / 70)));
    periods.forEach((p, i) => {
      if (i % every) return;
      text(f.svg, x(i) + band / 2, f.height - f.m.bottom + 16, p, { "text-anchor": "middle" });
    });
  }

  function legend(f, items) {
    let x = f.m.left;
    for (const [color, label] of items) {
      el("rect", { x: x, y: 2, width: 10, height: 10, rx: 2, fill: color }, f.svg);
      const t = text(f.svg, x + 14, 11, label);
      x += 24 + Math.max(label.length * 6.2, 30);
      void t;
    }
  }

  function eventsHref(base, row) {
    return `${base}&date_from=${encodeURIComponent(row.period)}&date_to=${encodeURIComponent(row.period_end)}`;
  }

  // Cooperation (quad 1-2) above the axis, conflict (quad 3-4) below, verbal lighter than
  // material; the summed Goldstein as a line on its own scale. Every bar links to its events.
  function dyadChart(container, rows) {
    const byPeriod = new Map();
    for (const r of rows) {
      const p = byPeriod.get(r.period) || { period: r.period, period_end: r.period_end, q1: 0, q2: 0, q3: 0, q4: 0, goldstein: 0 };
      p.q1 += r.verbal_cooperation; p.q2 += r.material_cooperation;
      p.q3 += r.verbal_conflict; p.q4 += r.material_conflict; p.goldstein += r.goldstein || 0;
      byPeriod.set(r.period, p);
    }
    const data = [...byPeriod.values()].sort((a, b) => a.period.localeCompare(b.period));
    if (!data.length) return empty(container);
    const f = frame(container, 300);
    const maxUp = niceMax(Math.max(...data.map(d => d.q1 + d.q2), 1));
    const maxDown = niceMax(Math.max(...data.map(d => d.q3 + d.q4), 1));
    const top = f.m.top + 14, bottom = f.height - f.m.bottom;
    const zero = top + (bottom - top) * maxUp / (maxUp + maxDown);
    const y = v => zero - v * (zero - top) / maxUp;
    const yDown = v => zero + v * (bottom - zero) / maxDown;
    const band = (f.width - f.m.left - f.m.right) / data.length;
    const x = i => f.m.left + i * band;
    const barW = Math.max(2, Math.min(40, band * 0.7));
    valueAxis(f, v => (v >= 0 ? y(v) : yDown(-v)), [maxUp, maxUp / 2, 0, -maxDown / 2, -maxDown]);
    const base = `/events?actor=${encodeURIComponent(container.dataset.a)}&counterpart=${encodeURIComponent(container.dataset.b)}`;
    data.forEach((d, i) => {
      const cx = x(i) + (band - barW) / 2;
      const a = link(f.svg, eventsHref(base, d),
        `${d.period}: +${d.q1 + d.q2} / -${d.q3 + d.q4}, Goldstein ${d.goldstein.toFixed(1)}`);
      a.setAttribute("class", "bar");
      el("rect", { x: cx, y: y(d.q1 + d.q2), width: barW, height: y(d.q1) - y(d.q1 + d.q2), fill: COLORS.coop }, a);
      el("rect", { x: cx, y: y(d.q1), width: barW, height: zero - y(d.q1), fill: COLORS.coopLight }, a);
      el("rect", { x: cx, y: zero, width: barW, height: yDown(d.q3) - zero, fill: COLORS.conflictLight }, a);
      el("rect", { x: cx, y: yDown(d.q3), width: barW, height: yDown(d.q3 + d.q4) - yDown(d.q3), fill: COLORS.conflict }, a);
    });
    // Goldstein on a right-hand scale centred on the same zero line.
    const gMax = Math.max(...data.map(d => Math.abs(d.goldstein)), 1);
    const gy = g => (g >= 0 ? zero - g * (zero - top) / gMax : zero - g * (bottom - zero) / gMax);
    const points = data.map((d, i) => `${x(i) + band / 2},${gy(d.goldstein)}`).join(" ");
    el("polyline", { points: points, fill: "none", stroke: COLORS.line, "stroke-width": 1.5 }, f.svg);
    data.forEach((d, i) => {
      const a = link(f.svg, eventsHref(base, d), `${d.period}: Goldstein ${d.goldstein.toFixed(1)}`);
      el("circle", { cx: x(i) + band / 2, cy: gy(d.goldstein), r: 3.5, fill: COLORS.line, class: "point" }, a);
    });
    text(f.svg, f.width - f.m.right + 6, top + 4, `+${gMax.toFixed(0)}`);
    text(f.svg, f.width - f.m.right + 6, bottom, `-${gMax.toFixed(0)}`);
    periodLabels(f, data.map(d => d.period), x, band);
    legend(f, [[COLORS.coop, container.dataset.labelCooperation], [COLORS.conflict, container.dataset.labelConflict],
               [COLORS.line, container.dataset.labelGoldstein]]);
  }

  // Events given (up) and received (down) per period.
  function timelineChart(container, rows) {
    if (!rows.length) return empty(container);
    const f = frame(container, 240);
    const maxUp = niceMax(Math.max(...rows.map(r => r.given), 1));
    const maxDown = niceMax(Math.max(...rows.map(r => r.received), 1));
    const top = f.m.top + 14, bottom = f.height - f.m.bottom;
    const zero = top + (bottom - top) * maxUp / (maxUp + maxDown);
    const y = v => zero - v * (zero - top) / maxUp;
    const yDown = v => zero + v * (bottom - zero) / maxDown;
    const band = (f.width - f.m.left - f.m.right) / rows.length;
    const x = i => f.m.left + i * band;
    const barW = Math.max(2, Math.min(36, band * 0.7));
    valueAxis(f, v => (v >= 0 ? y(v) : yDown(-v)), [maxUp, 0, -maxDown]);
    rows.forEach((r, i) => {
      const cx = x(i) + (band - barW) / 2;
      const a = link(f.svg, eventsHref(container.dataset.link, r), `${r.period}: ${r.given} / ${r.received}`);
      a.setAttribute("class", "bar");
      el("rect", { x: cx, y: y(r.given), width: barW, height: zero - y(r.given), fill: COLORS.given }, a);
      el("rect", { x: cx, y: zero, width: barW, height: yDown(r.received) - zero, fill: COLORS.received }, a);
    });
    periodLabels(f, rows.map(r => r.period), x, band);
    legend(f, [[COLORS.given, container.dataset.labelGiven], [COLORS.received, container.dataset.labelReceived]]);
  }

  // Node colour by actor kind: people, states' institutions, international bodies, others.
  const KIND_COLORS = {
    person: "#0f766e", government: "#334155", legislature: "#334155", judiciary: "#334155",
    military: "#475569", police: "#475569", party: "#7c3aed", igo: "#0369a1", ngo: "#0891b2",
    media: "#a16207", company: "#a16207", rebel_group: "#9f1239", armed_group: "#9f1239",
    civilians: "#65a30d", other: "#64748b",
  };

  function goldsteinColor(mean) {
    if (mean === null || mean === undefined) return "#9ca3af";
    const t = Math.max(-1, Math.min(1, mean / 10));
    const far = t > 0 ? [37, 99, 235] : [220, 38, 38];
    const mix = [150, 150, 150].map((g, i) => Math.round(g + (far[i] - g) * Math.abs(t)));
    return `rgb(${mix.join(",")})`;
  }

  // A force-directed layout (Fruchterman-Reingold), deterministic: nodes start on a spiral
  // ordered by activity, so the same data always gives the same picture. It runs in free
  // space with a pull to the centre (so separate pairs stay near the rest), then the
  // result is scaled into the drawing area, leaving room for labels.
  function layout(nodes, edges, width, height) {
    const n = nodes.length;
    const index = new Map(nodes.map((d, i) => [d.id, i]));
    const pos = nodes.map((_, i) => ({
      x: Math.cos(i * 2.39996) * Math.sqrt(i + 1) * 30,
      y: Math.sin(i * 2.39996) * Math.sqrt(i + 1) * 30,
    }));
    const links = edges.map(e => [index.get(e.source), index.get(e.target)])
      .filter(([a, b]) => a !== undefined && b !== undefined && a !== b);
    const k = 60;
    let temperature = 60;
    for (let step = 0; step < 300; step++) {
      const disp = pos.map(() => ({ x: 0, y: 0 }));
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          const dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
          const d2 = Math.max(dx * dx + dy * dy, 0.01), force = (k * k) / d2;
          disp[i].x += dx * force; disp[i].y += dy * force;
          disp[j].x -= dx * force; disp[j].y -= dy * force;
        }
      }
      for (const [a, b] of links) {
        const dx = pos[a].x - pos[b].x, dy = pos[a].y - pos[b].y;
        const d = Math.max(Math.sqrt(dx * dx + dy * dy), 0.01), force = d / k;
        disp[a].x -= dx * force; disp[a].y -= dy * force;
        disp[b].x += dx * force; disp[b].y += dy * force;
      }
      for (let i = 0; i < n; i++) {
        // Linear gravity: balances the summed repulsion of all others at a finite radius.
        disp[i].x -= pos[i].x * 0.3;
        disp[i].y -= pos[i].y * 0.3;
        const d = Math.max(Math.hypot(disp[i].x, disp[i].y), 0.01);
        pos[i].x += disp[i].x / d * Math.min(d, temperature);
        pos[i].y += disp[i].y / d * Math.min(d, temperature);
      }
      temperature = Math.max(1, temperature * 0.985);
    }
    const xs = pos.map(p => p.x), ys = pos.map(p => p.y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const margin = { left: 30, right: 140, top: 30, bottom: 30 };
    // Each axis scaled on its own: the wide drawing area is used in full.
    const sx = Math.min((width - margin.left - margin.right) / Math.max(x1 - x0, 1), 3);
    const sy = Math.min((height - margin.top - margin.bottom) / Math.max(y1 - y0, 1), 3);
    const offsetX = margin.left + ((width - margin.left - margin.right) - (x1 - x0) * sx) / 2;
    const offsetY = margin.top + ((height - margin.top - margin.bottom) - (y1 - y0) * sy) / 2;
    return pos.map(p => ({ x: offsetX + (p.x - x0) * sx, y: offsetY + (p.y - y0) * sy }));
  }

  function networkChart(container, graph) {
    const nodes = graph.nodes || [], edges = graph.edges || [];
    if (!nodes.length) return empty(container);
    const f = frame(container, 560);
    const pos = layout(nodes, edges, f.width, f.height);
    const index = new Map(nodes.map((d, i) => [d.id, i]));
    const maxEvents = Math.max(...nodes.map(d => d.events), 1);
    const radius = d => 4 + 18 * Math.sqrt(d.events / maxEvents);
    const maxEdge = Math.max(...edges.map(e => e.events), 1);
    for (const e of edges) {
      const a = index.get(e.source), b = index.get(e.target);
      if (a === undefined || b === undefined) continue;
      const line = el("line", { x1: pos[a].x, y1: pos[a].y, x2: pos[b].x, y2: pos[b].y,
        stroke: goldsteinColor(e.mean_goldstein), "stroke-width": 1 + 4 * Math.sqrt(e.events / maxEdge),
        "stroke-opacity": 0.75, class: "edge" }, f.svg);
      const t = el("title", {}, line);
      t.textContent = `${e.source_name || e.source} → ${e.target_name || e.target}: ${e.events}, Goldstein ${e.mean_goldstein === null ? "–" : e.mean_goldstein.toFixed(1)}`;
    }
    const labelled = new Set(nodes.slice().sort((p, q) => q.events - p.events).slice(0, 60).map(d => d.id));
    nodes.forEach((d, i) => {
      const a = link(f.svg, `/actors/${encodeURIComponent(d.id)}`, `${d.name || d.id}: ${d.events}`);
      a.setAttribute("class", "node");
      el("circle", { cx: pos[i].x, cy: pos[i].y, r: radius(d), fill: KIND_COLORS[d.kind] || KIND_COLORS.other,
        "fill-opacity": 0.9, stroke: "#fff", "stroke-width": 1.5 }, a);
      if (labelled.has(d.id)) text(a, pos[i].x + radius(d) + 3, pos[i].y + 4, d.name || d.id, { "font-size": 12 });
    });
  }

  const CHARTS = { dyad: dyadChart, timeline: timelineChart, network: networkChart };

  function drawAll() {
    for (const container of document.querySelectorAll("[data-chart]")) {
      const draw = CHARTS[container.dataset.chart];
      const data = readData(container);
      container.replaceChildren();
      if (draw && data !== null) draw(container, data);
      container.setAttribute("data-rendered", "true");
    }
  }

  document.addEventListener("DOMContentLoaded", drawAll);
  window.VeilleurCharts = { drawAll, goldsteinColor };
})();
