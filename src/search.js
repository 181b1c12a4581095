// Search before the app (src/boot.js imports this on demand, as `search.js`): the engine is a
// module of its own (`search/`, ~50 KB) with the index the build wrote for the page's
// language (`data/search-{lang}.bin`), loaded on the first ask and kept for the visit.
// `engine(lang)` is a promise of an engine whose `results(q, base)` is the HTML of the search
// page's results. A failed load rejects with `{file, status}` or `{file, reason}` and is
// forgotten, so that asking again tries afresh. User Timing: `ibm-search-index` (loading,
// until the first search can run), `ibm-search` (each search).
export const setup = (code, base) => {
  const engines = {};
  const load = async (lang) => {
    const t = performance.now();
    const file = `data/search-${lang}.bin`;
    // The wasm is fetched and compiled while its JS and the index arrive, not after the JS.
    // A host that serves it without `application/wasm` gets the slower, non-streaming compile.
    const wasmFile = code.search.wasm;
    const compiled = fetch(wasmFile).then(
      (r) =>
        r.ok
          ? WebAssembly.compileStreaming(r).catch(() =>
              fetch(wasmFile).then((again) => again.arrayBuffer()).then((b) => WebAssembly.compile(b)),
            )
          : Promise.reject({ file: wasmFile, status: r.status }),
      (e) => Promise.reject({ file: wasmFile, reason: String(e) }),
    );
    const module = Promise.all([
      import(code.search.js).catch((e) => Promise.reject({ file: code.search.js, reason: String(e) })),
      compiled,
    ]).then(async ([m, wasm]) => {
      try {
        await m.default({ module_or_path: wasm });
      } catch (e) {
        throw { file: wasmFile, reason: String(e) };
      }
      return m;
    });
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
  const engine = (lang) =>
    (engines[lang] ??= load(lang).catch((e) => {
      delete engines[lang];
      throw e;
    }));

  // A search page shows results before the app has arrived: for the address's query, and as
  // the reader types, until the app is in charge (`<html data-app="ready">`). The region is
  // marked with the query it shows, so the app does not write the same results again. The
  // promise settles once the address's results are shown (or at once without a query).
  const early = (lang) => {
    const region = document.getElementById('search-region');
    const field = document.getElementById('search-input');
    if (!region || !field) return Promise.resolve();
    const appReady = () => document.documentElement.dataset.app === 'ready';
    const show = (q) =>
      engine(lang).then((e) => {
        if (appReady() || field.value !== q) return;
        region.innerHTML = e.results(q, base);
        region.dataset.query = q;
      });
    field.addEventListener('input', () => appReady() || show(field.value).catch(() => {}));
    const q = new URLSearchParams(location.search).get('q') ?? '';
    if (!q.trim() || field.value) return Promise.resolve();
    field.value = q;
    return show(q);
  };
  return { engine, early };
};
