// The data files this page has fetched so far, as paths below `data/`.
performance
  .getEntriesByType('resource')
  .map((e) => new URL(e.name).pathname)
  .filter((p) => p.includes('/data/'))
  .map((p) => p.slice(p.indexOf('/data/') + 6))
