// Our engine as Pagefind is measured: the search module imported and the index file fetched
// and read, on the same plain page and server, until the first search can run.
const [js, wasm, file, done] = [arguments[0], arguments[1], arguments[2], arguments[arguments.length - 1]];
(async () => {
  try {
    const t0 = performance.now();
    const [m, bytes] = await Promise.all([
      import(js).then(async (m) => (await m.default({ module_or_path: wasm }), m)),
      fetch(file).then((r) => r.arrayBuffer()),
    ]);
    const engine = new m.Engine(new Uint8Array(bytes), 'uk');
    const ready = performance.now() - t0;
    done({ ready, found: engine.results('кордон', '').includes('search-result') });
  } catch (e) {
    done({ error: String((e && e.stack) || e) });
  }
})();
