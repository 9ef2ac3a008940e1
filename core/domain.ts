/** Enum values shared by several subgraphs' tables; they mirror core/graphql/common.graphql. */
export { LOCALES } from './locale';

export const REGIONS = [
  'SEOUL',
  'BUSAN',
  'DAEGU',
  'INCHEON',
  'GWANGJU',
  'DAEJEON',
  'ULSAN',
  'SEJONG',
  'GYEONGGI',
  'GANGWON',
  'CHUNGBUK',
  'CHUNGNAM',
  'JEONBUK',
  'JEONNAM',
  'GYEONGBUK',
  'GYEONGNAM',
  'JEJU',
] as const;

export const PACKAGE_THEMES = [
  'K_BEAUTY',
  'K_POP',
  'K_DRAMA',
  'FESTIVAL',
  'WELLNESS',
  'HEALTH_CHECKUP',
  'CANCER_CARE',
  'TRANSPLANT',
  'KOREAN_MEDICINE',
  'FAM_TOUR',
] as const;

export const PACKAGE_SEGMENTS = ['STANDARD', 'VIP', 'LONG_STAY', 'GROUP'] as const;

export const WELLNESS_CLUSTERS = ['INCHEON', 'DAEGU_GYEONGBUK', 'BUSAN', 'GANGWON', 'JEONBUK', 'CHUNGBUK'] as const;
