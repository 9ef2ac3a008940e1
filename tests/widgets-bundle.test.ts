import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWidgets, type WidgetBuild } from '../scripts/build-widgets';

/** The performance goal for the four visitor widgets together (docs/scaling.md). */
const BUDGET_GZIP_BYTES = 25 * 1024;

describe('the widgets bundle', () => {
  const outdir = mkdtempSync(join(tmpdir(), 'mt-widgets-'));
  let bundle: WidgetBuild;

  beforeAll(async () => {
    bundle = await buildWidgets(outdir);
  });
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it(`keeps all four elements, Lit and English within ${BUDGET_GZIP_BYTES / 1024} KB gzipped`, () => {
    expect(bundle.entry.gzipBytes).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  it('loads each other locale as its own small chunk', () => {
    expect(bundle.chunks.length).toBeGreaterThanOrEqual(9);
    for (const chunk of bundle.chunks) expect(chunk.gzipBytes).toBeLessThan(4 * 1024);
  });

  it('carries no graphql-js, no eval and defines its elements only when absent', () => {
    const code = readFileSync(join(outdir, 'widgets.js'), 'utf8');
    expect(code).not.toContain('GraphQLError');
    expect(code).not.toMatch(/\beval\(|new Function\(/);
    expect(code).toContain('customElements.get(');
  });

  it('keeps the staff dashboard out of the visitors’ bundle, in a module of its own', () => {
    expect(readFileSync(join(outdir, 'widgets.js'), 'utf8')).not.toContain('mt-campaign-dashboard');
    expect(readFileSync(join(outdir, 'dashboard', 'dashboard.js'), 'utf8')).toContain('mt-campaign-dashboard');
    expect(bundle.dashboard.gzipBytes).toBeLessThanOrEqual(20 * 1024);
  });
});
