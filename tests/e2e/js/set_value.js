// Sets a field's value as typing would end: the value, then an `input` event that bubbles.
(css, value) => {
  const field = document.querySelector(css);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  return true;
}
