// Whether the first element matching a selector is rendered: displayed, with a box.
(css) => {
  const e = document.querySelector(css);
  return !!e && getComputedStyle(e).display !== 'none' && e.getClientRects().length > 0;
}
