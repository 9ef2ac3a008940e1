// Shared behaviour of the demo host pages: a language switcher for every widget on the page and a log of
// the events the widgets send to their host (what a partner's own analytics would listen to).
const log = document.getElementById('event-log');
for (const name of [
  'mt-package-select',
  'mt-slot-held',
  'mt-booking-cancelled',
  'mt-booking-rescheduled',
  'mt-inquiry-submitted',
  'mt-campaign-click',
  'mt-campaign-select',
]) {
  document.addEventListener(name, (event) => {
    if (!log) return;
    const item = document.createElement('li');
    item.textContent = `${new Date().toLocaleTimeString()}  ${name}  ${JSON.stringify(event.detail)}`;
    log.prepend(item);
  });
}
// Widgets placed with their own lang (a banner aimed at Japan, say) keep it; the others follow the switcher.
const followers = [
  ...document.querySelectorAll(
    'mt-package-list, mt-availability, mt-campaign-banner, mt-inquiry-form, mt-campaign-dashboard',
  ),
].filter((element) => !element.hasAttribute('lang'));
const switcher = document.getElementById('language');
switcher?.addEventListener('change', () => {
  document.documentElement.lang = switcher.value;
  for (const element of followers) element.setAttribute('lang', switcher.value);
});

// The marketing page: a staff token typed in once, kept for the tab's session, handed to the dashboard.
const dashboard = document.querySelector('mt-campaign-dashboard');
const signIn = document.getElementById('sign-in');
const tokenField = document.getElementById('token');
if (dashboard && signIn && tokenField) {
  dashboard.token = sessionStorage.getItem('mt-staff-token') ?? '';
  signIn.addEventListener('submit', (event) => {
    event.preventDefault();
    sessionStorage.setItem('mt-staff-token', tokenField.value.trim());
    dashboard.token = tokenField.value.trim();
    tokenField.value = '';
  });
  document.getElementById('sign-out')?.addEventListener('click', () => {
    sessionStorage.removeItem('mt-staff-token');
    dashboard.token = '';
  });
}
