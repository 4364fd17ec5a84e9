/** Indices of `items` ordered by `key`, ties in list order: findings keep pointing at the caller's indices. */
export function indicesSortedBy<T>(items: readonly T[], key: (item: T) => string): number[] {
  return items
    .map((item, index) => ({ index, key: key(item) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index))
    .map((entry) => entry.index);
}
