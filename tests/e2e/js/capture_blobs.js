// Keeps every Blob the page turns into a URL in window.__blobs, so that a test can read a
// download (fetching a blob: URL is outside the CSP's connect-src).
(() => {
  window.__blobs = [];
  const make = URL.createObjectURL;
  URL.createObjectURL = (blob) => {
    window.__blobs.push(blob);
    return make(blob);
  };
  return true;
})()
