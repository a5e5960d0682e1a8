// The demo's only script: it listens to the element's events, as a page would.
const history = document.getElementById('history');
const status = document.getElementById('history-status');

history.addEventListener('summit-load', (e) => {
  status.textContent = `${e.detail.count} meetings loaded.`;
});
history.addEventListener('summit-select', (e) => {
  status.textContent = e.detail.event ? `Selected: ${e.detail.event.title.en} (${e.detail.event.date}).` : '';
});
history.addEventListener('summit-error', (e) => {
  status.textContent = e.detail.message;
});

document.getElementById('locale').addEventListener('change', (e) => {
  const locale = e.target.value;
  document.documentElement.lang = locale;
  for (const el of document.querySelectorAll('summit-timeline')) el.locale = locale;
});
