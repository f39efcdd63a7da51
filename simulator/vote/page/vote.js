// The phone page of the class vote. It asks the program for the state every POLL_MS, shows the customer's
// line and the answers as big buttons, and sends this phone's vote. Every text goes in through textContent:
// nothing the server sends is ever read as markup.
"use strict";

(function () {
  const POLL_MS = 1500;
  const SLOW_MS = 4000;
  const TEXTS = {
    nl: {
      title: "Stem mee",
      waiting: "Wachten op de volgende vraag…",
      speaker: "De klant zegt",
      prompt: "Wat zeg jij? Tik op je antwoord",
      open: "De stemming is open",
      voted: "Je stem is binnen. Je mag nog van gedachten veranderen.",
      votes: (n) => (n === 1 ? "1 stem tot nu toe" : n + " stemmen tot nu toe"),
      closedTitle: "De stemming is gesloten",
      chose: "De klas koos:",
      tie: "Gelijke stand: de trainer kiest.",
      yours: "Jouw stem:",
      none: "Je hebt deze keer niet gestemd.",
      next: "Kijk naar het scherm. De volgende vraag verschijnt hier vanzelf.",
      revealedTitle: "Onthuld op het scherm",
      revealed: "Wat deed dit antwoord met het vertrouwen, en waarom? De volgende vraag verschijnt hier vanzelf.",
      badCode: "Deze klascode klopt niet. Scan de QR-code op het scherm opnieuw, of typ de code.",
      codeLabel: "Klascode",
      join: "Meedoen",
      offline: "Geen verbinding met het scherm; opnieuw proberen…",
      busy: "Even rustig aan; opnieuw proberen…",
      refused: "Je stem is niet aangenomen:",
    },
    en: {
      title: "Vote",
      waiting: "Waiting for the next question…",
      speaker: "The customer says",
      prompt: "What do you say? Tap your answer",
      open: "Voting is open",
      voted: "Your vote is in. You can still change your mind.",
      votes: (n) => (n === 1 ? "1 vote so far" : n + " votes so far"),
      closedTitle: "Voting is closed",
      chose: "The class chose:",
      tie: "A tie: the trainer picks.",
      yours: "Your vote:",
      none: "You did not vote this time.",
      next: "Watch the screen. The next question appears here by itself.",
      revealedTitle: "Revealed on the screen",
      revealed: "What did this answer do to trust, and why? The next question appears here by itself.",
      badCode: "This room code is not right. Scan the QR code on the screen again, or type the code.",
      codeLabel: "Room code",
      join: "Join",
      offline: "No connection to the screen; trying again…",
      busy: "Slow down a little; trying again…",
      refused: "Your vote was not taken:",
    },
  };

  const $ = (id) => document.getElementById(id);
  const code = (new URLSearchParams(window.location.search).get("code") || "").trim();
  const device = deviceId();
  // Until the program says which language the session is in, follow the phone's own.
  let language = (navigator.language || "").toLowerCase().startsWith("nl") ? "nl" : "en";
  let last = null; // the last state shown
  let shownOptions = ""; // the options the buttons were built for (ids and texts)
  let sending = false;
  let timer = 0;

  function deviceId() {
    // An anonymous id for this phone, kept so that voting again replaces its vote; it says nothing about anyone.
    const key = "class-vote-device";
    try {
      const kept = window.localStorage.getItem(key);
      if (kept && /^[A-Za-z0-9_-]{8,64}$/.test(kept)) return kept;
    } catch (e) { /* storage may be off (private browsing): an id for this visit only */ }
    const bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    const id = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
    try { window.localStorage.setItem(key, id); } catch (e) { /* see above */ }
    return id;
  }

  function t() { return TEXTS[language] || TEXTS.nl; }

  function setStatus(text, tone) {
    const status = $("status");
    status.textContent = text;
    status.className = "status" + (tone ? " " + tone : "");
  }

  function schedule(ms) {
    window.clearTimeout(timer);
    timer = window.setTimeout(poll, ms);
  }

  async function poll() {
    if (!code) { show403(); return; }
    let next = POLL_MS;
    try {
      const url = "/api/state?code=" + encodeURIComponent(code) + "&device=" + encodeURIComponent(device);
      const response = await fetch(url, { cache: "no-store" });
      if (response.status === 403) { show403(); return; }
      if (response.status === 429) { setStatus(t().busy, "warn"); next = SLOW_MS; }
      else if (response.ok) { render(await response.json()); }
      else { setStatus(t().offline, "warn"); next = SLOW_MS; }
    } catch (e) {
      setStatus(t().offline, "warn");
      next = SLOW_MS;
    }
    schedule(next);
  }

  function show403() {
    $("question").hidden = true;
    $("result").hidden = true;
    $("note").textContent = "";
    setStatus(t().badCode, "warn");
    document.documentElement.lang = language;
    $("code-label").textContent = t().codeLabel;
    $("join-button").textContent = t().join;
    $("join").hidden = false;
  }

  $("join").addEventListener("submit", (event) => {
    // The typed code goes into the address, as the QR code would have put it.
    event.preventDefault();
    const typed = $("code-input").value.trim().toUpperCase();
    if (typed) window.location.search = "?code=" + encodeURIComponent(typed);
  });

  function render(state) {
    if (state.language === "nl" || state.language === "en") {
      language = state.language;
      document.documentElement.lang = language;
    }
    document.title = t().title;
    last = state;
    $("join").hidden = true;
    const options = Array.isArray(state.options) ? state.options : [];
    if (!options.length) {
      $("question").hidden = true;
      $("result").hidden = true;
      $("note").textContent = "";
      setStatus(t().waiting);
      shownOptions = "";
      return;
    }
    $("question").hidden = false;
    $("speaker").textContent = t().speaker;
    $("line").textContent = String(state.line || "");
    $("prompt").textContent = t().prompt;
    buildButtons(options, state.round);
    for (const button of $("options").children) {
      button.setAttribute("aria-pressed", String(button.dataset.option === state.mine));
      button.disabled = !state.open;
    }
    if (state.open) {
      $("result").hidden = true;
      setStatus(t().open, "good");
      $("note").textContent = (state.mine ? t().voted + " " : "") + t().votes(Number(state.votes) || 0);
    } else {
      showResult(state, options);
    }
  }

  function buildButtons(options, round) {
    const key = JSON.stringify([round, options.map((o) => [o.id, o.text])]);
    if (key === shownOptions) return;
    shownOptions = key;
    const box = $("options");
    box.replaceChildren();
    options.forEach((option, index) => {
      const button = document.createElement("button");
      button.type = "button";
      button.dataset.option = String(option.id);
      const number = document.createElement("span");
      number.className = "number";
      number.textContent = String(index + 1);
      const text = document.createElement("span");
      text.textContent = String(option.text);
      button.append(number, text);
      button.addEventListener("click", () => vote(String(option.id)));
      box.append(button);
    });
  }

  function showResult(state, options) {
    const texts = t();
    const byId = new Map(options.map((o, i) => [String(o.id), (i + 1) + ". " + o.text]));
    const title = state.revealed ? texts.revealedTitle : texts.closedTitle;
    setStatus(title);
    $("result").hidden = false;
    $("result-title").textContent = title;
    if (state.played && byId.has(state.played)) {
      $("result-text").textContent = texts.chose + " " + byId.get(state.played);
    } else {
      $("result-text").textContent = texts.tie;
    }
    $("result-note").textContent = state.mine && byId.has(state.mine)
      ? texts.yours + " " + byId.get(state.mine)
      : texts.none;
    $("note").textContent = state.revealed ? texts.revealed : texts.next;
  }

  async function vote(option) {
    if (sending || !last || !last.open) return;
    sending = true;
    try {
      const response = await fetch("/api/vote", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ code: code, device: device, option: option }),
      });
      if (response.status === 403) { show403(); return; }
      if (!response.ok) {
        let reason = "";
        try { reason = String((await response.json()).error || ""); } catch (e) { /* not JSON */ }
        $("note").textContent = t().refused + " " + reason;
      }
    } catch (e) {
      setStatus(t().offline, "warn");
    } finally {
      sending = false;
    }
    poll();
  }

  document.addEventListener("visibilitychange", () => { if (!document.hidden) poll(); });
  poll();
})();
