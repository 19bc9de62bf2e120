import { z } from 'astro/zod';
import { prose, text } from './common.ts';

/**
 * content/translations/<locale>/<kind>/<id>: the prose of one English file in one language.
 * Facts stay in the English file; `translates` is the hash of the English prose translated
 * (src/lib/translation.ts, printed by scripts/prose-hash.ts), so a later change to the English
 * shows the translation is behind.
 */
const translates = z.string().regex(/^[0-9a-f]{12}$/, { error: 'translates must be the 12-character hash printed by scripts/prose-hash.ts' });
/** Where real phrasings in this language were found. */
const phrasingSources = z.array(z.url({ protocol: /^https?$/ })).default([]);

/** translations/<locale>/codes/<code>.yaml */
export const codeTranslationSchema = z.strictObject({
  translates,
  /** The display name in this language; the IANA name stays English on the page. */
  name: text(2),
  summary: text(10).max(160),
  description: prose('description'),
  whenYouSeeIt: prose('whenYouSeeIt'),
  howToFix: prose('howToFix'),
  /** How developers in this language describe the problem (search finds the page by them). */
  phrasings: z.array(text(3)).default([]),
  sources: phrasingSources,
});
export type CodeTranslation = z.output<typeof codeTranslationSchema>;

/** translations/<locale>/pairs/<a>-vs-<b>.yaml */
export const pairTranslationSchema = z.strictObject({
  translates,
  difference: prose('difference', 10),
  tellApart: prose('tellApart', 20),
  mixedUp: prose('mixedUp', 20),
  whichToSend: prose('whichToSend', 20).optional(),
});
export type PairTranslation = z.output<typeof pairTranslationSchema>;

/** translations/<locale>/guides/<slug>.mdx: frontmatter here, the translated MDX body below it. */
export const guideTranslationSchema = z.strictObject({
  translates,
  title: text(4).max(90),
  summary: text(10).max(200),
  /** How developers in this language describe the situation. */
  symptoms: z.array(text(3)).min(3, { error: 'symptoms: at least 3, as people type them in this language' }),
  sources: phrasingSources,
});
export type GuideTranslation = z.output<typeof guideTranslationSchema>;

/** translations/<locale>/protocols/<slug>.yaml: the protocol's description and each code's meaning. */
export const protocolTranslationSchema = z.strictObject({
  translates,
  about: prose('about', 10),
  /** Keyed by the code number as written in the English file. */
  meanings: z.record(z.string().regex(/^\d+$/, { error: 'meanings are keyed by code number' }), prose('meaning', 5)),
});
export type ProtocolTranslation = z.output<typeof protocolTranslationSchema>;

/**
 * translations/<locale>/messages/<source>.yaml: the "when" of each message, in the English file's
 * order, and the source's name in this language where the English name holds more than names
 * ("Apple TLS errors (…)", "Firefox in other languages"); without it the page shows the English
 * name, marked as English.
 */
export const messagesTranslationSchema = z.strictObject({
  translates,
  source: text(2).optional(),
  when: z.array(prose('when', 5)).min(1),
});
export type MessagesTranslation = z.output<typeof messagesTranslationSchema>;

/**
 * translations/<locale>/limits/<table>.yaml: each English string of the table (src/lib/limits.ts
 * limitStrings: title, column labels, values, notes) → its text in this language, numbers kept.
 */
export const limitsTranslationSchema = z.strictObject({
  translates,
  strings: z.record(z.string().min(1), text(1)),
});
export type LimitsTranslation = z.output<typeof limitsTranslationSchema>;

/** The schema of a translation, by the kind of English file it translates (translation.ts proseKinds). */
export const translationSchemas = {
  codes: codeTranslationSchema,
  pairs: pairTranslationSchema,
  guides: guideTranslationSchema,
  protocols: protocolTranslationSchema,
  messages: messagesTranslationSchema,
  limits: limitsTranslationSchema,
} as const;
