// Search before the app (src/boot.js imports this on demand, as `search.js`): the engine is a
// module of its own (`search/`, ~50 KB) with the index the build wrote for the page's
// language (`data/search-{lang}.bin`), loaded on the first ask and kept for the visit. The
// texts the excerpts are cut from (`data/search-{lang}-texts.bin`, a third of the bytes) follow
// the index, and search does not wait for them: results show their titles at once and gain
// their excerpts when the texts arrive.
// `engine(lang)` is a promise of an engine whose `results(q, base)` is the HTML of the search
// page's results and whose `render(region, q, base)` writes it into an element (see below). A
// failed load rejects with `{file, status}` or `{file, reason}` and is forgotten, so that
// asking again tries afresh; texts that fail to load leave the results without excerpts.
// User Timing: `ibm-search-index` (loading, until the first search can run),
// `ibm-search-texts` (until results have excerpts), `ibm-search` (each search).
export const setup = (code, base) => {
  const engines = {};
  const get = (file) =>
    fetch(file).then(
      (r) => (r.ok ? r.arrayBuffer() : Promise.reject({ file, status: r.status })),
      (e) => Promise.reject({ file, reason: String(e) }),
    );
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
    // The texts are asked for once the index has come, so that on a slow link they do not
    // share its bandwidth.
    const indexBytes = get(file);
    const textsFile = `data/search-${lang}-texts.bin`;
    const textBytes = indexBytes.then(() => get(textsFile));
    textBytes.catch(() => {});
    const [m, b] = await Promise.all([module, indexBytes]);
    let engine;
    try {
      engine = new m.Engine(new Uint8Array(b), lang);
    } catch (e) {
      throw { file, reason: String(e), invalid: true };
    }
    performance.measure('ibm-search-index', { start: t });
    const texts = textBytes.then((bytes) => {
      engine.add_texts(new Uint8Array(bytes));
      performance.measure('ibm-search-texts', { start: t });
    });
    texts.catch((e) => console.warn('search: no excerpts;', textsFile, e));
    const results = (q, at) => {
      const s = performance.now();
      const html = engine.results(q, at);
      performance.measure('ibm-search', { start: s });
      return html;
    };
    // Once the texts have come, the excerpts of results written without them are added into
    // the results in place: focus stays where the reader has it, and the count is not
    // announced again.
    const addExcerpts = (region, q, at) => {
      const fresh = document.createElement('div');
      fresh.innerHTML = results(q, at);
      const [now, full] = [region, fresh].map((r) => r.querySelectorAll('.search-result'));
      if (now.length !== full.length) return;
      full.forEach((result, i) => {
        const excerpt = result.querySelector('.search-result__excerpt');
        if (excerpt && !now[i].querySelector('.search-result__excerpt')) now[i].append(excerpt);
      });
    };
    return {
      results,
      // Writes what `q` finds into `region`, marked with the query (`data-query`: the app
      // does not write the same results again). Written before the texts have arrived, it
      // gains its excerpts when they do, if the region still shows `q`.
      render(region, q, at) {
        region.innerHTML = results(q, at);
        region.dataset.query = q;
        if (engine.has_texts()) return;
        texts.then(
          () => region.isConnected && region.dataset.query === q && addExcerpts(region, q, at),
          () => {},
        );
      },
    };
  };
  const engine = (lang) =>
    (engines[lang] ??= load(lang).catch((e) => {
      delete engines[lang];
      throw e;
    }));

  // A search page shows results before the app has arrived: for the address's query, and as
  // the reader types, until the app is in charge (`<html data-app="ready">`). The promise
  // settles once the address's results are shown (or at once without a query).
  const early = (lang) => {
    const region = document.getElementById('search-region');
    const field = document.getElementById('search-input');
    if (!region || !field) return Promise.resolve();
    const appReady = () => document.documentElement.dataset.app === 'ready';
    const show = (q) =>
      engine(lang).then((e) => {
        if (appReady() || field.value !== q) return;
        e.render(region, q, base);
      });
    field.addEventListener('input', () => appReady() || show(field.value).catch(() => {}));
    const q = new URLSearchParams(location.search).get('q') ?? '';
    if (!q.trim() || field.value) return Promise.resolve();
    field.value = q;
    return show(q);
  };
  return { engine, early };
};
