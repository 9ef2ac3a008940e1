import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Staff } from '../core/auth';
import { checkLink } from '../core/safe-link';
import { seedId } from '../core/seed-id';
import { safeLinkSchema, textProblem } from '../core/validation';
import { databaseTargets } from './support/databases';
import { startStack, type Stack } from './support/stack';

/** Links that must never be stored or rendered: each one leaves the site, hides a trick, or is not https. */
const HOSTILE: [string, string][] = [
  ['/\\evil.test/landing', 'a backslash browsers read as a second slash'],
  ['\\\\evil.test/landing', 'two backslashes'],
  ['//evil.test/landing', 'protocol-relative: another host'],
  ['///evil.test/landing', 'three slashes'],
  ['/%5Cevil.test', 'an encoded backslash'],
  ['/%5cevil.test', 'an encoded backslash, lowercase'],
  ['/%2F%2Fevil.test', 'encoded slashes making //evil.test'],
  ['/\t/evil.test', 'a tab URL parsers drop, leaving //evil.test'],
  ['/\n/evil.test', 'a newline URL parsers drop'],
  ['/\r\n/evil.test', 'a CRLF'],
  ['/%0A/evil.test', 'an encoded newline'],
  ['/demo/\u0000.svg', 'a NUL'],
  ['/demo/\u202e.svg', 'a right-to-left override'],
  ['/demo/\u200b.svg', 'a zero-width space'],
  ['/demo/ landing', 'a space'],
  [' /demo/landing', 'a leading space'],
  ['/demo/%E0%A4%A', 'malformed percent-encoding'],
  ['https://user:secret@evil.test/', 'credentials'],
  ['https://ok.test@evil.test/', 'a user name that looks like the host'],
  ['https://evil.test%2F@ok.test/', 'an encoded slash in the user name'],
  ['https:\\\\evil.test', 'backslashes after the scheme'],
  ['https:/evil.test', 'one slash after the scheme'],
  ['https:evil.test', 'no slashes after the scheme'],
  ['http://evil.test/', 'plain http'],
  ['javascript:alert(1)', 'javascript:'],
  [' javascript:alert(1)', 'javascript: behind a space'],
  ['JaVaScRiPt:alert(1)', 'javascript: in mixed case'],
  ['data:text/html,<script>alert(1)</script>', 'data:'],
  ['vbscript:msgbox(1)', 'vbscript:'],
  ['ftp://evil.test/', 'ftp:'],
  ['evil.test/landing', 'a relative path'],
  ['#landing', 'a fragment alone'],
  ['', 'nothing'],
  [`/${'a'.repeat(500)}`, 'more than 500 characters'],
];

/** Links that are fine, and the normalised form stored for them. */
const VALID: [string, string][] = [
  ['/demo/kculture.html#seoul-kpop-glow-week', '/demo/kculture.html#seoul-kpop-glow-week'],
  ['/demo/img/kpop.svg', '/demo/img/kpop.svg'],
  ['/demo/a/../city.html?lang=ja', '/demo/city.html?lang=ja'],
  ['/demo/two%20words.svg', '/demo/two%20words.svg'],
  ['https://daejeon.example/festival', 'https://daejeon.example/festival'],
  ['HTTPS://Daejeon.Example:443/Festival', 'https://daejeon.example/Festival'],
  ['https://bücher.example/', 'https://xn--bcher-kva.example/'],
];

describe('the link rule for creatives', () => {
  it.each(HOSTILE)('refuses %j (%s)', (link) => {
    expect(checkLink(link).ok).toBe(false);
    expect(safeLinkSchema.safeParse(link).success).toBe(false);
  });

  it.each(VALID)('accepts %j, stored as %j', (link, stored) => {
    expect(checkLink(link)).toEqual({ ok: true, href: stored });
    expect(safeLinkSchema.parse(link)).toBe(stored);
  });

  it('names what is wrong', () => {
    expect(checkLink('/\\evil.test')).toEqual({
      ok: false,
      problem: 'must not contain spaces, control characters or backslashes',
    });
    expect(checkLink('//evil.test')).toEqual({
      ok: false,
      problem: 'must be a path on this site (a single leading /), not another host',
    });
    expect(checkLink('https://a:b@evil.test')).toEqual({
      ok: false,
      problem: 'must not carry a user name or password',
    });
  });
});

const SET_CREATIVE = `mutation($id: ID!, $input: CreativeInput!) {
  setCampaignCreative(campaignId: $id, input: $input) {
    __typename
    ... on Campaign { creative(locale: VI) { locale ctaUrl imageUrl } }
    ... on InvalidInput { fields { field message } }
  }
}`;
const CREATIVE = `query($slug: String!) { campaign(slug: $slug) { creative(locale: VI) { locale ctaUrl imageUrl } } }`;

interface SetCreativeAnswer {
  setCampaignCreative: {
    __typename: string;
    creative?: { locale: string; ctaUrl: string; imageUrl: string };
    fields?: { field: string; message: string }[];
  };
}

describe.each(databaseTargets())('setCampaignCreative stores only safe links, on $name', (target) => {
  const run = target.skipReason ? it.skip : it;
  // A running campaign with no Vietnamese creative: the one set here is the only one, so what it shows is ours.
  const slug = 'kpop-glow-japan';
  const owner: Staff = { kind: 'staff', id: 'm1', role: 'marketing', organisation: 'seoul-global-health' };
  let stack: Stack;

  beforeAll(async () => {
    if (target.skipReason) return;
    stack = await startStack(await target.create());
  });
  afterAll(() => stack?.stop());

  const setCreative = (links: { ctaUrl?: string; imageUrl?: string }) =>
    stack.query<SetCreativeAnswer>(
      SET_CREATIVE,
      {
        id: seedId('campaign', slug),
        input: {
          locale: 'VI',
          headline: 'K-Pop Glow',
          body: 'Concerts at night, skin care by day.',
          ctaLabel: 'Xem gói',
          imageUrl: '/demo/img/kpop.svg',
          ctaUrl: '/demo/kculture.html',
          ...links,
        },
      },
      owner,
    );
  const stored = async () =>
    (await stack.query<{ campaign: { creative: { locale: string } | null } }>(CREATIVE, { slug })).data?.campaign
      .creative;

  run('stores a valid link normalised', async () => {
    const answer = await setCreative({
      ctaUrl: 'HTTPS://Daejeon.Example/a/../festival',
      imageUrl: '/demo/x/../img/kpop.svg',
    });
    expect(answer.data?.setCampaignCreative.creative).toEqual({
      locale: 'VI',
      ctaUrl: 'https://daejeon.example/festival',
      imageUrl: '/demo/img/kpop.svg',
    });
  });

  run('answers every hostile link with InvalidInput naming the field, and keeps the stored creative', async () => {
    const before = await stored();
    expect(before?.locale).toBe('VI');
    for (const [link] of HOSTILE) {
      for (const field of ['ctaUrl', 'imageUrl'] as const) {
        const answer = await setCreative({ [field]: link });
        if (textProblem(link)) {
          // Refused before any resolver by the rule every string argument passes (a NUL, say).
          expect(answer.errors?.[0]?.extensions?.code, JSON.stringify(link)).toBe('BAD_USER_INPUT');
          continue;
        }
        const result = answer.data?.setCampaignCreative;
        expect(result?.__typename, `${field}: ${JSON.stringify(link)}`).toBe('InvalidInput');
        expect(result?.fields?.map((problem) => problem.field)).toEqual([field]);
      }
    }
    expect(await stored()).toEqual(before);
  });
});
