import DataLoader from 'dataloader';

/** One row per key (or null), fetched in one statement per batch. */
export function rowLoader<K extends string, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const byKey = new Map((await fetch(keys)).map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** All rows sharing a key (for example a provider's procedures), fetched in one statement per batch. */
export function groupLoader<K extends string, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
    for (const row of await fetch(keys)) groups.get(keyOf(row))?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/**
 * Like groupLoader, for keys that carry arguments (a provider plus a date range): requests with the same
 * arguments are fetched together, one statement per distinct set of arguments.
 */
export function groupLoaderWithArgs<A, V>(
  fetch: (ids: string[], args: A) => Promise<V[]>,
  idOf: (row: V) => string,
): DataLoader<{ id: string; args: A }, V[], string> {
  return new DataLoader<{ id: string; args: A }, V[], string>(
    async (requests) => {
      const byArgs = new Map<string, { args: A; ids: string[] }>();
      for (const { id, args } of requests) {
        const argsKey = JSON.stringify(args);
        const group = byArgs.get(argsKey) ?? { args, ids: [] };
        group.ids.push(id);
        byArgs.set(argsKey, group);
      }
      const results = new Map<string, V[]>();
      const fetched = await Promise.all(
        [...byArgs].map(async ([argsKey, { args, ids }]) => ({ argsKey, rows: await fetch(ids, args) })),
      );
      for (const { argsKey, rows } of fetched) {
        for (const row of rows) {
          const key = `${idOf(row)}|${argsKey}`;
          const group = results.get(key);
          if (group) group.push(row);
          else results.set(key, [row]);
        }
      }
      return requests.map(({ id, args }) => results.get(`${id}|${JSON.stringify(args)}`) ?? []);
    },
    { cacheKeyFn: ({ id, args }) => `${id}|${JSON.stringify(args)}` },
  );
}
