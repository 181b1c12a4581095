// Our engine as Pagefind is measured, on the same plain page and server: the search page's own
// loader (`search.js`) imported and asked for the Ukrainian engine — its module fetched and
// compiled, the index file fetched and read — until the first search can run.
const [code, done] = [arguments[0], arguments[arguments.length - 1]];
(async () => {
  try {
    const t0 = performance.now();
    const { setup } = await import('/search.js');
    const engine = await setup(code, '').engine('uk');
    const ready = performance.now() - t0;
    done({ ready, found: engine.results('кордон', '').includes('search-result') });
  } catch (e) {
    done({ error: String((e && e.stack) || JSON.stringify(e) || e) });
  }
})();
