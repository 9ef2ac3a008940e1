import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError } from 'graphql';
import { isDataException } from './errors';
import { inputGuardPlugin } from './input-guard';
import { describeError, type Logger } from './logger';

const EXPECTED_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
]);

/**
 * Errors the client caused keep their message; anything unexpected (a SQL error, a bug) is logged
 * and reaches the client only as "Internal server error", never with a stack or SQL text.
 */
export function errorFormatter(logger: Logger, development: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : 'INTERNAL_SERVER_ERROR';
    if (EXPECTED_CODES.has(code)) return formatted;
    const original = unwrapResolverError(error);
    if (isDataException(original)) {
      // A value the edge rules let through and Postgres refused: the client's input, and nothing was stored.
      logger.warn({ error: describeError(original), path: formatted.path }, 'database refused an input value');
      return {
        message: development ? formatted.message : 'Invalid input: a value is malformed or out of range',
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT' },
      };
    }
    if (development) return formatted;
    // Errors relayed from a subgraph (or a failed call to it) were masked, and logged in full, there; this line says
    // which subgraph failed, for the operator reading this service's log.
    if (formatted.extensions?.serviceName) {
      const { serviceName } = formatted.extensions;
      logger.error(
        { serviceName, error: { message: formatted.message, code }, path: formatted.path },
        'subgraph error',
      );
      return formatted;
    }
    logger.error({ error: describeError(original), path: formatted.path }, 'unexpected error');
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/** Logs each operation's name, duration and error codes; never variables (they carry personal data). */
export function requestLogPlugin<C extends BaseContext>(logger: Logger): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ request, errors }) {
          logger.debug(
            {
              operation: request.operationName ?? null,
              ms: Math.round(performance.now() - started),
              errors: errors?.map((error) => error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
            },
            'graphql request',
          );
        },
      };
    },
  };
}

export function commonServerOptions<C extends BaseContext>(
  logger: Logger,
  development: boolean,
  landingPage: boolean,
): Pick<ApolloServerOptions<C>, 'formatError' | 'includeStacktraceInErrorResponses' | 'introspection' | 'plugins'> {
  return {
    formatError: errorFormatter(logger, development),
    includeStacktraceInErrorResponses: development,
    introspection: development,
    plugins: [
      requestLogPlugin<C>(logger),
      inputGuardPlugin<C>(),
      landingPage && development
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true })
        : ApolloServerPluginLandingPageDisabled(),
    ],
  };
}
