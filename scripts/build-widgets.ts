import { mkdirSync, readFileSync, rmSync } from 'node:fs';
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
  /** Other chunks: one per additional locale. */
  chunks: BundleFile[];
}

const version = (JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as { version: string }).version;

/**
 * Bundles the widgets into one ES module plus a chunk per non-English locale, under `outdir` and again
 * under `outdir/v<version>/` so partners can pin a version.
 */
export async function buildWidgets(outdir = repoPath('widgets/dist')): Promise<WidgetBuild> {
  rmSync(outdir, { recursive: true, force: true });
  let result: WidgetBuild | null = null;
  for (const target of [outdir, join(outdir, `v${version}`)]) {
    mkdirSync(target, { recursive: true });
    const output = await build({
      entryPoints: { widgets: repoPath('widgets/index.ts') },
      outdir: target,
      bundle: true,
      splitting: true,
      format: 'esm',
      minify: true,
      target: 'es2021',
      chunkNames: 'chunks/[name]-[hash]',
      define: { __WIDGETS_VERSION__: JSON.stringify(version) },
      legalComments: 'none',
      metafile: true,
      write: true,
    });
    const files = Object.keys(output.metafile.outputs).map((path): BundleFile => {
      const content = readFileSync(resolve(path));
      return {
        path: relative(repoPath(''), resolve(path)),
        bytes: content.length,
        gzipBytes: gzipSync(content).length,
      };
    });
    const entry = files.find((file) => file.path.endsWith('widgets.js'));
    if (!entry) throw new Error('the build produced no widgets.js');
    result ??= { entry, chunks: files.filter((file) => file !== entry) };
  }
  if (!result) throw new Error('nothing was built');
  return result;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const { entry, chunks } = await buildWidgets();
  console.log(
    `widgets/dist/widgets.js  ${kb(entry.bytes)} (${kb(entry.gzipBytes)} gzipped)  — all elements, Lit, English`,
  );
  const largest = Math.max(...chunks.map((chunk) => chunk.gzipBytes));
  console.log(
    `${chunks.length} locale chunks, each at most ${kb(largest)} gzipped, loaded only when a page needs that language`,
  );
  console.log(`also at widgets/dist/v${version}/`);
}
