// The benchmark types every query into the search field prefix by prefix, waiting for each
// search (a User Timing `ibm-search` entry); returns the durations.
const [queries, done] = [arguments[0], arguments[arguments.length - 1]];
const input = document.querySelector('#search-input');
const count = () => performance.getEntriesByName('ibm-search').length;
performance.clearMeasures('ibm-search');
(async () => {
  for (const q of queries) {
    const chars = Array.from(q);
    for (let end = 1; end <= chars.length; end++) {
      const before = count();
      input.value = chars.slice(0, end).join('');
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const t0 = Date.now();
      while (count() === before && Date.now() - t0 < 5000) await new Promise(r => setTimeout(r, 0));
    }
  }
  done(performance.getEntriesByName('ibm-search').map(e => e.duration));
})();
