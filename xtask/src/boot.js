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
