import { html, LitElement, nothing } from 'lit';
import { formatKoreaTime, type ConsoleLocale } from './messages';
import { consoleStyles } from './styles';

/** An entry as every subgraph's audit trail answers it (the shared AuditEntry type). */
export interface AuditEntryView {
  id: string;
  at: string;
  actor: string;
  actorRole: string;
  action: string;
  entityType: string;
  entityId: string;
  changes: { field: string; before: string | null; after: string | null }[];
  /** Every field the change touched; `changes` lists the first 100. */
  changeCount?: number;
}

/** Names of the things and verbs in the actions (`slot.publish`, `campaign.pause` …); unknown ones show as written. */
const WORDS: Record<
  ConsoleLocale,
  {
    things: Record<string, string>;
    verbs: Record<string, string>;
    heads: string[];
    empty: string;
    none: string;
    more: (count: number) => string;
  }
> = {
  en: {
    things: {
      slot: 'Slot',
      appointment: 'Appointment',
      provider: 'Clinic',
      'calendar-feed': 'Calendar feed',
      package: 'Package',
      inquiry: 'Inquiry',
      campaign: 'Campaign',
      'promotion-event': 'Promotion event',
    },
    verbs: {
      publish: 'published',
      update: 'changed',
      close: 'closed',
      confirm: 'confirmed',
      decline: 'declined',
      cancel: 'cancelled',
      reschedule: 'rescheduled',
      settings: 'settings changed',
      create: 'created',
      revoke: 'revoked',
      status: 'status changed',
      unpublish: 'unpublished',
      note: 'note added',
      reply: 'replied to',
      'creative-set': 'creative saved',
      'creative-remove': 'creative removed',
      schedule: 'scheduled',
      pause: 'paused',
      resume: 'resumed',
      end: 'ended',
      leads: 'leads recorded',
    },
    heads: ['When (Korea time)', 'Who', 'What', 'Changes'],
    empty: 'No changes recorded yet.',
    none: '(none)',
    more: (count: number) => `and ${count} more fields`,
  },
  ko: {
    things: {
      slot: '진료 시간',
      appointment: '예약',
      provider: '병원',
      'calendar-feed': '캘린더 피드',
      package: '상품',
      inquiry: '문의',
      campaign: '캠페인',
      'promotion-event': '홍보 행사',
    },
    verbs: {
      publish: '공개',
      update: '수정',
      close: '마감',
      confirm: '확정',
      decline: '거절',
      cancel: '취소',
      reschedule: '일정 변경',
      settings: '설정 변경',
      create: '생성',
      revoke: '폐기',
      status: '상태 변경',
      unpublish: '비공개',
      note: '메모 추가',
      reply: '답장',
      'creative-set': '광고 소재 저장',
      'creative-remove': '광고 소재 삭제',
      schedule: '게재 예약',
      pause: '일시 중지',
      resume: '재개',
      end: '종료',
      leads: '리드 기록',
    },
    heads: ['일시(한국 시간)', '작업자', '작업', '변경 내용'],
    empty: '아직 기록된 변경이 없습니다.',
    none: '(없음)',
    more: (count: number) => `외 ${count}개 항목`,
  },
};

/** Readable action: "Slot published" / "진료 시간 공개"; the code stays visible for support. */
export function describeAction(locale: ConsoleLocale, action: string): string {
  const [thing = '', verb = ''] = action.split('.');
  const words = WORDS[locale];
  const thingName = words.things[thing];
  const verbName = words.verbs[verb];
  if (!thingName || !verbName) return action;
  return `${thingName} ${verbName}`;
}

/**
 * The audit trail of a clinic, region or organisation: who changed what, when, each field before and after.
 * The section loads the entries (each subgraph has its own trail) and passes them in.
 *
 * @csspart table - The table of entries.
 */
export class MtConsoleAuditLog extends LitElement {
  static override styles = [consoleStyles];
  static override properties = {
    entries: { attribute: false },
    locale: { type: String },
    caption: { type: String },
  };

  declare entries: AuditEntryView[];
  declare locale: ConsoleLocale;
  /** Names the table for screen readers, e.g. "Changes to Gangnam Lumière Dermatology". */
  declare caption: string;

  constructor() {
    super();
    this.entries = [];
    this.locale = 'en';
    this.caption = '';
  }

  override render() {
    const words = WORDS[this.locale];
    if (this.entries.length === 0) return html`<p class="muted">${words.empty}</p>`;
    const value = (json: string | null) => (json === null ? words.none : json.replace(/^"(.*)"$/, '$1'));
    return html`<table part="table">
      ${
        this.caption
          ? html`<caption>
              ${this.caption}
            </caption>`
          : nothing
      }
      <thead>
        <tr>
          ${words.heads.map((head) => html`<th scope="col">${head}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${this.entries.map(
          (entry) =>
            html`<tr>
              <td><time datetime=${entry.at}>${formatKoreaTime(this.locale, entry.at)}</time></td>
              <td>${entry.actor}<br /><span class="muted">${entry.actorRole}</span></td>
              <td>
                ${describeAction(this.locale, entry.action)}<br /><code class="muted"
                  >${entry.entityType} ${entry.entityId}</code
                >
              </td>
              <td>
                <ul>
                  ${entry.changes.map(
                    (change) =>
                      html`<li><code>${change.field}</code>: ${value(change.before)} → ${value(change.after)}</li>`,
                  )}
                  ${
                    (entry.changeCount ?? 0) > entry.changes.length
                      ? html`<li class="muted">${words.more((entry.changeCount ?? 0) - entry.changes.length)}</li>`
                      : nothing
                  }
                </ul>
              </td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }
}
