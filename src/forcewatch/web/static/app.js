// forcewatch review app: keyboard shortcuts in the review queue, the map, the charts.
// No inline scripts anywhere (the CSP allows only files from this site); data comes from
// JSON endpoints or <script type="application/json"> islands, and is put in the page as text.
"use strict";

function reviewQueue() {
  const table = document.getElementById("queue");
  if (!table) return;
  let current = 0;
  const rows = () => Array.from(table.querySelectorAll("tbody tr[data-href]"));
  const mark = () => {
    rows().forEach((r, n) => r.classList.toggle("current", n === current));
    const row = rows()[current];
    if (row) row.scrollIntoView({ block: "nearest" });
  };
  document.addEventListener("keydown", (event) => {
    if (event.target.closest("input, textarea, select") || event.ctrlKey || event.metaKey || event.altKey) return;
    const list = rows();
    if (!list.length) return;
    current = Math.min(current, list.length - 1);
    const row = list[current];
    if (event.key === "j") { current = Math.min(current + 1, list.length - 1); mark(); }
    else if (event.key === "k") { current = Math.max(current - 1, 0); mark(); }
    else if (event.key === "o" || event.key === "Enter") { window.location.href = row.dataset.href; }
    else if (event.key === "v") { row.querySelector('[data-action="verify"]')?.click(); }
    else if (event.key === "x") { row.querySelector('[data-action="reject"]')?.click(); }
    else return;
    event.preventDefault();
  });
  mark();
}

function popupContent(props) {
  const box = document.createElement("div");
  const link = document.createElement("a");
  link.href = "/incidents/" + encodeURIComponent(props.id);
  link.textContent = "Incident " + props.id;
  const text = document.createElement("div");
  text.textContent = [props.date || "no date", props.place || "", "killed: " + props.killed, props.status].join(" · ");
  box.append(link, text);
  return box;
}

async function incidentMap() {
  const element = document.getElementById("map");
  if (!element || !window.L) return;
  const map = L.map(element, { worldCopyJump: true, minZoom: 2 }).setView([0, -60], 3);
  const summary = document.getElementById("map-summary");
  const [world, data] = await Promise.all([
    fetch(element.dataset.countries).then((r) => r.json()),
    fetch(element.dataset.source, { credentials: "same-origin" }).then((r) => r.json()),
  ]);
  if (data.error) { summary.textContent = data.error; return; }
  const counts = data.per_country || {};
  const most = Math.max(1, ...Object.values(counts));
  const shade = (n) => (n ? `rgba(179, 38, 30, ${0.15 + 0.6 * (n / most)})` : "#f4f1ea");
  const countries = topojson.feature(world, world.objects.countries);
  L.geoJSON(countries, {
    style: (feature) => ({ color: "#8a8f96", weight: 0.6, fillOpacity: 1, fillColor: shade(counts[feature.id] || 0) }),
    onEachFeature: (feature, layer) => {
      const n = counts[feature.id] || 0;
      layer.bindTooltip(`${feature.properties.name}: ${n} incident${n === 1 ? "" : "s"}`, { sticky: true });
    },
  }).addTo(map);
  const points = L.geoJSON(data, {
    pointToLayer: (feature, latlng) => {
      const killed = parseInt(feature.properties.killed, 10);
      const radius = 4 + Math.min(16, Number.isFinite(killed) ? Math.sqrt(killed) * 3 : 0);
      return L.circleMarker(latlng, { radius, color: "#7a1410", weight: 1, fillColor: "#d9480f", fillOpacity: 0.7 });
    },
    onEachFeature: (feature, layer) => layer.bindPopup(popupContent(feature.properties)),
  }).addTo(map);
  const located = data.features.length;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  summary.textContent = `${located} located incidents shown; ${total} incidents with a country.`;
  if (located) map.fitBounds(points.getBounds().pad(0.3), { maxZoom: 7 });
}

function charts() {
  const island = document.getElementById("chart-data");
  if (!island || !window.Chart) return;
  const data = JSON.parse(island.textContent);
  // 16 distinguishable colours (Tableau 10 and 6 more); "unknown" is grey.
  const palette = ["#4e79a7", "#e15759", "#59a14f", "#f28e2b", "#b07aa1", "#76b7b2", "#edc948",
    "#ff9da7", "#9c755f", "#1b3b6f", "#8cd17d", "#d37295", "#499894", "#b6992d", "#86bcb6", "#6b2d5c"];
  const colour = (label, n) => (label === "unknown" ? "#b0b6bd" : palette[n % palette.length]);
  const killed = document.getElementById("killed-chart");
  new Chart(killed, {
    type: "bar",
    data: {
      labels: data.periods,
      datasets: data.series.map((s, n) => ({ label: s.label, data: s.data, backgroundColor: colour(s.label, n), stack: "killed" })),
    },
    options: { animation: false, responsive: true, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, title: { display: true, text: "civilians killed" } } } },
  });
  const lethality = document.getElementById("lethality-chart");
  new Chart(lethality, {
    type: "bar",
    data: { labels: data.lethality.map((r) => r.label), datasets: [{ label: "lethality index", data: data.lethality.map((r) => r.value), backgroundColor: "#b3261e" }] },
    options: { animation: false, indexAxis: "y", responsive: true, plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true } } },
  });
}

document.addEventListener("DOMContentLoaded", () => {
  reviewQueue();
  incidentMap().catch((error) => {
    const summary = document.getElementById("map-summary");
    if (summary) summary.textContent = "The map could not be drawn: " + error;
  });
  charts();
});
