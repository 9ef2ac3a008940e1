/**
 * The page the booking e-mails link to: `/booking/#reference=MT-XXXXXX&secret=…&lang=ja`. The element reads
 * the reference and secret from the fragment itself; this script only gives the page the patient's language
 * (the fragment's, else the browser's) and a title in it, so screen readers and the browser read it right.
 * The fragment never reaches a server, and the page sends no Referer.
 */
const TITLES = {
  en: 'Your booking',
  ko: '예약 내역',
  zh: '您的预约',
  'zh-TW': '您的預約',
  ja: 'ご予約内容',
  ru: 'Ваша запись',
  vi: 'Lịch hẹn của bạn',
  mn: 'Таны цаг захиалга',
  ar: 'حجزك',
  th: 'การจองของคุณ',
};

/** One of the ten languages the widgets speak, from a BCP 47 tag; English for anything else. */
function pageLanguage(tag) {
  const lower = String(tag ?? '')
    .trim()
    .toLowerCase();
  if (/^zh-(tw|hk|mo|hant)/.test(lower)) return 'zh-TW';
  const base = lower.split('-')[0];
  return base in TITLES && base !== 'zh-TW' ? base : 'en';
}

function applyLanguage() {
  const fromLink = new URLSearchParams(location.hash.replace(/^#/, '')).get('lang');
  const lang = pageLanguage(fromLink || navigator.language);
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  document.title = TITLES[lang];
}

applyLanguage();
window.addEventListener('hashchange', applyLanguage);
