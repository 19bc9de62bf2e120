import type { Catalogue } from '../../src/lib/catalogue.ts';
import type { Matcher } from '../../src/lib/matcher.ts';
import type { Query } from './query-sets.ts';

/**
 * How many real error lines the first result names by the library that printed them (the line's
 * `from`), or by a message of the same text that library also prints (two libraries print alike:
 * the sentence is right either way). A line whose first result is not a library's message (a
 * number, a phrasing) is not named. Lines without a `from` are left out. `claimed`: the first
 * results that say the library printed the line ("prints this", not "a similar message": matcher.ts
 * NEAR), and `claimedRight`, those of them that name the line's own library; `similar`: the first
 * results that say "a similar message".
 */
export function namedByOwnSource(catalogue: Catalogue, matcher: Matcher, lines: readonly Query[]): { n: number; named: number; claimed: number; claimedRight: number; similar: number } {
  // Each source's texts in the index's order (the catalogue's), where a result's `at` counts.
  const bySource = new Map<string, string[]>();
  for (const m of catalogue.messages) {
    const texts = bySource.get(m.sourceId);
    if (texts) texts.push(m.text);
    else bySource.set(m.sourceId, [m.text]);
  }
  let n = 0;
  let named = 0;
  let claimed = 0;
  let claimedRight = 0;
  let similar = 0;
  for (const q of lines) {
    if (!q.from) continue;
    n++;
    const why = matcher.match(q.q)[0]?.why;
    if (why?.kind !== 'message') continue;
    const id = catalogue.sources[why.sourceIndex]!.id;
    const text = bySource.get(id)?.[why.at] ?? '';
    const right = id === q.from || bySource.get(q.from)?.includes(text) === true;
    if (right) named++;
    if (why.near) similar++;
    else {
      claimed++;
      if (right) claimedRight++;
    }
  }
  return { n, named, claimed, claimedRight, similar };
}
