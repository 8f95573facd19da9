// The practice's own page script: shows each completed result. A real site would send it to its own endpoint.
const out = document.getElementById('events');
let first = true;
document.addEventListener('attune-complete', (event) => {
  // a screener hands over one result, a battery every result it asked
  const text = JSON.stringify(event.detail.result ?? event.detail.results, null, 2);
  out.textContent = first ? text : `${out.textContent}\n\n${text}`;
  first = false;
});
document.addEventListener('attune-error', (event) => {
  out.textContent = `attune-error: ${event.detail.message}`;
});
