// Draws the ego network or the shortest paths with cytoscape.js (installed from npm into /vendor).
(function () {
  const box = document.getElementById("cy");
  if (!box) return;
  const p = new URLSearchParams(window.location.search);
  const d = box.dataset;
  let url = null;
  const filters = ["type", "modality"].map(k => p.get(k) ? `&${k}=${encodeURIComponent(p.get(k))}` : "").join("");
  if (d.a && d.b) url = `/api/paths?a=${encodeURIComponent(d.a)}&b=${encodeURIComponent(d.b)}${filters}`;
  else if (d.entity) url = `/api/network?entity=${encodeURIComponent(d.entity)}&depth=${d.depth || 1}${filters}`;
  if (!url) { box.innerHTML = '<p class="muted">Choose an entity, or two entities to find the paths between them.</p>'; return; }
  const info = document.getElementById("edge-info");
  const colours = {PERSON: "#2f6fb3", ORG: "#b5542c", GPE: "#3d8b4f", LOC: "#6b8e23", FACILITY: "#7a5aa6"};
  fetch(url).then(r => r.json().then(body => ({ok: r.ok, body}))).then(({ok, body}) => {
    if (!ok) { box.innerHTML = `<p class="warn">${body.detail || "error"}</p>`; return; }
    if (typeof cytoscape === "undefined") {
      box.innerHTML = "<ul>" + body.edges.map(e => `<li>${e.data.source} ${e.data.label} ${e.data.target} (${e.data.modality})</li>`).join("") + "</ul>";
      return;
    }
    const cy = cytoscape({
      container: box,
      elements: [...body.nodes, ...body.edges],
      style: [
        {selector: "node", style: {"label": "data(label)", "font-size": 11, "text-wrap": "wrap", "text-max-width": 120,
          "background-color": ele => colours[ele.data("type")] || "#888", "width": 18, "height": 18, "color": "#222"}},
        {selector: "node[?focus]", style: {"border-width": 3, "border-color": "#f2b705", "width": 26, "height": 26}},
        {selector: "edge", style: {"label": "data(label)", "font-size": 9, "curve-style": "bezier", "width": 2,
          "target-arrow-shape": "triangle", "line-color": "#666", "target-arrow-color": "#666", "color": "#444",
          "text-background-color": "#fff", "text-background-opacity": 0.8}},
        {selector: "edge[modality = 'alleged']", style: {"line-style": "dashed", "line-color": "#c77d00", "target-arrow-color": "#c77d00"}},
        {selector: "edge[modality = 'denied']", style: {"line-style": "dotted", "line-color": "#b22", "target-arrow-color": "#b22"}},
      ],
      // A small graph would be fitted to the box at a huge zoom (giant labels): cap the zoom.
      minZoom: 0.2, maxZoom: 1.3, wheelSensitivity: 0.3,
      // Force-directed, seeded: a link between two neighbours of the focus bends away from the focus instead
      // of running straight through it (a ring layout put opposite neighbours' links over the focus's own).
      layout: {name: "cose", animate: false, padding: 50, randomize: false, nodeRepulsion: () => 400000,
               idealEdgeLength: () => 140, nodeOverlap: 20, componentSpacing: 120, numIter: 1500},
    });
    cy.on("tap", "node", evt => { window.location = `/entity/${evt.target.id()}`; });
    cy.on("tap", "edge", evt => {
      const e = evt.target.data();
      const ev = e.evidence;
      info.innerHTML = `<b>${e.label}</b> (${e.modality}, ${e.outlets} outlet(s)) ` +
        (ev ? `<a id="edge-evidence" href="/article/${ev.article_id}?start=${ev.start}&end=${ev.end}#hl">open the sentence</a>` : "");
    });
    window.casegraphNetwork = cy;
  });
})();
