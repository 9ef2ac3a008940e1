import { Writable } from 'node:stream';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { errorFormatter } from '../core/apollo';
import { PGlite } from '@electric-sql/pglite';
import { createLogger, describeError } from '../core/logger';
import { unavailable } from '../core/peers';

const email = 'aiko.tanaka@example.jp';
const phone = '+81 90 1234 5678';
const patientName = 'Aiko Tanaka';
const freeText = 'My left knee has hurt since the surgery in Osaka';

/** A logger like the services', writing its JSON lines here. */
function capturedLogger(name = 'providers') {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return {
    logger: createLogger('info', name, sink),
    lines: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
    text: () => lines.join(''),
  };
}

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
      type: 'DrizzleQueryError',
      message: 'query failed: insert into "providers"."appointments" values ($1, $2)',
      pgCode: '23505',
      constraint: 'appointments_reference_unique',
    });
  });

  it('describe a driver’s own error by its SQL and SQLSTATE, not by its message quoting the refused value', async () => {
    const db = new PGlite();
    const error = await db.query('select $1::uuid', [email]).catch((caught: unknown) => caught);
    await db.close();
    expect(String((error as Error).message)).toContain(email);
    const described = describeError(error);
    expect(JSON.stringify(described)).not.toContain(email);
    expect(described).toMatchObject({ message: 'query failed: select $1::uuid', pgCode: '22P02' });
    // Without the SQL text (a driver error raised outside a query call), only the SQLSTATE is kept.
    const bare = Object.assign(new Error(`invalid input syntax for type uuid: "${email}"`), {
      code: '22P02',
      severity: 'ERROR',
    });
    expect(describeError(bare)).toMatchObject({ message: 'database error 22P02', pgCode: '22P02' });
  });

  it('keep an unexpected error’s message and code in the line, and tell the client nothing of them', () => {
    const { logger, lines } = capturedLogger();
    const original = Object.assign(new Error('the slot calendar of provider 42 has no time zone'), {
      code: 'CALENDAR_BROKEN',
    });
    const formatted: GraphQLFormattedError = {
      message: original.message,
      path: ['provider', 'availability'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
    const answer = errorFormatter(logger, false)(formatted, original);
    expect(answer).toEqual({
      message: 'Internal server error',
      path: ['provider', 'availability'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(lines()).toEqual([
      expect.objectContaining({
        name: 'providers',
        msg: 'unexpected error',
        path: ['provider', 'availability'],
        error: expect.objectContaining({
          type: 'Error',
          message: 'the slot calendar of provider 42 has no time zone',
          code: 'CALENDAR_BROKEN',
        }),
      }),
    ]);
  });

  it('name the failing subgraph when the gateway relays its error', () => {
    const { logger, lines } = capturedLogger('gateway');
    const relayed: GraphQLFormattedError = {
      message: 'Internal server error',
      path: ['packages', 'edges', 0, 'node', 'campaigns'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'campaigns' },
    };
    expect(errorFormatter(logger, false)(relayed, new GraphQLError(relayed.message))).toBe(relayed);
    expect(lines()).toEqual([
      expect.objectContaining({
        name: 'gateway',
        msg: 'subgraph error',
        serviceName: 'campaigns',
        error: { message: 'Internal server error', code: 'INTERNAL_SERVER_ERROR' },
        path: ['packages', 'edges', 0, 'node', 'campaigns'],
      }),
    ]);
  });

  it('name the subgraph that did not answer, with its timeout', () => {
    const { logger, lines } = capturedLogger('itineraries');
    const failure = unavailable('providers', true, 5000);
    const formatted: GraphQLFormattedError = { message: failure.message, extensions: failure.extensions };
    errorFormatter(logger, false)(formatted, failure);
    expect(lines()[0]).toMatchObject({
      serviceName: 'providers',
      error: { message: 'The providers service did not answer within 5000 ms', code: 'SUBGRAPH_TIMEOUT' },
    });
  });

  it('censor contact details and patients’ free text even if an object carrying them is logged by mistake', () => {
    const { logger, lines, text } = capturedLogger();
    const contact = { name: patientName, email, phone, nationality: 'JP' };
    logger.error(
      {
        input: { contact, message: freeText },
        contact,
        email,
        request: { body: { variables: { input: { contact } } }, headers: { authorization: 'Bearer abc.def.ghi' } },
        staff: { name: patientName },
        deep: { a: { b: { c: { email, phone } } } },
        error: { type: 'Error', message: 'booking failed', code: 'SLOT_FULL' },
        serviceName: 'providers',
        operation: 'HoldSlot',
      },
      'hold failed',
    );
    for (const secret of [email, '1234 5678', patientName, freeText, 'abc.def.ghi'])
      expect(text()).not.toContain(secret);
    expect(lines()[0]).toMatchObject({
      name: 'providers',
      input: '[redacted]',
      contact: '[redacted]',
      email: '[redacted]',
      request: { body: { variables: '[redacted]' }, headers: { authorization: '[redacted]' } },
      staff: { name: '[redacted]' },
      deep: { a: { b: { c: { email: '[redacted]', phone: '[redacted]' } } } },
      error: { type: 'Error', message: 'booking failed', code: 'SLOT_FULL' },
      serviceName: 'providers',
      operation: 'HoldSlot',
      msg: 'hold failed',
    });
  });
});
