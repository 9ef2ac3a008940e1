import axe from 'axe-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { cleanup, gatewayUrl, mount, recordOperations, serverQuery, shadow, stateOf, waitFor } from '../shared/testing';
import './campaign-dashboard';
import { toCsv, type ResultRow } from './campaign-dashboard.component';
import type { MtCampaignDashboard } from './campaign-dashboard.component';

const ORGANISATION = 'daejeon-tourism';
let daejeonToken = '';
let tourismToken = '';

beforeAll(async () => {
  daejeonToken = await commands.issueStaffToken({
    kind: 'staff',
    id: 'm1',
    role: 'marketing',
    organisation: ORGANISATION,
  });
  tourismToken = await commands.issueStaffToken({ kind: 'staff', id: 't1', role: 'tourism-admin', region: 'DAEJEON' });
});
afterEach(cleanup);

const dashboard = async (attributes = '', token = daejeonToken) => {
  const element = await mount<MtCampaignDashboard>(
    `<mt-campaign-dashboard site-key="demo-site" endpoint="${gatewayUrl()}" ${attributes}></mt-campaign-dashboard>`,
  );
  element.token = token;
  return element;
};

const settled = async (element: MtCampaignDashboard) => {
  await waitFor(() => stateOf(element) === 'ready' || stateOf(element) === 'error' || stateOf(element) === 'empty');
  return shadow(element);
};

const numbers = (text: string | null | undefined) => Number((text ?? '').replace(/[^\d]/g, ''));

interface ServerStats {
  campaign: { stats: { impressions: number; clicks: number; inquiries: number; appointments: number } };
}

describe('<mt-campaign-dashboard>', () => {
  it('asks a visitor without a token to sign in, and sends nothing', async () => {
    const operations = recordOperations();
    try {
      const element = await dashboard('', '');
      const root = shadow(element);
      expect(root.textContent).toContain('Sign in with your staff token');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(operations.sent).toHaveLength(0);
    } finally {
      operations.restore();
    }
  });

  it("lists only the team's own campaigns and shows the chosen one's numbers as the API counts them", async () => {
    const mine = await serverQuery<{ myCampaigns: { edges: { node: { id: string; slug: string } }[] } }>(
      `{ myCampaigns(first: 50) { edges { node { id slug } } } }`,
      {},
      daejeonToken,
    );
    const element = await dashboard();
    const root = await settled(element);
    const options = [...root.querySelectorAll('select[part="picker"] option')].map((option) =>
      option.getAttribute('value'),
    );
    expect(options).toEqual(mine.myCampaigns.edges.map((edge) => edge.node.id));

    const chosen = mine.myCampaigns.edges.find((edge) => edge.node.slug === 'us-forces-daejeon-care')?.node;
    const picker = root.querySelector<HTMLSelectElement>('select[part="picker"]') as HTMLSelectElement;
    const selected = new Promise<CustomEvent>((resolve) =>
      element.addEventListener('mt-campaign-select', (event) => resolve(event as CustomEvent), { once: true }),
    );
    picker.value = chosen?.id ?? '';
    picker.dispatchEvent(new Event('change'));
    expect((await selected).detail).toEqual({ campaignId: chosen?.id, slug: 'us-forces-daejeon-care' });
    await waitFor(() => root.querySelector('[part="table"]') && stateOf(element) === 'ready');

    const server = await serverQuery<ServerStats>(
      `query($id: ID!) { campaign(id: $id) { stats { impressions clicks inquiries appointments } } }`,
      { id: chosen?.id },
      daejeonToken,
    );
    const figures = [...root.querySelectorAll('[part="headline"] dd')].map((dd) => numbers(dd.textContent));
    const { impressions, clicks, inquiries, appointments } = server.campaign.stats;
    expect([figures[0], figures[1], figures[3], figures[4]]).toEqual([impressions, clicks, inquiries, appointments]);
    expect(inquiries).toBeGreaterThan(0);

    // The table's rows add up to the headline.
    const rows = [...root.querySelectorAll('[part="table"] tbody tr')].map((row) =>
      [...row.querySelectorAll('td.number')].map((cell) => numbers(cell.textContent)),
    );
    const column = (index: number) => rows.reduce((sum, row) => sum + (row[index] ?? 0), 0);
    expect([column(0), column(1), column(2), column(3)]).toEqual([impressions, clicks, inquiries, appointments]);

    // One labelled bar per country and per site in the data; every chart has an accessible name and summary.
    const countries = new Set(
      [...root.querySelectorAll('[part="table"] tbody tr')].map((row) => row.children[1]?.textContent),
    );
    const charts = [...root.querySelectorAll('figure[part="chart"]')];
    expect(charts).toHaveLength(3);
    expect(charts[1]?.querySelectorAll('g[data-key]')).toHaveLength(countries.size);
    for (const chart of root.querySelectorAll('svg[role="img"]')) {
      expect(chart.querySelector('title')?.textContent).toBeTruthy();
      expect(chart.querySelector('desc')?.textContent).toMatch(/\d/);
    }
    expect((await axe.run(element)).violations.map((violation) => violation.id)).toEqual([]);
  });

  it('downloads the same numbers as CSV, quoted where needed and readable by spreadsheets', async () => {
    const rows: ResultRow[] = [
      {
        day: '2026-11-20',
        country: 'US',
        siteKey: 'daejeon-tourism-site',
        impressions: 40,
        clicks: 3,
        inquiries: 1,
        bookings: 0,
      },
      { day: '2026-11-21', country: null, siteKey: 'a,b"c', impressions: 2, clicks: 0, inquiries: 0, bookings: 1 },
    ];
    expect(toCsv(rows)).toBe(
      '\uFEFFday,country,site,impressions,clicks,inquiries,bookings\r\n' +
        '2026-11-20,US,daejeon-tourism-site,40,3,1,0\r\n' +
        '2026-11-21,,"a,b""c",2,0,0,1\r\n',
    );
    const element = await dashboard();
    const root = await settled(element);
    await waitFor(() => root.querySelector('[part="download"]'));
    let downloaded: Blob | null = null;
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      downloaded = blob as Blob;
      return original(blob);
    };
    try {
      root.querySelector<HTMLButtonElement>('[part="download"]')?.click();
      const blob = downloaded as unknown as Blob;
      // UTF-8 with a byte-order mark (which text() itself strips).
      expect([...new Uint8Array(await blob.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = (await blob.text()).trim().split('\r\n');
      expect(lines[0]).toBe('day,country,site,impressions,clicks,inquiries,bookings');
      const headline = numbers(root.querySelector('[part="headline"] dd')?.textContent);
      expect(lines.slice(1).reduce((sum, line) => sum + Number(line.split(',').at(-4)), 0)).toBe(headline);
    } finally {
      URL.createObjectURL = original;
    }
  });

  it('tells staff without a marketing role that the results are not theirs', async () => {
    const root = await settled(await dashboard('', tourismToken));
    expect(root.querySelector('[part="error"]')?.textContent).toContain('does not give access');
  });

  it('speaks Korean to Korean staff, and lays out right to left in Arabic', async () => {
    const korean = await settled(await dashboard('lang="ko"'));
    expect(korean.querySelector('h2')?.textContent).toBe('캠페인 성과');
    cleanup();
    const arabic = await dashboard('lang="ar"');
    await settled(arabic);
    expect(shadow(arabic).querySelector('[part="root"]')?.getAttribute('dir')).toBe('rtl');
  });
});
