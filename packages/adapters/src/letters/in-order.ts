// Asynchronous work on a list, a few items at once, the results in the list's order.

/**
 * `make` of every item, at most `limit` running at once, the results in the items' order (whatever
 * order they finish in). A rejection rejects the whole; items not started by then are not started.
 */
export async function inOrder<T, R>(
  items: readonly T[],
  limit: number,
  make: (item: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (next < items.length && !failed) {
      const i = next++;
      try {
        out[i] = await make(items[i] as T);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}
