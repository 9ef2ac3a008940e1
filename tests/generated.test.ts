import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { repoPath, SUBGRAPH_NAMES } from '../core/subgraph-sdl';
import { API_SCHEMA_PATH, composeApiSchema, composeSupergraph, SUPERGRAPH_PATH } from '../gateway/compose';
import codegenConfig from '../codegen';

const run = promisify(execFile);

describe('committed generated files', () => {
  it('gateway/supergraph.graphql composes without errors and matches the subgraph schemas (npm run compose)', () => {
    expect(readFileSync(repoPath(SUPERGRAPH_PATH), 'utf8')).toBe(composeSupergraph());
  });

  it('gateway/schema.graphql is the public schema of that supergraph (npm run compose)', () => {
    expect(readFileSync(repoPath(API_SCHEMA_PATH), 'utf8')).toBe(composeApiSchema());
  });

  it('resolver types, widget documents and the registered operations match the schemas (npm run codegen)', async () => {
    const outputs = await generate({ ...codegenConfig, cwd: repoPath('') }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      expect(readFileSync(repoPath(output.filename), 'utf8'), `${output.filename} is stale`).toBe(output.content);
    }
  });

  it('widgets/custom-elements.json matches the elements and their JSDoc (npm run cem)', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'mt-cem-'));
    try {
      await run(
        repoPath('node_modules/.bin/cem'),
        ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative(repoPath(''), scratch)],
        {
          cwd: repoPath(''),
        },
      );
      expect(readFileSync(join(scratch, 'custom-elements.json'), 'utf8')).toBe(
        readFileSync(repoPath('widgets/custom-elements.json'), 'utf8'),
      );
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it.each(SUBGRAPH_NAMES)('%s migrations match its drizzle tables (npm run db:generate)', async (subgraph) => {
    const scratch = mkdtempSync(join(tmpdir(), `mt-migrations-${subgraph}-`));
    try {
      cpSync(repoPath(`subgraphs/${subgraph}/migrations`), scratch, { recursive: true });
      const before = readdirSync(scratch, { recursive: true }).length;
      const { stdout, stderr } = await run(repoPath('node_modules/.bin/drizzle-kit'), ['generate'], {
        cwd: repoPath(''),
        // drizzle-kit prefixes the out folder with ./, so it must be relative to the repository.
        env: { ...process.env, SUBGRAPH: subgraph, MIGRATIONS_OUT: relative(repoPath(''), scratch) },
      });
      expect(readdirSync(scratch, { recursive: true }).length, stdout).toBe(before);
      expect(stdout + stderr).toContain('No schema changes');
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
