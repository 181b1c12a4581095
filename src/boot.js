// The app's loader: a file of its own (trunk hashes it, `boot-<hash>.js`), so that the
// Content-Security-Policy needs no 'unsafe-inline'. It ships without its comment lines
// (`cargo xtask assets`). Where the app's code is comes from the page: trunk writes it as data
// (`<script type="application/json" id="app-code">`, `pattern_script` in Trunk.toml).
//
// The hydration handshake below matches Leptos 0.8 (`hydration_context`'s globals); a test in
// xtask/src/assets.rs fails when Cargo.lock's Leptos is another minor version.

// A pre-rendered page carries its resources' data as JSON ({"<id>": value, …}) in the element
// `src/prerender.rs` writes (collection::ids::HYDRATION_DATA); Leptos reads it while hydrating
// from globals that its own inline script would set. They are set here.
const data = document.getElementById('hydration-data');
const resolved = [];
if (data) {
  for (const [id, value] of Object.entries(JSON.parse(data.textContent))) {
    resolved[id] = JSON.stringify(value);
  }
}
window.__RESOLVED_RESOURCES = resolved;
window.__SERIALIZED_ERRORS = [];
window.__INCOMPLETE_CHUNKS = [];

// Disclosures — the header's "Menu" and the library's "Filters" on narrow screens: a button
// with `data-disclosure`, `aria-expanded` and `aria-controls`. Their state lives in the page
// (the button's `aria-expanded`, the region's `data-open`), which the app never writes, so one
// handler serves from the first paint to the end, before, with and without the app's code.
// Escape closes an open one and, if focus was inside it, returns focus to its button;
// following a link inside one closes it.
const regionOf = (button) => document.getElementById(button.getAttribute('aria-controls'));
const setOpen = (button, open) => {
  button.setAttribute('aria-expanded', String(open));
  const region = regionOf(button);
  if (region) region.toggleAttribute('data-open', open);
};
const openOnes = () => document.querySelectorAll('[data-disclosure][aria-expanded="true"]');
document.addEventListener('click', (ev) => {
  const button = ev.target.closest('[data-disclosure]');
  if (button) {
    setOpen(button, button.getAttribute('aria-expanded') !== 'true');
    return;
  }
  const link = ev.target.closest('a[href]');
  if (!link) return;
  for (const b of openOnes()) {
    const region = regionOf(b);
    if (region && region.contains(link)) setOpen(b, false);
  }
});
document.addEventListener('keydown', (ev) => {
  if (ev.key !== 'Escape') return;
  for (const b of openOnes()) {
    const region = regionOf(b);
    const inside = region && region.contains(document.activeElement);
    setOpen(b, false);
    if (inside || document.activeElement === b) b.focus();
  }
});

const code = JSON.parse(document.getElementById('app-code').textContent);
const start = async () => {
  const bindings = await import(code.js);
  const wasm = await bindings.default({ module_or_path: code.wasm });
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
};

// The search engine: a module of its own (`search/`, ~50 KB) with the index the build wrote
// for the page's language (`data/search-{lang}.bin`), loaded on the first ask and kept for the
// visit. `globalThis.ibmSearch(lang)` is a promise of an engine whose `results(q, base)` is
// the HTML of the search page's results; the app asks through it too (src/search_engine.rs).
// A failed load rejects with `{file, status}` or `{file, reason}` and is forgotten, so that
// asking again tries afresh. User Timing: `ibm-search-index` (loading, until the first search
// can run), `ibm-search` (each search).
const base = new URL(document.baseURI).pathname.replace(/\/$/, '');
const engines = {};
const loadEngine = async (lang) => {
  const t = performance.now();
  const file = `data/search-${lang}.bin`;
  const module = import(code.search.js)
    .then(async (m) => (await m.default({ module_or_path: code.search.wasm }), m))
    .catch((e) => Promise.reject({ file: code.search.js, reason: String(e) }));
  const bytes = fetch(file).then(
    (r) => (r.ok ? r.arrayBuffer() : Promise.reject({ file, status: r.status })),
    (e) => Promise.reject({ file, reason: String(e) }),
  );
  const [m, b] = await Promise.all([module, bytes]);
  let engine;
  try {
    engine = new m.Engine(new Uint8Array(b), lang);
  } catch (e) {
    throw { file, reason: String(e), invalid: true };
  }
  performance.measure('ibm-search-index', { start: t });
  return {
    results(q, at) {
      const s = performance.now();
      const html = engine.results(q, at);
      performance.measure('ibm-search', { start: s });
      return html;
    },
  };
};
globalThis.ibmSearch = (lang) =>
  (engines[lang] ??= loadEngine(lang).catch((e) => {
    delete engines[lang];
    throw e;
  }));

// A search page shows results before the app has arrived: for the address's query, and as
// the reader types, until the app is in charge (`<html data-app="ready">`). The region is
// marked with the query it shows, so the app does not write the same results again.
let searched = Promise.resolve();
const searchPage = location.pathname.slice(base.length).match(/^\/(uk|en)\/search\/?$/);
const region = document.getElementById('search-region');
const field = document.getElementById('search-input');
if (searchPage && region && field) {
  const lang = searchPage[1];
  const appReady = () => document.documentElement.dataset.app === 'ready';
  const show = (q) =>
    globalThis.ibmSearch(lang).then((engine) => {
      if (appReady() || field.value !== q) return;
      region.innerHTML = engine.results(q, base);
      region.dataset.query = q;
    });
  const q = new URLSearchParams(location.search).get('q') ?? '';
  if (q.trim() && !field.value) {
    field.value = q;
    searched = show(q).catch(() => {});
  }
  field.addEventListener('input', () => appReady() || show(field.value).catch(() => {}));
}
// Any search field that takes focus starts loading the engine: the reader is about to search.
document.addEventListener('focusin', (ev) => {
  if (ev.target.matches?.('input[type=search]')) {
    globalThis.ibmSearch(document.documentElement.lang === 'en' ? 'en' : 'uk').catch(() => {});
  }
});

// On a pre-rendered page the reader already has the text: the app's code is fetched once the
// browser reports the page's first contentful paint, so that on a slow link it never competes
// with the first view — and on a search page with a query, once its results are shown, so
// that it does not compete with them either. The paint report comes when the frame is on
// screen, which on a busy device can be a frame or two after frame callbacks run (starting on
// those, as this did, sometimes put the app's code before the paint). A browser without paint
// timing, or a page that never reports a paint, starts after 3 s all the same. A page that is
// not visible yet starts at once (it paints only when shown). The shell has nothing to show
// before the app: at once.
if (data && document.visibilityState === 'visible') {
  const painted = new Promise((resolve) => {
    new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length) setTimeout(resolve, 0);
    }).observe({ type: 'paint', buffered: true });
    setTimeout(resolve, 3000);
  });
  Promise.all([painted, searched]).then(start);
} else {
  searched.then(start);
}
