import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { repoPath } from '../core/subgraph-sdl';

export interface BundleFile {
  path: string;
  bytes: number;
  gzipBytes: number;
}

export interface WidgetBuild {
  /** The entry module (every element, Lit and the English messages). */
  entry: BundleFile;
  /**
   * What a page downloads before any element can render: the entry and the chunks it imports statically (code
   * it shares with lazily loaded chunks lands in those), each file compressed on its own as a server sends it.
   */
  initial: { files: string[]; bytes: number; gzipBytes: number };
  /** Other chunks: the shared ones the entry imports, one per additional locale, and `<mt-booking>`'s. */
  chunks: BundleFile[];
  /** The marketing dashboard, a module of its own: partners' visitor pages never load it. */
  dashboard: BundleFile;
}

const version = (JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as { version: string }).version;

/**
 * Bundles the widgets into one ES module plus a chunk per non-English locale under `outdir`, and copies the
 * same files under `outdir/v<version>/` so partners can pin a version.
 */
/** Both modules: ES modules for evergreen browsers, locales split into lazily loaded chunks. */
const MODULE_OPTIONS = {
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  target: 'es2021',
  chunkNames: 'chunks/[name]-[hash]',
  define: { __WIDGETS_VERSION__: JSON.stringify(version) },
  legalComments: 'none',
} as const;

export async function buildWidgets(outdir = repoPath('widgets/dist')): Promise<WidgetBuild> {
  rmSync(outdir, { recursive: true, force: true });
  const output = await build({
    ...MODULE_OPTIONS,
    entryPoints: { widgets: repoPath('widgets/index.ts') },
    outdir,
    metafile: true,
    write: true,
  });
  const files = Object.keys(output.metafile.outputs).map((path): BundleFile => {
    const absolute = resolve(path);
    const content = readFileSync(absolute);
    cpSync(absolute, join(outdir, `v${version}`, relative(outdir, absolute)), { recursive: true });
    return { path: relative(repoPath(''), absolute), bytes: content.length, gzipBytes: gzipSync(content).length };
  });
  const entry = files.find((file) => file.path.endsWith('widgets.js'));
  if (!entry) throw new Error('the build produced no widgets.js');
  const byPath = new Map(files.map((file) => [file.path, file]));
  const outputs = output.metafile.outputs;
  const staticImports = (path: string) =>
    (outputs[path]?.imports ?? []).filter((entry) => entry.kind === 'import-statement').map((entry) => entry.path);
  const initialPaths = new Set<string>();
  const pending = Object.keys(outputs).filter((path) => resolve(path) === resolve(repoPath(entry.path)));
  for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
    if (initialPaths.has(path)) continue;
    initialPaths.add(path);
    pending.push(...staticImports(path));
  }
  const initialFiles = [...initialPaths].flatMap((path) => byPath.get(relative(repoPath(''), resolve(path))) ?? []);
  const initial = {
    files: initialFiles.map((file) => file.path),
    bytes: initialFiles.reduce((total, file) => total + file.bytes, 0),
    gzipBytes: initialFiles.reduce((total, file) => total + file.gzipBytes, 0),
  };
  const dashboardDir = join(outdir, 'dashboard');
  const dashboardPath = join(dashboardDir, 'dashboard.js');
  await build({
    ...MODULE_OPTIONS,
    entryPoints: { dashboard: repoPath('widgets/campaign-dashboard/campaign-dashboard.ts') },
    outdir: dashboardDir,
  });
  cpSync(dashboardDir, join(outdir, `v${version}`, 'dashboard'), { recursive: true });
  const dashboardContent = readFileSync(dashboardPath);
  const dashboard = {
    path: relative(repoPath(''), dashboardPath),
    bytes: dashboardContent.length,
    gzipBytes: gzipSync(dashboardContent).length,
  };
  return { entry, initial, chunks: files.filter((file) => file !== entry), dashboard };
}

/**
 * The staff console: one module (it is an application for signed-in staff, not something partners embed, so no
 * budget and no locale chunks), its page and stylesheet, into console/dist, which the gateway serves at /console/.
 */
export async function buildConsole(outdir = repoPath('console/dist')): Promise<BundleFile> {
  rmSync(outdir, { recursive: true, force: true });
  await build({
    ...MODULE_OPTIONS,
    splitting: false,
    entryPoints: { console: repoPath('console/console.ts') },
    outdir,
  });
  for (const file of ['index.html', 'console.css']) cpSync(repoPath(`console/${file}`), join(outdir, file));
  const path = join(outdir, 'console.js');
  const content = readFileSync(path);
  return { path: relative(repoPath(''), path), bytes: content.length, gzipBytes: gzipSync(content).length };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const { initial, chunks, dashboard } = await buildWidgets();
  console.log(
    `widgets/dist/widgets.js and what it imports: ${kb(initial.bytes)} (${kb(initial.gzipBytes)} gzipped, ${initial.files.length} files)  — every element, Lit, English`,
  );
  const lazy = chunks.filter((chunk) => !initial.files.includes(chunk.path));
  const largest = Math.max(...lazy.map((chunk) => chunk.gzipBytes));
  console.log(
    `${lazy.length} more chunks (one per non-English locale, <mt-booking>), each at most ${kb(largest)} gzipped, loaded only when needed`,
  );
  console.log(
    `widgets/dist/dashboard/dashboard.js  ${kb(dashboard.bytes)} (${kb(dashboard.gzipBytes)} gzipped)  — the marketing dashboard, for staff pages only`,
  );
  console.log(`also at widgets/dist/v${version}/`);
  const staffConsole = await buildConsole();
  console.log(
    `${staffConsole.path}  ${kb(staffConsole.bytes)} (${kb(staffConsole.gzipBytes)} gzipped)  — the staff console`,
  );
}
