// The app's loader (`boot-<hash>.js`, written by `cargo xtask build` from trunk's inline one, so
// that the Content-Security-Policy needs no 'unsafe-inline').

// A pre-rendered page carries its resources' data as JSON ({"<id>": value, …}); Leptos reads
// it while hydrating from globals that its own inline script would set. They are set here.
const data = document.getElementById('__HYDRATION_DATA__');
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

const start = async () => {
  const bindings = await import('__JS__');
  const wasm = await bindings.default({ module_or_path: '__WASM__' });
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
};

// On a pre-rendered page the reader already has the text: the app's code is fetched once the
// page has painted (a frame callback runs before its frame paints, so the second one comes
// after the first paint), so that on a slow link it never competes with the first view. A page
// that is not visible yet starts at once (frames wait for it to be shown). The shell has
// nothing to show before the app, which starts at once.
if (data && document.visibilityState === 'visible') {
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(start, 0)));
} else {
  start();
}
