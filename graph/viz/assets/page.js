// Draws one policykg view from the JSON in #view-data. Source text only ever reaches the page
// through textContent, so a title holding markup shows as text and runs nothing.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("view-data").textContent);

  function add(parent, className, text) {
    var element = document.createElement("div");
    element.className = className;
    element.textContent = text;
    parent.appendChild(element);
    return element;
  }

  function tipElement(tip) {
    var box = document.createElement("div");
    box.className = "tip";
    add(box, "heading", tip.heading).style.fontWeight = "bold";
    tip.lines.forEach(function (line) { add(box, "line", line); });
    tip.cards.forEach(function (index) {
      var card = data.cards[index];
      var holder = add(box, "card", "");
      add(holder, "title", card.title);
      add(holder, "meta", card.date + " · " + card.issuers);
      if (card.passage) { add(holder, "passage", card.passage); }
    });
    if (tip.more) { add(box, "more", "… 另有 " + tip.more + " 条 and " + tip.more + " more"); }
    return box;
  }

  function withTip(item) {
    var out = Object.assign({}, item);
    delete out.tip;
    if (item.tip) { out.title = tipElement(item.tip); }
    return out;
  }

  var nodes = new vis.DataSet(data.nodes.map(withTip));
  var edges = new vis.DataSet(data.edges.map(withTip));
  var network = new vis.Network(document.getElementById("network"), { nodes: nodes, edges: edges }, data.options);
  window.network = network;
  if (data.start) { network.moveTo(data.start); }

  var status = document.getElementById("search-status");
  document.getElementById("search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var query = document.getElementById("search").value.trim().toLowerCase();
    if (!query) { network.unselectAll(); status.textContent = ""; return; }
    var found = nodes.get({
      filter: function (node) {
        return !node.hidden && (node.search || node.label || "").toLowerCase().indexOf(query) !== -1;
      }
    }).map(function (node) { return node.id; });
    network.selectNodes(found);
    if (found.length) { network.fit({ nodes: found, animation: false }); }
    status.textContent = "找到 " + found.length + " 个 · " + found.length + " found";
  });

  document.querySelectorAll("#legend input[data-kind]").forEach(function (box) {
    box.addEventListener("change", function () {
      var kind = box.getAttribute("data-kind");
      nodes.update(nodes.getIds({ filter: function (node) { return node.kind === kind; } })
        .map(function (id) { return { id: id, hidden: !box.checked }; }));
    });
  });
})();
