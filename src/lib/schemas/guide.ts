import { z } from 'astro/zod';
import { closeCode, sourceRef, text } from './common.ts';

/** content/guides/<slug>.mdx: a troubleshooting guide for a situation, with its sources. */
export const guideSchema = z.strictObject({
  /** At most 90 characters: it is the page's <title>. */
  title: text(10).max(90),
  /** One sentence for lists and the meta description. */
  summary: text(20).max(200),
  /** How people describe the situation (search finds the guide by them). */
  symptoms: z.array(text(6)).min(3, { error: 'symptoms: at least 3, as people type them' }),
  /** The codes the guide is about, most likely first; each needs a page. */
  codes: z.array(closeCode).min(1, { error: 'codes: name at least one code, most likely first' }),
  sources: z.array(sourceRef).min(1, { error: 'sources: a guide needs at least one source' }),
  /** Messages the guide lists in full: `handshake` for every message of a failed opening handshake. */
  showMessages: z.enum(['handshake']).optional(),
  /** Position in the guide list. */
  order: z.int().min(0),
});
export type GuideData = z.output<typeof guideSchema>;
