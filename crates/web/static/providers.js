// The provider space, enhanced: a live count under texts with a limit.
// Without this script the count shown is the one of the last save.
(function () {
  "use strict";

  function counter(area) {
    var max = parseInt(area.getAttribute("data-max"), 10);
    var shown = document.getElementById(area.id + "-count");
    var live = document.getElementById(area.id + "-count-live");
    if (!max || !shown) return;
    var pending = null;
    function update() {
      var count = Array.from(area.value.trim()).length;
      var over = count > max;
      var template = shown.getAttribute(over ? "data-over-template" : "data-template");
      shown.textContent = template.replace("{count}", String(count));
      shown.classList.toggle("counter-over", over);
      // Screen readers hear the count once the typing pauses, not per key.
      if (live) {
        clearTimeout(pending);
        pending = setTimeout(function () { live.textContent = shown.textContent; }, 1000);
      }
    }
    area.addEventListener("input", update);
  }

  document.querySelectorAll("textarea[data-max]").forEach(counter);
})();
