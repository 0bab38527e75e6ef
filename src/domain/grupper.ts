/**
 * The items grouped by a key, each group in the items' given order (Node 20 has no
 * `Map.groupBy`).
 */
export function grupper<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
