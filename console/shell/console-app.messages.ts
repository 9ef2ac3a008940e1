import type { Role } from '../../core/auth';
import type { ConsoleLocale } from '../shared/messages';

export const messages = {
  en: {
    product: 'Korea Medical Tourism · Staff console',
    signInTitle: 'Sign in to the staff console',
    signInText:
      'Hospitals run their calendar and bookings here, tourism organisations their packages and inquiries, marketing teams their campaigns. You sign in with your organisation’s account.',
    signIn: 'Sign in',
    signingIn: 'Signing you in…',
    signInFailed: 'Sign-in did not work: {reason}',
    signOut: 'Sign out',
    sessionEnded: 'Your session has ended. Sign in again to go on; unsaved changes on this page would be lost.',
    language: 'Language',
    signedInAs: 'Signed in as {name}',
    roles: {
      'provider-admin': 'Hospital staff',
      'tourism-admin': 'Tourism organisation staff',
      marketing: 'Marketing team',
      'platform-admin': 'Platform administrator',
    } satisfies Record<Role, string>,
    sections: { hospital: 'Hospital', tourism: 'Tourism', marketing: 'Marketing' },
    sectionsLabel: 'Work area',
    provider: 'Clinic',
    region: 'Region',
    organisation: 'Organisation',
    choose: 'Choose…',
  },
  ko: {
    product: '한국 의료관광 · 직원 콘솔',
    signInTitle: '직원 콘솔 로그인',
    signInText:
      '병원은 진료 일정과 예약을, 관광공사는 상품과 문의를, 마케팅팀은 캠페인을 이곳에서 관리합니다. 소속 기관 계정으로 로그인하세요.',
    signIn: '로그인',
    signingIn: '로그인 중입니다…',
    signInFailed: '로그인하지 못했습니다: {reason}',
    signOut: '로그아웃',
    sessionEnded:
      '로그인 세션이 만료되었습니다. 계속하려면 다시 로그인하세요. 이 화면에서 저장하지 않은 내용은 사라집니다.',
    language: '언어',
    signedInAs: '{name} 님으로 로그인됨',
    roles: {
      'provider-admin': '병원 담당자',
      'tourism-admin': '관광공사 담당자',
      marketing: '마케팅팀',
      'platform-admin': '플랫폼 관리자',
    } satisfies Record<Role, string>,
    sections: { hospital: '병원', tourism: '관광', marketing: '마케팅' },
    sectionsLabel: '업무 영역',
    provider: '병원',
    region: '지역',
    organisation: '기관',
    choose: '선택하세요…',
  },
} satisfies Record<ConsoleLocale, unknown>;

export type ShellMessages = (typeof messages)['en'];
