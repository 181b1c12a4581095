// Service worker: the collection works offline after one visit.
//
// `cargo xtask build` fills in the placeholders: the version (a hash of every file, so a new
// deploy installs a new cache and the page offers to reload), the list of files to cache (the
// app shell and every data file), the shell's path, and the file that holds every static
// page's content (the app puts it in place on navigation; the worker keeps each one under its
// own address, so that every page reads offline). Under `trunk serve` the placeholders
// stay, and the worker unregisters itself so development is never served stale files.
const VERSION = "__VERSION__";
const ASSETS = "__ASSETS__";
const SHELL = "__SHELL__";
const FRAGMENTS = "__FRAGMENTS__";
const CACHE = "ibm-collection-" + VERSION;

self.addEventListener("install", (event) => {
  if (!Array.isArray(ASSETS)) {
    event.waitUntil(self.registration.unregister());
    return;
  }
  event.waitUntil(
    caches.open(CACHE).then(async (cache) => {
      await cache.addAll(ASSETS);
      const response = await fetch(FRAGMENTS, { cache: "no-cache" });
      if (!response.ok) return;
      const pages = await response.json();
      const type = { "Content-Type": "text/html; charset=utf-8" };
      await Promise.all(
        Object.entries(pages).map(([file, html]) =>
          cache.put(new URL(file, self.registration.scope).href, new Response(html, { headers: type })),
        ),
      );
    }),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("ibm-collection-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The page asks the waiting worker to take over when the reader accepts the new version.
self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "SKIP_WAITING") self.skipWaiting();
});

async function tell(type) {
  for (const client of await self.clients.matchAll({ type: "window" })) client.postMessage({ type });
}

async function fromNetwork(request, cache) {
  const response = await fetch(request);
  if (response.ok && response.type === "basic") await cache.put(request, response.clone());
  tell("ONLINE");
  return response;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !Array.isArray(ASSETS)) return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  if (request.mode === "navigate") {
    // A page read before: its pre-rendered HTML from the cache at once (it belongs to the same
    // deploy as the cached app), refreshed in the background. Any other page: the network, kept
    // for next time. Offline and never read: the app shell, which shows any page from the
    // cached data or, for a static page, from its cached content.
    event.respondWith(
      caches.open(CACHE).then(async (cache) => {
        const cached = await cache.match(request);
        const refresh = fetch(request)
          .then(async (r) => {
            tell("ONLINE");
            if (r.ok && r.type === "basic" && !r.redirected) await cache.put(request, r.clone());
            return r;
          })
          .catch(async () => (tell("OFFLINE"), cached || (await cache.match(SHELL))));
        if (cached) {
          event.waitUntil(refresh);
          return cached;
        }
        return refresh;
      }),
    );
    return;
  }

  if (url.pathname.endsWith(".json")) {
    // Data: answer from the cache at once and refresh it in the background; say when the
    // network could not be reached, so the page can show that it is reading a saved copy.
    event.respondWith(
      caches.open(CACHE).then(async (cache) => {
        const cached = await cache.match(request);
        const refresh = fromNetwork(request, cache).catch(() => (tell("OFFLINE"), cached || Response.error()));
        if (cached) {
          event.waitUntil(refresh);
          return cached;
        }
        return refresh;
      }),
    );
    return;
  }

  // The app's files have content-hashed names: the cache first.
  event.respondWith(
    caches.open(CACHE).then(async (cache) => (await cache.match(request)) || fromNetwork(request, cache).catch(() => Response.error())),
  );
});
