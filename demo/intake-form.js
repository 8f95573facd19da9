// The practice's own page script. A real site lets the form post to its server; the demo shows the fields instead.
const form = document.getElementById('intake');
const out = document.getElementById('sent');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const fields = Object.fromEntries(new FormData(form));
  if (fields.questionnaires) fields.questionnaires = JSON.parse(fields.questionnaires);
  out.textContent = JSON.stringify(fields, null, 2);
});
form.addEventListener('reset', () => {
  out.textContent = '(not sent yet)';
});
