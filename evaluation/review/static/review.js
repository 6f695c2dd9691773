// newsclaims review page: keyboard shortcuts and the calls to the JSON API. No build step.
(function () {
  "use strict";
  const $ = (sel, root) => (root || document).querySelector(sel);
  const $$ = (sel, root) => Array.from((root || document).querySelectorAll(sel));
  const reviewer = $("#reviewer");
  const status = $("#status");
  const cards = $$(".claim-card");
  let current = -1;

  // The reviewer's name outlives the tab.
  reviewer.value = localStorage.getItem("newsclaims.reviewer") || "";
  reviewer.addEventListener("change", () => localStorage.setItem("newsclaims.reviewer", reviewer.value.trim()));
  reviewer.addEventListener("input", () => localStorage.setItem("newsclaims.reviewer", reviewer.value.trim()));

  function say(message, isError) {
    status.textContent = message;
    status.className = isError ? "error" : "ok";
  }

  function marksOf(id) {
    return $$("mark.claim").filter((m) => m.dataset.claimId === id);
  }

  // Scroll the text pane (not the window) so that el is in view.
  function showInPane(el) {
    const pane = el.closest(".text-pane");
    if (!pane) return;
    const r = el.getBoundingClientRect(), p = pane.getBoundingClientRect();
    if (r.top < p.top || r.bottom > p.bottom) pane.scrollTop += r.top - p.top - p.height / 3;
  }

  // Select card i; with scroll false (the first card on load) the window stays where it is, so the
  // findings at the top of the page stay in view.
  function select(i, scroll) {
    if (!cards.length) return;
    current = Math.max(0, Math.min(cards.length - 1, i));
    cards.forEach((c) => c.classList.remove("selected"));
    $$("mark.claim.current").forEach((m) => m.classList.remove("current"));
    const card = cards[current];
    card.classList.add("selected");
    if (scroll !== false) card.scrollIntoView({ block: "nearest" });
    marksOf(card.dataset.claimId).forEach((m) => {
      m.classList.add("current");
      showInPane(m);
    });
  }

  function selectId(id, scroll) {
    const i = cards.findIndex((c) => c.dataset.claimId === id);
    if (i >= 0) select(i, scroll);
    return i >= 0;
  }

  // -- the correction form's span from a selection in the article text ----------------------------
  const textEl = $("#article-text");
  const articleText = textEl ? Array.from(textEl.textContent) : [];  // code points: the API's offsets
  let formCard = null;  // the card whose correction form was opened last

  // The selection inside the article text as code-point offsets, trimmed of white space; or null.
  function selectionSpan() {
    const sel = window.getSelection();
    if (!textEl || !sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    const range = sel.getRangeAt(0);
    if (!textEl.contains(range.startContainer) || !textEl.contains(range.endContainer)) return null;
    const before = document.createRange();
    before.setStart(textEl, 0);
    before.setEnd(range.startContainer, range.startOffset);
    let start = Array.from(before.toString()).length;
    let end = start + Array.from(range.toString()).length;
    while (start < end && /\s/.test(articleText[start])) start++;
    while (end > start && /\s/.test(articleText[end - 1])) end--;
    if (start >= end) return null;
    return { start: start, end: end, text: articleText.slice(start, end).join("") };
  }

  // The sentence around [start, end): from after the last ". ", "! ", "? " or line break before it
  // to the next one after it.
  function sentenceAround(start, end) {
    let s = start, e = end;
    while (s > 0 && !(articleText[s - 1] === "\n" || (/\s/.test(articleText[s - 1]) && /[.!?]/.test(articleText[s - 2] || "")))) s--;
    while (s < start && /\s/.test(articleText[s])) s++;
    while (e < articleText.length && articleText[e] !== "\n" && !(/[.!?]/.test(articleText[e]) && (e + 1 >= articleText.length || /\s/.test(articleText[e + 1])))) e++;
    if (e < articleText.length && articleText[e] !== "\n") e++;
    return { start: s, end: e };
  }

  function setSpanFromSelection() {
    if (!formCard) return false;
    const form = $(".correct-form", formCard);
    if (form.hidden) return false;
    const span = selectionSpan();
    if (!span) return false;
    const field = (name) => $('[name="' + name + '"]', form);
    field("quantity.start").value = span.start;
    field("quantity.end").value = span.end;
    field("quantity.text").value = span.text;
    const ss = Number(field("sentence.start").value), se = Number(field("sentence.end").value);
    if (!(ss <= span.start && span.end <= se)) {
      const sentence = sentenceAround(span.start, span.end);
      field("sentence.start").value = sentence.start;
      field("sentence.end").value = sentence.end;
    }
    $(".span-hint", form).textContent = "Span set from your selection: characters " + span.start + "–" + span.end +
      " “" + span.text + "”. Check the value, then save.";
    return true;
  }
  document.addEventListener("selectionchange", setSpanFromSelection);

  // The corrected claim from the edit form: the shown claim with every field set from its input.
  function formClaim(card) {
    const claim = JSON.parse(card.dataset.claim);
    $$("[name]", $(".correct-form", card)).forEach((input) => {
      const path = input.name.split(".");
      const type = input.dataset.type || "str";
      const raw = input.value.trim();
      let value;
      if (raw === "" && (type.endsWith("?"))) value = null;
      else if (type.startsWith("int") || type.startsWith("number")) value = raw === "" || isNaN(Number(raw)) ? raw : Number(raw);
      else value = input.value;
      let obj = claim;
      for (const part of path.slice(0, -1)) {
        if (obj[part] === null || typeof obj[part] !== "object") obj[part] = {};
        obj = obj[part];
      }
      const last = path[path.length - 1];
      if (last === "value_max" && value === null) delete obj[last];
      else obj[last] = value;
    });
    if (claim.period && !claim.period.text && claim.period.start === null && claim.period.end === null) claim.period = null;
    if (claim.period && claim.period.text === null) claim.period.text = "";
    const q = claim.quantity;
    claim.claim_id = claim.article_id + ":" + q.start + "-" + q.end;
    return claim;
  }

  async function decide(card, decision) {
    const name = reviewer.value.trim();
    const error = $(".error", card);
    if (!name) {
      say("Enter your name in the Reviewer box first: every decision is stored with it.", true);
      reviewer.focus();
      return;
    }
    const note = $("input.note", card).value.trim();
    const body = { decision: decision, reviewer: name, note: note || null };
    if (decision === "correct") {
      body.claim = formClaim(card);
      if ($(".confirm-value", card).checked) body.confirm_value = true;
    }
    const id = card.dataset.claimId;
    let response, payload;
    try {
      response = await fetch("/api/claims/" + encodeURIComponent(id) + "/decision", {
        method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
      });
      payload = await response.json();
    } catch (e) {
      say("Could not reach the server: " + e, true);
      return;
    }
    if (!response.ok) {
      error.textContent = payload.error + (payload.problems && payload.problems.length ? ": " + payload.problems.join("; ") : "");
      error.hidden = false;
      // A value far from the number written in the text: saved only when the reviewer ticks "keep".
      if (payload.confirm === "confirm_value") $(".keep-value", card).hidden = false;
      say("Not saved: " + payload.error, true);
      return;
    }
    error.hidden = true;
    if (decision === "correct" || decision === "note") {
      // The fields (or notes) changed: show the page again as the server renders it, on this claim.
      sessionStorage.setItem("newsclaims.reloadTo", id);
      location.reload();
      return;
    }
    $("input.note", card).value = "";
    const state = payload.state;
    card.dataset.state = state;
    card.className = card.className.replace(/\bstate-\w+/, "state-" + state);
    const badge = $(".state-badge", card);
    badge.textContent = state;
    badge.className = "badge state-badge state-" + state;
    $(".decision-line", card).textContent = state + " by " + payload.decision.reviewer + " at " + payload.decision.decided_at;
    marksOf(id).forEach((m) => { m.className = m.className.replace(/\bstate-\w+/, "state-" + state); });
    if (note) {
      let notes = $(".notes", card);
      if (!notes) {
        notes = document.createElement("ul");
        notes.className = "notes";
        $(".decision-line", card).after(notes);
      }
      const li = document.createElement("li");
      li.textContent = note + " — " + name;
      notes.appendChild(li);
    }
    say(state.charAt(0).toUpperCase() + state.slice(1) + ": " + id);
  }

  function openForm(card) {
    const form = $(".correct-form", card);
    form.hidden = false;
    formCard = card;
    const first = $("[name]", form);
    if (first) first.focus();
  }

  cards.forEach((card, i) => {
    card.addEventListener("click", (e) => {
      if (!e.target.closest("input, select, button, form")) select(i);
    });
    $$("button[data-decision]", card).forEach((b) => b.addEventListener("click", () => { select(i); decide(card, b.dataset.decision); }));
    $(".btn-correct", card).addEventListener("click", () => { select(i); openForm(card); });
    $(".btn-cancel", card).addEventListener("click", () => { $(".correct-form", card).hidden = true; });
    $(".correct-form", card).addEventListener("submit", (e) => { e.preventDefault(); decide(card, "correct"); });
  });

  $$("mark.claim").forEach((m) => m.addEventListener("click", () => {
    if (formCard && !$(".correct-form", formCard).hidden && selectionSpan()) return;  // choosing a span
    if (!selectId(m.dataset.claimId)) say("That claim is hidden by the filters.", true);
  }));

  // A finding's claims: linked from the finding, highlighted in the text while it is pointed at.
  $$(".finding").forEach((f) => {
    const ids = (f.dataset.claimIds || "").split(" ");
    const mark = (on) => ids.forEach((id) => marksOf(id).forEach((m) => m.classList.toggle("hovered", on)));
    f.addEventListener("mouseenter", () => mark(true));
    f.addEventListener("mouseleave", () => mark(false));
  });
  $$(".finding-claim").forEach((a) => a.addEventListener("click", (e) => {
    e.preventDefault();
    $$("mark.claim.linked").forEach((m) => m.classList.remove("linked"));
    const ids = (a.closest(".finding").dataset.claimIds || "").split(" ");
    ids.forEach((id) => marksOf(id).forEach((m) => m.classList.add("linked")));
    if (!selectId(a.dataset.claimId)) say("Claim " + a.dataset.claimId + " is hidden by the filters.", true);
  }));

  const help = $("#help");
  $("#help-toggle").addEventListener("click", () => { help.hidden = !help.hidden; });

  document.addEventListener("keydown", (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const typing = e.target.closest && e.target.closest("input, textarea, select");
    if (e.key === "Escape") {
      $$(".correct-form").forEach((f) => { f.hidden = true; });
      help.hidden = true;
      if (typing) e.target.blur();
      return;
    }
    if (typing) return;
    const card = cards[current];
    switch (e.key) {
      case "j": select(current + 1); break;
      case "k": select(current < 0 ? 0 : current - 1); break;
      case "c": if (card) decide(card, "confirm"); break;
      case "r": if (card) decide(card, "reject"); break;
      case "e": if (card) openForm(card); break;
      case "n": if (card) $("input.note", card).focus(); break;
      case "/": { const s = $("#search"); if (s) s.focus(); break; }
      case "[": { const a = $("#prev-article"); if (a) location.href = a.href; break; }
      case "]": { const a = $("#next-article"); if (a) location.href = a.href; break; }
      case "?": help.hidden = !help.hidden; break;
      default: return;
    }
    e.preventDefault();
  });

  // On load: the claim named in the address (#claim-ID, from a finding on another article's page),
  // else the claim just corrected (the page reloads after a correction), else the first card,
  // selected without scrolling: the findings at the top stay in view.
  function fromHash() {
    const hash = decodeURIComponent(location.hash.slice(1));
    if (!hash.startsWith("claim-")) return false;
    const id = hash.slice("claim-".length);
    if (selectId(id)) {
      marksOf(id).forEach((m) => m.classList.add("linked"));
      return true;
    }
    say("Claim " + id + " is not on this page (filtered out?).", true);
    return false;
  }
  window.addEventListener("hashchange", fromHash);
  const reloadTo = sessionStorage.getItem("newsclaims.reloadTo");
  sessionStorage.removeItem("newsclaims.reloadTo");
  if (!fromHash() && !(reloadTo && selectId(reloadTo)) && cards.length) select(0, false);
})();
