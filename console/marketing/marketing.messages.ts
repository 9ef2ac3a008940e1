import type { CampaignStatus, CampaignTheme, Locale, MarketingChannel, PromotionEventKind } from '../generated/graphql';
import type { ConsoleLocale } from '../shared/messages';

/**
 * The marketing section's words. The records keyed by an enum (statuses, themes, channels, event kinds, locales)
 * are also the section's lists of choices: TypeScript refuses one that misses or invents a value of the schema's enum.
 */
interface Messages {
  sectionTitle: string;
  viewsLabel: string;
  views: Record<'campaigns' | 'events' | 'results' | 'history', string>;
  loading: string;
  unsaved: string;
  cancel: string;
  noneChosen: string;
  missing: string;
  slug: string;
  slugHint: string;
  startsAt: string;
  endsAt: string;
  koreaTimeHint: string;
  targetCountries: string;
  locales: Record<Locale, string>;
  // Campaigns
  newCampaign: string;
  noCampaigns: string;
  campaignsCaption: string;
  scheduleColumn: string;
  backToList: string;
  reload: string;
  statusLabel: string;
  statuses: Record<CampaignStatus, string>;
  planTitle: string;
  name: string;
  nameHint: string;
  theme: string;
  themes: Record<CampaignTheme, string>;
  channels: string;
  channelNames: Record<MarketingChannel, string>;
  placements: string;
  placementsHint: string;
  siteKeys: string;
  siteKeysHint: string;
  packages: string;
  packagesHint: string;
  noPackages: string;
  trackingCode: string;
  trackingCodeHint: string;
  createCampaign: string;
  savePlan: string;
  planSaved: string;
  endedReadOnly: string;
  creativesAfterSave: string;
  creativesTitle: string;
  creativeLocales: string;
  noCreatives: string;
  creativeLocale: string;
  creativeFormLabel: string;
  headline: string;
  body: string;
  imageUrl: string;
  ctaLabel: string;
  ctaUrl: string;
  linkHint: string;
  saveCreative: string;
  removeCreative: string;
  creativeSaved: string;
  creativeRemoved: string;
  previewTitle: string;
  previewLabel: string;
  previewPackages: string;
  previewEmpty: string;
  previewNoCta: string;
  lifecycleTitle: string;
  endedAt: string;
  scheduleNeedsCreative: string;
  steps: Record<'schedule' | 'pause' | 'resume' | 'end', string>;
  stepDone: string;
  stepStale: string;
  stepRefused: string;
  stepInvalid: string;
  endConfirmTitle: string;
  endConfirmText: string;
  endConfirm: string;
  // Promotion events
  previousMonth: string;
  previousMonthShort: string;
  nextMonth: string;
  nextMonthShort: string;
  today: string;
  calendarKeys: string;
  moreEvents: string;
  eventsOn: string;
  noEventsOnDay: string;
  newEventOnDay: string;
  backToCalendar: string;
  newEvent: string;
  eventPlanTitle: string;
  eventKind: string;
  eventKinds: Record<PromotionEventKind, string>;
  eventTitle: string;
  eventDescription: string;
  city: string;
  country: string;
  partners: string;
  partnersHint: string;
  linkedCampaign: string;
  eventPackages: string;
  famTourPackage: string;
  famTourPackageHint: string;
  createEvent: string;
  saveEvent: string;
  eventSaved: string;
  leadsTitle: string;
  leads: string;
  leadsHint: string;
  leadsNotYet: string;
  saveLeads: string;
  leadsSaved: string;
  // History
  historyHint: string;
  historyCaption: string;
  loadMore: string;
}

export const messages = {
  en: {
    sectionTitle: 'Marketing',
    viewsLabel: 'Marketing work',
    views: { campaigns: 'Campaigns', events: 'Promotion events', results: 'Results', history: 'History' },
    loading: 'Loading…',
    unsaved: 'Unsaved changes',
    cancel: 'Cancel',
    noneChosen: 'None',
    missing: 'none yet',
    slug: 'Short name in links (slug)',
    slugHint: 'Lowercase letters, digits and hyphens, e.g. daejeon-winter-2027.',
    startsAt: 'Starts',
    endsAt: 'Ends',
    koreaTimeHint: 'Korea time (KST, UTC+9).',
    targetCountries: 'Target countries',
    locales: {
      EN: 'English',
      KO: 'Korean',
      ZH: 'Chinese (simplified)',
      ZH_TW: 'Chinese (traditional, Taiwan)',
      JA: 'Japanese',
      RU: 'Russian',
      VI: 'Vietnamese',
      MN: 'Mongolian',
      AR: 'Arabic',
      TH: 'Thai',
    },
    newCampaign: 'New campaign',
    noCampaigns: 'No campaigns yet. Start with “New campaign”.',
    campaignsCaption: 'Campaigns of the organisation ({count}), newest first',
    scheduleColumn: 'Runs (Korea time)',
    backToList: '← Back to the campaigns',
    reload: 'Load the latest version',
    statusLabel: 'Status',
    statuses: {
      DRAFT: 'Draft',
      SCHEDULED: 'Scheduled',
      ACTIVE: 'Running',
      PAUSED: 'Paused',
      ENDED: 'Ended',
    },
    planTitle: 'Plan',
    name: 'Campaign name',
    nameHint: 'Give at least the English or the Korean name; visitors read their own language when it is there.',
    theme: 'Theme',
    themes: {
      K_POP: 'K-pop',
      K_DRAMA: 'K-drama',
      K_BEAUTY: 'K-beauty',
      FESTIVAL: 'Festival',
      WELLNESS: 'Wellness',
      MEDICAL: 'Medical',
    },
    channels: 'Channels',
    channelNames: {
      LINE: 'LINE',
      WECHAT: 'WeChat',
      WEIBO: 'Weibo',
      KAKAOTALK: 'KakaoTalk',
      WHATSAPP: 'WhatsApp',
      INSTAGRAM: 'Instagram',
      YOUTUBE: 'YouTube',
      TIKTOK: 'TikTok',
      FACEBOOK: 'Facebook',
      NEWSLETTER: 'Newsletter',
      VK: 'VK',
      ZALO: 'Zalo',
    },
    placements: 'Placements on partner pages',
    placementsHint: 'Separated by commas, e.g. hero, sidebar, footer.',
    siteKeys: 'Embed sites (site keys)',
    siteKeysHint: 'Separated by commas, e.g. demo-site. Leave empty to appear on every partner site.',
    packages: 'Promoted packages',
    packagesHint: 'Published packages; the banner links to them.',
    noPackages: 'No published packages to promote yet.',
    trackingCode: 'Tracking code',
    trackingCodeHint: 'Uppercase letters, digits, - and _. Left empty, it is made from the slug.',
    createCampaign: 'Create the campaign',
    savePlan: 'Save the plan',
    planSaved: 'The plan was saved.',
    endedReadOnly: 'This campaign has ended; its plan and creatives can no longer change.',
    creativesAfterSave: 'Creatives can be written once the campaign is created.',
    creativesTitle: 'Creatives',
    creativeLocales: 'Languages with a creative',
    noCreatives: 'none yet',
    creativeLocale: 'Creative language',
    creativeFormLabel: 'Creative in {locale}',
    headline: 'Headline',
    body: 'Text',
    imageUrl: 'Image link',
    ctaLabel: 'Button label',
    ctaUrl: 'Button link',
    linkHint: 'https://… or a path on the partner’s site such as /demo/kculture.html.',
    saveCreative: 'Save the creative',
    removeCreative: 'Remove this creative',
    creativeSaved: 'The creative was saved.',
    creativeRemoved: 'The creative was removed.',
    previewTitle: 'Preview: the banner as visitors see it',
    previewLabel: 'Promotion (preview)',
    previewPackages: 'See the packages',
    previewEmpty: 'Write a headline to see the banner.',
    previewNoCta: 'The banner will not show: its button link is not a safe https:// link or path.',
    lifecycleTitle: 'Schedule',
    endedAt: 'ended',
    scheduleNeedsCreative: 'Scheduling needs an English or a Korean creative.',
    steps: { schedule: 'Schedule', pause: 'Pause', resume: 'Resume', end: 'End the campaign' },
    stepDone: 'Done: the campaign is now {status}.',
    stepStale:
      'Someone else changed this campaign in the meantime, so nothing was done. Load the latest version, check it, and try again.',
    stepRefused: 'Not possible while the campaign is {status}: {reason}',
    stepInvalid: 'Not possible yet:',
    endConfirmTitle: 'End the campaign?',
    endConfirmText: '“{name}” stops showing at once and cannot be resumed. Its planned dates and results are kept.',
    endConfirm: 'End it now',
    previousMonth: 'Previous month',
    previousMonthShort: 'Previous',
    nextMonth: 'Next month',
    nextMonthShort: 'Next',
    today: 'Today',
    calendarKeys:
      'Arrow keys move by day and week, Home and End to the week’s start and end, Page Up and Page Down by month. The chosen day’s events are listed below the calendar.',
    moreEvents: '+{count} more',
    eventsOn: 'Events on {date}',
    noEventsOnDay: 'No events on this day.',
    newEventOnDay: 'New event on this day',
    backToCalendar: '← Back to the calendar',
    newEvent: 'New promotion event',
    eventPlanTitle: 'Event plan',
    eventKind: 'Kind of event',
    eventKinds: {
      FAM_TOUR: 'FAM tour',
      PR_BRIEFING: 'PR briefing',
      EXHIBITION: 'Exhibition or fair',
      WORKSHOP: 'Partner workshop',
      NEWSLETTER: 'Newsletter',
      AGREEMENT: 'Agreement',
    },
    eventTitle: 'Title',
    eventDescription: 'Description',
    city: 'City',
    country: 'Country where it takes place',
    partners: 'Partner agencies and organisations',
    partnersHint: 'Names separated by commas.',
    linkedCampaign: 'Campaign it supports',
    eventPackages: 'Packages presented',
    famTourPackage: 'Package the FAM tour follows',
    famTourPackageHint: 'A published FAM tour package.',
    createEvent: 'Create the event',
    saveEvent: 'Save the event',
    eventSaved: 'The event was saved.',
    leadsTitle: 'Leads',
    leads: 'Leads collected',
    leadsHint: 'Inquiries and contacts the event brought.',
    leadsNotYet: 'Leads can be recorded once the event has begun.',
    saveLeads: 'Record the leads',
    leadsSaved: 'The leads were recorded.',
    historyHint: 'Every change staff made to the organisation’s campaigns and events, newest first.',
    historyCaption: 'Changes: {shown} of {total}',
    loadMore: 'Show older changes',
  },
  ko: {
    sectionTitle: '마케팅',
    viewsLabel: '마케팅 업무',
    views: { campaigns: '캠페인', events: '홍보 행사', results: '성과', history: '변경 이력' },
    loading: '불러오는 중…',
    unsaved: '저장하지 않은 변경 내용이 있습니다',
    cancel: '취소',
    noneChosen: '없음',
    missing: '미작성',
    slug: '링크용 영문 이름(슬러그)',
    slugHint: '영문 소문자, 숫자, 하이픈(-)만 사용합니다. 예: daejeon-winter-2027',
    startsAt: '시작 일시',
    endsAt: '종료 일시',
    koreaTimeHint: '한국 시간(KST, UTC+9) 기준입니다.',
    targetCountries: '대상 국가',
    locales: {
      EN: '영어',
      KO: '한국어',
      ZH: '중국어(간체)',
      ZH_TW: '중국어(번체, 대만)',
      JA: '일본어',
      RU: '러시아어',
      VI: '베트남어',
      MN: '몽골어',
      AR: '아랍어',
      TH: '태국어',
    },
    newCampaign: '새 캠페인',
    noCampaigns: '등록된 캠페인이 없습니다. ‘새 캠페인’으로 시작해 주세요.',
    campaignsCaption: '기관 캠페인 {count}건(최신순)',
    scheduleColumn: '게재 기간(한국 시간)',
    backToList: '← 캠페인 목록으로',
    reload: '최신 내용 불러오기',
    statusLabel: '상태',
    statuses: {
      DRAFT: '작성 중',
      SCHEDULED: '게재 예약',
      ACTIVE: '게재 중',
      PAUSED: '일시 중지',
      ENDED: '종료',
    },
    planTitle: '캠페인 계획',
    name: '캠페인명',
    nameHint: '영어 또는 한국어 이름은 꼭 입력해 주세요. 방문자에게는 해당 언어 이름이 있으면 그 언어로 표시됩니다.',
    theme: '테마',
    themes: {
      K_POP: 'K-팝',
      K_DRAMA: 'K-드라마',
      K_BEAUTY: 'K-뷰티',
      FESTIVAL: '축제',
      WELLNESS: '웰니스',
      MEDICAL: '의료',
    },
    channels: '홍보 채널',
    channelNames: {
      LINE: '라인(LINE)',
      WECHAT: '위챗(WeChat)',
      WEIBO: '웨이보(Weibo)',
      KAKAOTALK: '카카오톡',
      WHATSAPP: '왓츠앱(WhatsApp)',
      INSTAGRAM: '인스타그램',
      YOUTUBE: '유튜브',
      TIKTOK: '틱톡',
      FACEBOOK: '페이스북',
      NEWSLETTER: '뉴스레터',
      VK: 'VK',
      ZALO: '잘로(Zalo)',
    },
    placements: '협력 사이트 내 게재 위치',
    placementsHint: '쉼표로 구분해 입력합니다. 예: hero, sidebar, footer',
    siteKeys: '게재 사이트(사이트 키)',
    siteKeysHint: '쉼표로 구분해 입력합니다. 예: demo-site. 비워 두면 모든 협력 사이트에 게재됩니다.',
    packages: '홍보 상품',
    packagesHint: '공개된 상품만 선택할 수 있으며, 배너에 상품 링크가 표시됩니다.',
    noPackages: '홍보할 수 있는 공개 상품이 아직 없습니다.',
    trackingCode: '추적 코드',
    trackingCodeHint: '영문 대문자, 숫자, -, _ 만 사용합니다. 비워 두면 슬러그로 자동 생성됩니다.',
    createCampaign: '캠페인 만들기',
    savePlan: '계획 저장',
    planSaved: '캠페인 계획을 저장했습니다.',
    endedReadOnly: '종료된 캠페인입니다. 계획과 광고 소재를 더 이상 변경할 수 없습니다.',
    creativesAfterSave: '광고 소재는 캠페인을 만든 뒤 작성할 수 있습니다.',
    creativesTitle: '광고 소재',
    creativeLocales: '광고 소재가 있는 언어',
    noCreatives: '아직 없음',
    creativeLocale: '광고 소재 언어',
    creativeFormLabel: '{locale} 광고 소재',
    headline: '헤드라인',
    body: '본문',
    imageUrl: '이미지 링크',
    ctaLabel: '버튼 문구',
    ctaUrl: '버튼 링크',
    linkHint: 'https://로 시작하는 주소 또는 /demo/kculture.html 같은 협력 사이트 내 경로를 입력합니다.',
    saveCreative: '광고 소재 저장',
    removeCreative: '이 광고 소재 삭제',
    creativeSaved: '광고 소재를 저장했습니다.',
    creativeRemoved: '광고 소재를 삭제했습니다.',
    previewTitle: '미리 보기: 방문자에게 보이는 배너',
    previewLabel: '홍보(미리 보기)',
    previewPackages: '상품 보기',
    previewEmpty: '헤드라인을 입력하면 배너 미리 보기가 표시됩니다.',
    previewNoCta: '버튼 링크가 안전한 https:// 주소나 경로가 아니어서 배너가 표시되지 않습니다.',
    lifecycleTitle: '게재 관리',
    endedAt: '종료 일시',
    scheduleNeedsCreative: '게재를 예약하려면 영어 또는 한국어 광고 소재가 필요합니다.',
    steps: { schedule: '게재 예약', pause: '일시 중지', resume: '게재 재개', end: '캠페인 종료' },
    stepDone: '처리되었습니다. 캠페인 상태: {status}',
    stepStale:
      '그 사이에 다른 사람이 이 캠페인을 변경하여 처리하지 않았습니다. 최신 내용을 불러와 확인한 뒤 다시 시도해 주세요.',
    stepRefused: '캠페인이 ‘{status}’ 상태여서 처리할 수 없습니다: {reason}',
    stepInvalid: '아직 처리할 수 없습니다:',
    endConfirmTitle: '캠페인을 종료하시겠습니까?',
    endConfirmText:
      '‘{name}’ 캠페인은 즉시 게재가 중단되며 다시 재개할 수 없습니다. 계획된 기간과 성과 기록은 그대로 남습니다.',
    endConfirm: '지금 종료',
    previousMonth: '이전 달',
    previousMonthShort: '이전',
    nextMonth: '다음 달',
    nextMonthShort: '다음',
    today: '오늘',
    calendarKeys:
      '화살표 키로 하루·한 주씩, Home·End 키로 주의 처음과 끝으로, Page Up·Page Down 키로 한 달씩 이동합니다. 선택한 날의 행사는 달력 아래에 표시됩니다.',
    moreEvents: '외 {count}건',
    eventsOn: '{date} 행사',
    noEventsOnDay: '이날 예정된 행사가 없습니다.',
    newEventOnDay: '이날 새 행사 등록',
    backToCalendar: '← 달력으로',
    newEvent: '새 홍보 행사',
    eventPlanTitle: '행사 계획',
    eventKind: '행사 유형',
    eventKinds: {
      FAM_TOUR: '팸투어',
      PR_BRIEFING: '홍보 설명회',
      EXHIBITION: '박람회·전시회',
      WORKSHOP: '협력 기관 워크숍',
      NEWSLETTER: '뉴스레터',
      AGREEMENT: '업무 협약',
    },
    eventTitle: '행사명',
    eventDescription: '행사 설명',
    city: '개최 도시',
    country: '개최 국가',
    partners: '협력 여행사·기관',
    partnersHint: '쉼표로 구분해 입력합니다.',
    linkedCampaign: '연계 캠페인',
    eventPackages: '소개 상품',
    famTourPackage: '팸투어 일정 상품',
    famTourPackageHint: '공개된 팸투어 상품을 선택합니다.',
    createEvent: '행사 등록',
    saveEvent: '행사 저장',
    eventSaved: '행사를 저장했습니다.',
    leadsTitle: '리드',
    leads: '확보한 리드 수',
    leadsHint: '행사를 통해 들어온 문의·연락처 수입니다.',
    leadsNotYet: '리드는 행사가 시작된 뒤에 기록할 수 있습니다.',
    saveLeads: '리드 기록',
    leadsSaved: '리드를 기록했습니다.',
    historyHint: '기관의 캠페인과 행사에 대한 직원의 모든 변경 내용입니다(최신순).',
    historyCaption: '변경 이력: 전체 {total}건 중 {shown}건',
    loadMore: '이전 이력 더 보기',
  },
} satisfies Record<ConsoleLocale, Messages>;
