/** Every unordered pair of codes, lower code first, in ascending order: n·(n−1)/2 pairs. */
export function pairsOf(codes: readonly number[]): [number, number][] {
  const sorted = [...new Set(codes)].sort((a, b) => a - b);
  const pairs: [number, number][] = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) pairs.push([sorted[i]!, sorted[j]!]);
  }
  return pairs;
}

/** The canonical order of a pair: lower code first. */
export function orderPair(a: number, b: number): [number, number] {
  return a < b ? [a, b] : [b, a];
}
