import type { Catalogue } from '../../src/lib/catalogue.ts';
import type { Matcher } from '../../src/lib/matcher.ts';
import type { Query } from './query-sets.ts';

/**
 * How many real error lines the first result names by the library that printed them (the line's
 * `from`), or by a message of the same text that library also prints (two libraries print alike:
 * the sentence is right either way). A line whose first result is not a library's message (a
 * number, a phrasing) is not named. Lines without a `from` are left out.
 */
export function namedByOwnSource(catalogue: Catalogue, matcher: Matcher, lines: readonly Query[]): { n: number; named: number } {
  // Each source's texts in the index's order (the catalogue's), where a result's `at` counts.
  const bySource = new Map<string, string[]>();
  for (const m of catalogue.messages) {
    const texts = bySource.get(m.sourceId);
    if (texts) texts.push(m.text);
    else bySource.set(m.sourceId, [m.text]);
  }
  let n = 0;
  let named = 0;
  for (const q of lines) {
    if (!q.from) continue;
    n++;
    const why = matcher.match(q.q)[0]?.why;
    if (why?.kind !== 'message') continue;
    const id = catalogue.sources[why.sourceIndex]!.id;
    const text = bySource.get(id)?.[why.at] ?? '';
    if (id === q.from || bySource.get(q.from)?.includes(text)) named++;
  }
  return { n, named };
}
