import { z } from 'astro/zod';
import { prose, text } from './common.ts';

/**
 * content/translations/<locale>/codes/<code>.yaml: the prose of one code entry in one language.
 * Facts stay in the English entry; `translates` is the hash of the English prose translated
 * (src/lib/translation.ts), so a later change to the English shows the translation is behind.
 */
export const codeTranslationSchema = z.strictObject({
  translates: z.string().regex(/^[0-9a-f]{12}$/, { error: 'translates must be the 12-character hash printed by scripts/prose-hash.ts' }),
  /** The display name in this language; the IANA name stays English on the page. */
  name: text(2),
  summary: text(10).max(160),
  description: prose('description'),
  whenYouSeeIt: prose('whenYouSeeIt'),
  howToFix: prose('howToFix'),
  /** How developers in this language describe the problem (search finds the page by them). */
  phrasings: z.array(text(3)).default([]),
  /** Where real phrasings were found. */
  sources: z.array(z.url({ protocol: /^https?$/ })).default([]),
});
export type CodeTranslation = z.output<typeof codeTranslationSchema>;
