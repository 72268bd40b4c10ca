// Progressive enhancement of the directory: filters apply as soon as they
// change, and maps draw themselves. Everything works without this script.
(function () {
  "use strict";

  var form = document.getElementById("recherche");
  if (form) {
    document.documentElement.classList.add("js");
    form.addEventListener("change", function (event) {
      var target = event.target;
      if (target.matches(".filters input, #tri, #rayon")) {
        var page = form.querySelector("input[name=page]");
        if (page) { page.remove(); }
        form.submit();
      }
    });
  }

  var container = document.getElementById("carte");
  if (!container || typeof L === "undefined") { return; }

  var icon = L.icon({
    iconUrl: container.dataset.marker,
    iconRetinaUrl: container.dataset.marker2x,
    shadowUrl: container.dataset.shadow,
    iconSize: [25, 41],
    iconAnchor: [12, 41],
    popupAnchor: [1, -34],
    shadowSize: [41, 41]
  });
  var map = L.map(container, { scrollWheelZoom: false });
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
  fetch(container.dataset.geojson, { headers: { Accept: "application/geo+json" } })
    .then(function (response) { return response.json(); })
    .then(function (data) {
      var layer = L.geoJSON(data, {
        pointToLayer: function (feature, latlng) {
          return L.marker(latlng, { icon: icon, title: feature.properties.name });
        },
        onEachFeature: function (feature, marker) {
          var p = feature.properties;
          var box = document.createElement("div");
          var link = document.createElement("a");
          link.href = p.url;
          link.textContent = p.name;
          var strong = document.createElement("strong");
          strong.appendChild(link);
          box.appendChild(strong);
          var place = document.createElement("p");
          place.textContent = p.place ? p.place.commune_name + " (" + p.place.departement + ")" : "";
          box.appendChild(place);
          var pitch = document.createElement("p");
          pitch.textContent = p.pitch;
          box.appendChild(pitch);
          marker.bindPopup(box);
        }
      }).addTo(map);
      if (data.features.length > 0) {
        map.fitBounds(layer.getBounds(), { maxZoom: 11, padding: [20, 20] });
      }
    })
    .catch(function () { container.classList.add("map-error"); });
})();
