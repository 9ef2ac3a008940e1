import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../core/subgraph-sdl';

const run = promisify(execFile);

describe('the code base', () => {
  it('type-checks under the strict settings (npm run typecheck)', async () => {
    const result = await run(repoPath('node_modules/.bin/tsc'), ['--noEmit', '-p', '.'], { cwd: repoPath('') }).catch(
      (error: { stdout?: string }) => ({ stdout: error.stdout ?? String(error) }),
    );
    expect(result.stdout).toBe('');
  }, 120_000);
});
