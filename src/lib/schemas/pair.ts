import { z } from 'astro/zod';
import { prose, sourceRef } from './common.ts';

/** content/pairs/<a>-vs-<b>.md: a written comparison of two codes readers confuse. */
export const pairSchema = z.strictObject({
  /** The difference in one sentence, shown first on the page. */
  difference: prose('difference', 30).refine((s) => !/[.!?]\s+\S/.test(s.replace(/\b(e\.g|i\.e|etc|vs)\./g, '')), { error: 'difference must be one sentence' }),
  /** What you can observe to tell which one you have. */
  tellApart: prose('tellApart', 60),
  /** The situation where they get mixed up. */
  mixedUp: prose('mixedUp', 60),
  /** Which to send, with an example; absent only when neither code may be sent. */
  whichToSend: prose('whichToSend', 60).optional(),
  sources: z.array(sourceRef).min(1, { error: 'sources: a comparison needs at least one source' }),
});
export type PairData = z.output<typeof pairSchema>;
