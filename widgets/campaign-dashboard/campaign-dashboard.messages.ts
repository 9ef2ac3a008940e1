/**
 * The dashboard is a tool for Korean marketing teams, not for foreign patients: it speaks English and Korean
 * (other page languages fall back to English) and keeps its words out of the visitors' bundle.
 */
const en = {
  heading: 'Campaign results',
  signIn: 'Sign in with your staff token to see your campaigns.',
  forbidden: 'Your sign-in does not give access to these results.',
  pick: 'Campaign',
  noCampaigns: 'Your organisation has no campaigns yet.',
  impressions: 'Impressions',
  clicks: 'Clicks',
  ctr: 'Click-through rate',
  inquiries: 'Inquiries',
  bookings: 'Bookings',
  conversion: 'Conversion rate',
  unknown: '—',
  unknownNote: 'Some counts are missing because a service did not answer; try again shortly.',
  overTime: 'Day by day',
  byCountry: 'By visitor country',
  bySite: 'By embed site',
  table: 'All numbers',
  day: 'Day',
  country: 'Country',
  site: 'Site',
  unknownCountry: 'Unknown',
  noSite: 'Partner server',
  download: 'Download CSV',
  chartSummary: '{metric}: {total} in all, most on {peak} ({max}).',
  barSummary: '{metric} by {dimension}: {list}.',
  noData: 'No activity recorded yet.',
  status: {
    DRAFT: 'Draft',
    SCHEDULED: 'Scheduled',
    ACTIVE: 'Active',
    PAUSED: 'Paused',
    ENDED: 'Ended',
  },
};

export type DashboardMessages = typeof en;

const ko: DashboardMessages = {
  heading: '캠페인 성과',
  signIn: '직원 토큰으로 로그인하면 캠페인을 볼 수 있습니다.',
  forbidden: '이 성과를 볼 수 있는 권한이 없습니다.',
  pick: '캠페인',
  noCampaigns: '아직 등록된 캠페인이 없습니다.',
  impressions: '노출',
  clicks: '클릭',
  ctr: '클릭률',
  inquiries: '문의',
  bookings: '예약',
  conversion: '전환율',
  unknown: '—',
  unknownNote: '일부 서비스가 응답하지 않아 집계가 빠져 있습니다. 잠시 후 다시 시도해 주세요.',
  overTime: '일별 추이',
  byCountry: '방문자 국가별',
  bySite: '게재 사이트별',
  table: '전체 수치',
  day: '날짜',
  country: '국가',
  site: '사이트',
  unknownCountry: '알 수 없음',
  noSite: '파트너 서버',
  download: 'CSV 내려받기',
  chartSummary: '{metric}: 총 {total}, 최대 {peak} ({max}).',
  barSummary: '{dimension}별 {metric}: {list}.',
  noData: '아직 기록된 활동이 없습니다.',
  status: {
    DRAFT: '초안',
    SCHEDULED: '예정',
    ACTIVE: '진행 중',
    PAUSED: '일시 중지',
    ENDED: '종료',
  },
};

export function dashboardMessages(locale: string): DashboardMessages {
  return locale === 'KO' ? ko : en;
}

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
}
