import { execFile } from 'node:child_process';
import { accessSync, constants as fsConstants, existsSync } from 'node:fs';
import { appendFile, chown, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import postgres from 'postgres';

const execFileAsync = promisify(execFile);

const BIN_DIR = '/usr/lib/postgresql/15/bin';
const REQUIRED_BINARIES = ['initdb', 'pg_ctl', 'postgres'] as const;
const RUNUSER_CANDIDATES = ['/usr/sbin/runuser', '/sbin/runuser', '/usr/bin/runuser'] as const;
const OS_USER = 'postgres';
const DEFAULT_DATABASE = 'mt_test';
// postgres.js does not percent-decode the database part of a URL, so only names that need no encoding are allowed.
const DATABASE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
const HOST = '127.0.0.1';
const START_ATTEMPTS = 3;
const LOG_TAIL_LINES = 40;
const INITDB_TIMEOUT_MS = 120_000;
const PG_CTL_TIMEOUT_MS = 60_000;
// Durability is pointless for a throwaway cluster; turning it off makes writes much faster.
// These are constants: pg_ctl passes -o through /bin/sh, so nothing variable goes in here.
const SPEED_OPTIONS = '-c fsync=off -c synchronous_commit=off -c full_page_writes=off';

export interface PostgresCluster {
  url: string;
  stop(): Promise<void>;
}

interface Owner {
  uid: number;
  gid: number;
}

interface Layout {
  root: string;
  dataDir: string;
  socketDir: string;
  logFile: string;
}

interface ClusterContext {
  binDir: string;
  /** Set when running as root: PostgreSQL refuses to run as root, so tools are run as OS_USER. */
  runuser: string | null;
  owner: Owner | null;
  layout: Layout;
}

/**
 * Locates the PostgreSQL 15 server binaries. Never throws: when they (or, as root,
 * `runuser`) are unavailable it returns `{ skipReason }` so tests can skip.
 */
export function postgresBinaries(): { binDir: string } | { skipReason: string } {
  const missing = REQUIRED_BINARIES.filter((name) => !isExecutable(join(BIN_DIR, name)));
  if (missing.length > 0) {
    return {
      skipReason: `PostgreSQL 15 server binaries missing in ${BIN_DIR}: ${missing.join(', ')} (install postgresql-15)`,
    };
  }
  if (isRoot() && findRunuser() === null) {
    return { skipReason: `running as root but runuser is unavailable to drop privileges to "${OS_USER}"` };
  }
  return { binDir: BIN_DIR };
}

export async function startPostgresCluster(options: { database?: string } = {}): Promise<PostgresCluster> {
  const binaries = postgresBinaries();
  if ('skipReason' in binaries) {
    throw new Error(binaries.skipReason);
  }
  const database = options.database ?? DEFAULT_DATABASE;
  if (!DATABASE_NAME.test(database)) {
    throw new Error(`invalid database name ${JSON.stringify(database)}: must match ${String(DATABASE_NAME)}`);
  }
  const runuser = isRoot() ? findRunuser() : null;
  const owner = runuser === null ? null : await ensureOsUser();
  const layout = await createLayout(owner);
  const ctx: ClusterContext = { binDir: binaries.binDir, runuser, owner, layout };

  try {
    await initCluster(ctx);
    const port = await startServer(ctx);
    await createDatabase(ctx, port, database);
    return { url: clusterUrl(port, database), stop: once(() => teardown(ctx)) };
  } catch (error) {
    try {
      await teardown(ctx);
    } catch (cleanupError) {
      throw new AggregateError([error, cleanupError], `${errorMessage(error)}\n(cleanup also failed)`);
    }
    throw error;
  }
}

function isRoot(): boolean {
  return process.getuid?.() === 0;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findRunuser(): string | null {
  return RUNUSER_CANDIDATES.find(isExecutable) ?? null;
}

async function ensureOsUser(): Promise<Owner> {
  const existing = await lookupOwner();
  if (existing !== null) {
    return existing;
  }
  let useraddFailure = '';
  try {
    await execFileAsync('useradd', ['--system', '--no-create-home', OS_USER], { encoding: 'utf8' });
  } catch (error) {
    // Another test worker may have created the user concurrently; only the lookup below decides.
    useraddFailure = describeExecError(error);
  }
  const created = await lookupOwner();
  if (created === null) {
    throw new Error(`OS user "${OS_USER}" does not exist and could not be created:\n${useraddFailure}`);
  }
  return created;
}

async function lookupOwner(): Promise<Owner | null> {
  try {
    const [uid, gid] = await Promise.all([idOf('-u'), idOf('-g')]);
    return { uid, gid };
  } catch {
    return null;
  }
}

async function idOf(flag: '-u' | '-g'): Promise<number> {
  const { stdout } = await execFileAsync('id', [flag, OS_USER], { encoding: 'utf8' });
  const value = Number.parseInt(stdout.trim(), 10);
  if (!Number.isInteger(value)) {
    throw new Error(`unexpected output from id ${flag} ${OS_USER}: ${stdout}`);
  }
  return value;
}

async function createLayout(owner: Owner | null): Promise<Layout> {
  const root = await mkdtemp(join(tmpdir(), 'pg-cluster-'));
  const layout: Layout = {
    root,
    dataDir: join(root, 'data'),
    socketDir: join(root, 'socket'),
    logFile: join(root, 'server.log'),
  };
  try {
    await makeOwnedDir(layout.dataDir, owner);
    await makeOwnedDir(layout.socketDir, owner);
    // The server writes its log file into root, so it must own it too.
    await chownIfNeeded(root, owner);
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
  return layout;
}

async function makeOwnedDir(path: string, owner: Owner | null): Promise<void> {
  await mkdir(path, { mode: 0o700 });
  await chownIfNeeded(path, owner);
}

async function chownIfNeeded(path: string, owner: Owner | null): Promise<void> {
  if (owner !== null) {
    await chown(path, owner.uid, owner.gid);
  }
}

/** Strips PG* variables so a developer's environment (PGPORT, PGDATA, ...) cannot leak into the cluster. */
function toolEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('PG')));
}

async function runTool(
  ctx: ClusterContext,
  tool: (typeof REQUIRED_BINARIES)[number],
  args: readonly string[],
  timeoutMs: number,
): Promise<{ stdout: string; stderr: string }> {
  const binary = join(ctx.binDir, tool);
  const [file, argv] =
    ctx.runuser === null ? [binary, [...args]] : [ctx.runuser, ['-u', OS_USER, '--', binary, ...args]];
  // cwd must be readable by the postgres user, which the caller's cwd (e.g. /root) may not be.
  return execFileAsync(file, argv, { cwd: ctx.layout.root, env: toolEnv(), timeout: timeoutMs, encoding: 'utf8' });
}

async function initCluster(ctx: ClusterContext): Promise<void> {
  const baseArgs = ['-D', ctx.layout.dataDir, '--auth=trust', `--username=${OS_USER}`, '--encoding=UTF8', '--no-sync'];
  let localeFailure: string;
  try {
    await runTool(ctx, 'initdb', [...baseArgs, '--locale=C.UTF-8'], INITDB_TIMEOUT_MS);
    return;
  } catch (error) {
    localeFailure = describeExecError(error);
  }
  // Minimal images may lack the C.UTF-8 locale; a locale-free cluster is fine for tests.
  await rm(ctx.layout.dataDir, { recursive: true, force: true });
  await makeOwnedDir(ctx.layout.dataDir, ctx.owner);
  try {
    await runTool(ctx, 'initdb', [...baseArgs, '--no-locale'], INITDB_TIMEOUT_MS);
  } catch (error) {
    throw new Error(
      `initdb failed with --locale=C.UTF-8:\n${localeFailure}\n\ninitdb failed with --no-locale:\n${describeExecError(error)}`,
    );
  }
}

/** Starts the server on a free port, retrying when another process grabbed the port first. */
async function startServer(ctx: ClusterContext): Promise<number> {
  for (let attempt = 1; ; attempt += 1) {
    const port = await findFreePort();
    // Written to postgresql.conf rather than pg_ctl -o because -o goes through a shell;
    // later lines override earlier ones, so retries can simply append.
    await appendFile(join(ctx.layout.dataDir, 'postgresql.conf'), serverSettings(ctx.layout, port));
    try {
      await runTool(
        ctx,
        'pg_ctl',
        ['start', '-D', ctx.layout.dataDir, '-l', ctx.layout.logFile, '-w', '-t', '30', '-o', SPEED_OPTIONS],
        PG_CTL_TIMEOUT_MS,
      );
      return port;
    } catch (error) {
      const logTail = await readLogTail(ctx.layout.logFile);
      if (attempt < START_ATTEMPTS && /could not bind|address already in use/i.test(logTail)) {
        continue;
      }
      throw new Error(`pg_ctl start failed on port ${port}:\n${describeExecError(error)}${formatLogTail(logTail)}`);
    }
  }
}

function serverSettings(layout: Layout, port: number): string {
  const settings: ReadonlyArray<readonly [string, string]> = [
    ['listen_addresses', HOST],
    ['port', String(port)],
    ['unix_socket_directories', layout.socketDir],
    ['max_connections', '200'],
  ];
  const lines = settings.map(([name, value]) => `${name} = ${quoteConfValue(value)}`);
  return `\n# throwaway test cluster\n${lines.join('\n')}\n`;
}

function quoteConfValue(value: string): string {
  return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close();
        reject(new Error(`could not determine a free port on ${HOST}`));
        return;
      }
      server.close(() => resolve(address.port));
    });
  });
}

async function createDatabase(ctx: ClusterContext, port: number, database: string): Promise<void> {
  if (database === 'postgres') {
    return;
  }
  const sql = postgres(clusterUrl(port, 'postgres'), { max: 1, connect_timeout: 10, onnotice: () => {} });
  try {
    await sql`create database ${sql(database)}`;
  } catch (error) {
    const logTail = await readLogTail(ctx.layout.logFile);
    throw new Error(`CREATE DATABASE ${database} failed: ${errorMessage(error)}${formatLogTail(logTail)}`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

function clusterUrl(port: number, database: string): string {
  return `postgres://${OS_USER}@${HOST}:${port}/${database}`;
}

async function teardown(ctx: ClusterContext): Promise<void> {
  try {
    await stopServer(ctx);
  } finally {
    await rm(ctx.layout.root, { recursive: true, force: true });
  }
}

async function stopServer(ctx: ClusterContext): Promise<void> {
  // No pid file means the server never started (or already exited); pg_ctl stop would just fail.
  if (!existsSync(join(ctx.layout.dataDir, 'postmaster.pid'))) {
    return;
  }
  try {
    await runTool(
      ctx,
      'pg_ctl',
      ['stop', '-D', ctx.layout.dataDir, '-m', 'immediate', '-w', '-t', '30'],
      PG_CTL_TIMEOUT_MS,
    );
  } catch (error) {
    const logTail = await readLogTail(ctx.layout.logFile);
    throw new Error(`pg_ctl stop failed:\n${describeExecError(error)}${formatLogTail(logTail)}`);
  }
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let pending: Promise<void> | null = null;
  return () => {
    pending ??= fn();
    return pending;
  };
}

async function readLogTail(logFile: string): Promise<string> {
  try {
    const content = await readFile(logFile, 'utf8');
    return content.trimEnd().split('\n').slice(-LOG_TAIL_LINES).join('\n');
  } catch {
    return '';
  }
}

function formatLogTail(logTail: string): string {
  return logTail === '' ? '' : `\n--- server log (last ${LOG_TAIL_LINES} lines) ---\n${logTail}`;
}

/** execFile errors already carry stderr in their message; stdout (e.g. initdb's progress) is added here. */
function describeExecError(error: unknown): string {
  const message = errorMessage(error);
  if (error instanceof Error && 'stdout' in error && typeof error.stdout === 'string' && error.stdout.trim() !== '') {
    return `${message}\nstdout:\n${error.stdout.trimEnd()}`;
  }
  return message;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
