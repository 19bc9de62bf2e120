import type { ProtocolUse } from './catalogue.ts';
import { classOf } from './ranges.ts';

/** What a number's page must warn about, from the protocols that define it. */
export function numberNotes(code: number, uses: readonly ProtocolUse[]) {
  const meanings = new Set(uses.map((u) => u.name.trim().toLowerCase()));
  const protocolCount = new Set(uses.map((u) => u.protocolId)).size;
  return {
    protocolCount,
    /** Two protocols give the number different meanings. */
    conflict: protocolCount > 1 && meanings.size > 1,
    /** The number lies outside 4000–4999, where the registry does not let applications pick codes freely. */
    outsidePrivate: classOf(code) !== 'private',
  };
}
