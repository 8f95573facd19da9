// The demo's language switch: the battery's own text in Spanish (locale="es"), for the clients who want it.
const battery = document.querySelector('attune-battery');
document.getElementById('spanish').addEventListener('change', (event) => {
  if (event.target.checked) battery.setAttribute('locale', 'es');
  else battery.removeAttribute('locale');
});
