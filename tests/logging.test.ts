import { Writable } from 'node:stream';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import { createLogger, describeError } from '../core/logger';

const email = 'aiko.tanaka@example.jp';

describe('logs', () => {
  it('describe a failed query by its SQL and Postgres code, without the parameters (contact details)', () => {
    const cause = Object.assign(new Error('duplicate key value violates unique constraint'), {
      code: '23505',
      constraint_name: 'appointments_reference_unique',
    });
    const error = new DrizzleQueryError(
      'insert into "providers"."appointments" values ($1, $2)',
      ['Aiko', email],
      cause,
    );
    const described = describeError(error);
    expect(JSON.stringify(described)).not.toContain(email);
    expect(described).toMatchObject({
      message: 'query failed: insert into "providers"."appointments" values ($1, $2)',
      pgCode: '23505',
      constraint: 'appointments_reference_unique',
    });
  });

  it('censor contact details even if an object carrying them is logged by mistake', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = createLogger('info', 'test', sink);
    logger.info({ input: { contact: { name: 'Aiko', email }, email, phone: '+81 90 1234 5678' } }, 'hold');
    const logged = lines.join('');
    expect(logged).not.toContain(email);
    expect(logged).not.toContain('1234');
    expect(logged).toContain('[redacted]');
  });
});
