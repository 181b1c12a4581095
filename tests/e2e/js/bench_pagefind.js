// Pagefind in its default setup from a plain page: `ready` is import + `init()`; per prefix,
// `search` is `await pagefind.search(prefix)` and `data` that plus `data()` of the first 10.
const [queries, done] = [arguments[0], arguments[arguments.length - 1]];
(async () => {
  try {
    const t0 = performance.now();
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.options({ basePath: '/pagefind/' });
    await pagefind.init();
    const ready = performance.now() - t0;
    const search = [], data = [];
    const missed = [];
    for (const q of queries) {
      const chars = Array.from(q);
      for (let end = 1; end <= chars.length; end++) {
        const a = performance.now();
        const r = await pagefind.search(chars.slice(0, end).join(''));
        const b = performance.now();
        await Promise.all(r.results.slice(0, 10).map(x => x.data()));
        const c = performance.now();
        search.push(b - a);
        data.push(c - a);
        if (end === chars.length && r.results.length === 0) missed.push(q);
      }
    }
    done({ ready, search, data, missed });
  } catch (e) {
    done({ error: String((e && e.stack) || e) });
  }
})();
