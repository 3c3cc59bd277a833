// Rallied review queue: keyboard shortcuts and the bulk-selection counter. No dependencies.
(function () {
  "use strict";
  var cards = Array.prototype.slice.call(document.querySelectorAll("article.card"));
  var current = -1;

  function select(index) {
    if (!cards.length) return;
    index = Math.max(0, Math.min(cards.length - 1, index));
    if (cards[current]) cards[current].classList.remove("selected");
    current = index;
    cards[current].classList.add("selected");
    cards[current].focus({ preventScroll: true });
    cards[current].scrollIntoView({ block: "nearest" });
  }

  function openPanel(card, role) {
    var panel = card.querySelector('details[data-role="' + role + '"]');
    if (!panel) return;
    card.querySelectorAll("details.panel").forEach(function (d) { if (d !== panel) d.open = false; });
    panel.open = true;
    var field = panel.querySelector("textarea, input[type=text], select");
    if (field) field.focus();
  }

  function submitOnce(form) {
    if (!form || form.dataset.sent) return;
    if (form.requestSubmit) form.requestSubmit(); else form.submit();
  }

  var bulkCount = document.getElementById("bulk-count");
  var bulkButton = document.getElementById("bulk-approve");
  function updateBulk() {
    var n = document.querySelectorAll('input[name="item"][form="bulk-form"]:checked').length;
    if (bulkCount) bulkCount.textContent = String(n);
    if (bulkButton) bulkButton.disabled = n === 0;
  }
  document.addEventListener("change", function (e) {
    if (e.target.matches('input[name="item"]')) updateBulk();
  });

  cards.forEach(function (card, i) {
    card.addEventListener("click", function (e) {
      if (!e.target.closest("a, button, input, select, textarea, summary")) select(i);
      else if (current !== i) { if (cards[current]) cards[current].classList.remove("selected"); current = i; card.classList.add("selected"); }
    });
  });

  // Forms are sent once: a double press of Enter or "a" must not send a second decision.
  document.addEventListener("submit", function (e) {
    if (e.target.dataset.sent) { e.preventDefault(); return; }
    e.target.dataset.sent = "1";
  });

  document.addEventListener("keydown", function (e) {
    var el = e.target;
    var typing = el.matches && el.matches("input[type=text], input[type=password], textarea, select");
    if (typing) {
      if (e.key === "Escape") {
        var panel = el.closest("details.panel");
        if (panel) panel.open = false;
        el.blur();
        if (cards[current]) cards[current].focus({ preventScroll: true });
      } else if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        submitOnce(el.form);
      }
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey || !cards.length) return;
    var card = cards[current] || cards[0];
    switch (e.key) {
      case "j": select(current + 1); break;
      case "k": select(current - 1); break;
      case "a": submitOnce(card.querySelector('form[data-role="approve"]')); break;
      case "e": openPanel(card, "edit"); break;
      case "r": openPanel(card, "reject"); break;
      case "x": {
        var box = card.querySelector('input[name="item"]');
        if (box) { box.checked = !box.checked; updateBulk(); }
        break;
      }
      default: return;
    }
    e.preventDefault();
  });

  updateBulk();
  if (cards.length) select(0);
})();
