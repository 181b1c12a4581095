// Where the first element matching a selector starts and ends, in px from the top of the
// document: [top, bottom].
(css) => {
  const r = document.querySelector(css).getBoundingClientRect();
  return [r.top + scrollY, r.bottom + scrollY];
}
