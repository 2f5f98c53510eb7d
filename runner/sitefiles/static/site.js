// Small conveniences; every page works without them (links are plain links).
(function () {
  "use strict";
  document.querySelectorAll("select.goto").forEach(function (select) {
    select.addEventListener("change", function () { window.location.href = select.value; });
  });
  var form = document.getElementById("compare-form");
  if (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var a = document.getElementById("cmp-a").selectedOptions[0];
      var b = document.getElementById("cmp-b").selectedOptions[0];
      if (a.value === b.value) { window.alert("Choose two different runs."); return; }
      // Pages exist for each pair in the site's order; swap a reversed choice.
      if (Number(a.dataset.order) > Number(b.dataset.order)) { var t = a; a = b; b = t; }
      window.location.href = form.dataset.root + "compare/" + a.value + "--" + b.value + ".html";
    });
  }
})();
