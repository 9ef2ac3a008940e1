import { defineConfig } from 'drizzle-kit';

/** `SUBGRAPH=providers npx drizzle-kit generate` (see `npm run db:generate`) writes that subgraph's SQL migrations. */
const subgraph = process.env.SUBGRAPH ?? 'providers';

export default defineConfig({
  dialect: 'postgresql',
  schema: `./subgraphs/${subgraph}/schema.ts`,
  // MIGRATIONS_OUT lets the freshness test generate into a scratch copy.
  out: process.env.MIGRATIONS_OUT ?? `./subgraphs/${subgraph}/migrations`,
  schemaFilter: [subgraph],
});
