// Runs first in every document (Page.addScriptToEvaluateOnNewDocument): keeps what the page
// reports as an error in window.__errors (a hydration mismatch is logged by Leptos through
// console.error).
window.__errors = [];
const logError = console.error.bind(console);
console.error = (...args) => {
  window.__errors.push(args.map(String).join(' '));
  logError(...args);
};
addEventListener('error', (ev) => window.__errors.push(String(ev.message)));
