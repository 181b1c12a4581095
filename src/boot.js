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

// Search lives in `search.js` (src/search.js), loaded only where it is wanted: at once on a
// search page, when any search field takes focus, or when the app asks
// (`globalThis.ibmSearch(lang)`, src/search_engine.rs). On a search page with a query it shows
// the results before the app's code is fetched (`searched`).
const base = new URL(document.baseURI).pathname.replace(/\/$/, '');
let search;
const searching = () =>
  (search ??= import(`${base}/search.js`)
    .then((m) => m.setup(code, base))
    .catch((e) => {
      search = undefined;
      throw { file: 'search.js', reason: String(e) };
    }));
globalThis.ibmSearch = (lang) => searching().then((s) => s.engine(lang));
const searchPage = location.pathname.slice(base.length).match(/^\/(uk|en)\/search\/?$/);
const searched = searchPage
  ? searching().then((s) => s.early(searchPage[1])).catch(() => {})
  : Promise.resolve();
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
