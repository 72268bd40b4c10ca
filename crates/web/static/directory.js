// Progressive enhancement of the directory; everything works without it
// (filters and sort then apply with their buttons). With it, a changed
// filter, radius or sort updates the results in place: the focus stays on
// the control, the new count is announced, the address follows. Maps draw
// themselves, with the searched place and radius.
(function () {
  "use strict";

  var form = document.getElementById("recherche");
  var container = document.getElementById("carte");
  var map = null;
  var markers = null;
  var icon = null;
  var pending = null;
  var place = null;

  if (form) {
    document.documentElement.classList.add("js");
    form.addEventListener("change", function (event) {
      if (event.target.matches(".filters input, #tri, #rayon")) { update(); }
    });
    focusFirstProblem();
  }
  if (container && typeof L !== "undefined") { drawMap(); }

  // After a search the page opens at the results; a problem with the
  // search (an unknown place) takes the focus, so that it is read first.
  function focusFirstProblem() {
    var problem = document.querySelector("#problemes .notice");
    if (problem) {
      problem.setAttribute("tabindex", "-1");
      problem.focus();
    }
  }

  // The form's values as an address, without the page number (a new
  // filter starts again at page 1) and without empty values.
  function searchQuery() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (value !== "" && name !== "page") { params.append(name, value); }
    });
    return params;
  }

  function update() {
    var params = searchQuery();
    var url = "/annuaire" + (params.toString() ? "?" + params.toString() : "");
    if (pending) { pending.abort(); }
    pending = new AbortController();
    var results = document.getElementById("resultats");
    results.setAttribute("aria-busy", "true");
    fetch(url, { signal: pending.signal, headers: { Accept: "text/html" } })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var next = new DOMParser().parseFromString(html, "text/html");
        swap(next);
        results.removeAttribute("aria-busy");
        history.replaceState(null, "", url);
        var nextMap = next.getElementById("carte");
        if (map && nextMap) {
          container.dataset.radius = nextMap.dataset.radius || "";
          drawSearchedPlace();
          redrawMarkers(nextMap.dataset.geojson);
        }
      })
      .catch(function (error) {
        if (error.name === "AbortError") { return; }
        // Offline or failing: the buttons of the page without script come
        // back, and nothing is submitted behind the visitor's back.
        results.removeAttribute("aria-busy");
        document.documentElement.classList.remove("js");
      });
  }

  // Replaces the parts that depend on the search, then puts the focus back
  // on the same control and reopens the groups the visitor had opened.
  function swap(next) {
    var active = document.activeElement;
    var key = active ? selectorOf(active) : null;
    var opened = {};
    document.querySelectorAll("#filtres details.facet").forEach(function (group) {
      opened[group.dataset.param] = group.open;
    });
    ["problemes", "resultats-corps", "filtres", "vues"].forEach(function (id) {
      var current = document.getElementById(id);
      var fresh = next.getElementById(id);
      if (current && fresh) { current.replaceWith(document.importNode(fresh, true)); }
    });
    var count = next.getElementById("resultats-titre");
    if (count) { document.getElementById("resultats-titre").textContent = count.textContent; }
    document.querySelectorAll("#filtres details.facet").forEach(function (group) {
      if (opened[group.dataset.param]) { group.open = true; }
    });
    if (key && !document.body.contains(active)) {
      var again = document.querySelector(key);
      if (again) { again.focus(); }
    }
  }

  function selectorOf(element) {
    if (element.id) { return "#" + CSS.escape(element.id); }
    if (element.name && element.type === "checkbox") {
      return "input[name=\"" + CSS.escape(element.name) + "\"][value=\"" + CSS.escape(element.value) + "\"]";
    }
    return null;
  }

  function drawMap() {
    icon = L.icon({
      iconUrl: container.dataset.marker,
      iconRetinaUrl: container.dataset.marker2x,
      shadowUrl: container.dataset.shadow,
      iconSize: [25, 41],
      iconAnchor: [12, 41],
      popupAnchor: [1, -34],
      shadowSize: [41, 41]
    });
    map = L.map(container, { scrollWheelZoom: false });
    L.tileLayer(container.dataset.tiles, {
      maxZoom: 18,
      attribution: container.dataset.attribution
    }).addTo(map);

    if (container.dataset.lat) {
      var point = [parseFloat(container.dataset.lat), parseFloat(container.dataset.lon)];
      map.setView(point, 11);
      L.marker(point, { icon: icon, keyboard: false }).addTo(map);
      return;
    }
    map.setView([46.6, 2.4], 5);
    drawSearchedPlace();
    redrawMarkers(container.dataset.geojson);
  }

  // The commune searched around, and the circle of the chosen radius.
  function drawSearchedPlace() {
    if (place) { place.remove(); }
    if (!container.dataset.placeLat) { return; }
    var centre = [parseFloat(container.dataset.placeLat), parseFloat(container.dataset.placeLon)];
    place = L.layerGroup().addTo(map);
    L.circleMarker(centre, { radius: 7, color: "#1f4d16", fillOpacity: 0.9 })
      .bindTooltip(container.dataset.place)
      .addTo(place);
    if (container.dataset.radius) {
      L.circle(centre, {
        radius: parseFloat(container.dataset.radius),
        color: "#1f4d16",
        weight: 2,
        fillOpacity: 0.05,
        interactive: false
      }).addTo(place);
    }
  }

  function redrawMarkers(address) {
    if (!map) { return; }
    fetch(address, { headers: { Accept: "application/geo+json" } })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        if (markers) { markers.remove(); }
        markers = L.geoJSON(data, {
          pointToLayer: function (feature, latlng) {
            return L.marker(latlng, { icon: icon, title: feature.properties.name });
          },
          onEachFeature: function (feature, marker) {
            // A popup narrower than the map, so that it fits a phone.
            marker.bindPopup(popup(feature.properties), {
              maxWidth: Math.min(280, container.clientWidth - 60),
              autoPanPadding: [10, 10]
            });
          }
        }).addTo(map);
        var bounds = markers.getBounds();
        if (container.dataset.radius) {
          var centre = [parseFloat(container.dataset.placeLat), parseFloat(container.dataset.placeLon)];
          bounds = bounds.isValid() ? bounds.extend(L.latLng(centre).toBounds(2 * parseFloat(container.dataset.radius)))
            : L.latLng(centre).toBounds(2 * parseFloat(container.dataset.radius));
        }
        if (bounds.isValid()) {
          map.fitBounds(bounds, { maxZoom: 11, padding: [20, 20] });
        }
      })
      .catch(function () { container.classList.add("map-error"); });
  }

  function popup(p) {
    var box = document.createElement("div");
    box.className = "map-popup";
    var link = document.createElement("a");
    link.href = p.url;
    link.textContent = p.name;
    var strong = document.createElement("strong");
    strong.appendChild(link);
    box.appendChild(strong);
    if (p.place) {
      var place = document.createElement("p");
      place.textContent = p.place.commune_name + " (" + p.place.departement + ")";
      box.appendChild(place);
    }
    var pitch = document.createElement("p");
    pitch.textContent = p.pitch;
    box.appendChild(pitch);
    return box;
  }
})();
