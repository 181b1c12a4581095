// A pre-rendered page carries its resources' data as JSON ({"<id>": value, …}); Leptos reads it
// while hydrating from globals that its own inline script would set. This file sets them, so
// that the Content-Security-Policy needs no 'unsafe-inline'.
{
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
}
