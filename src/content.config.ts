import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { contentRoot as root } from './lib/content-root.ts';
import { codeSchema } from './lib/schema.ts';
import { messageFileSchema } from './lib/schemas/message.ts';
import { protocolSchema } from './lib/schemas/protocol.ts';
import { guideSchema } from './lib/schemas/guide.ts';
import { pairSchema } from './lib/schemas/pair.ts';
import { limitTableSchema } from './lib/schemas/limits.ts';
import { codeTranslationSchema, guideTranslationSchema, limitsTranslationSchema, messagesTranslationSchema, pairTranslationSchema, protocolTranslationSchema } from './lib/schemas/translation.ts';

/**
 * One collection per kind of content, one folder each under content/. CONTENT_DIR lets the tests
 * build the site over a broken fixture to prove that a bad entry fails the build; the site itself
 * always reads ./content.
 */

/**
 * A collection read from one folder. Ids keep the file's path and extension, so that 1006.md and
 * 1006.mdx are two entries and a duplicate code is reported by catalogue-checks.ts instead of one
 * file silently replacing the other. A file the pattern skips (1006.MD, 1006.markdown) is
 * reported by strayFiles() in src/content.ts.
 */
const folder = <S extends z.ZodType>(dir: string, pattern: string, schema: S) =>
  defineCollection({ loader: glob({ pattern, base: `${root}/${dir}`, generateId: ({ entry }) => entry }), schema });

export const collections = {
  codes: folder('codes', '**/*.{md,mdx}', codeSchema),
  messages: folder('messages', '**/*.{yaml,yml}', messageFileSchema),
  protocols: folder('protocols', '**/*.{yaml,yml}', protocolSchema),
  // Guides keep the default id, the slug, since the MDX body is rendered from the entry.
  guides: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: `${root}/guides` }), schema: guideSchema }),
  pairs: folder('pairs', '**/*.md', pairSchema),
  limits: folder('limits', '**/*.{yaml,yml}', limitTableSchema),
  /**
   * The prose of the English files in zh, de, pt and fr: translations/<locale>/<kind>/<id>, one
   * collection per kind. Guide translations keep the default id ("de/guides/idle-timeouts"),
   * since their MDX body is rendered.
   */
  translations: folder('translations', '*/codes/*.{yaml,yml}', codeTranslationSchema),
  pairTranslations: folder('translations', '*/pairs/*.{yaml,yml}', pairTranslationSchema),
  guideTranslations: defineCollection({ loader: glob({ pattern: '*/guides/*.mdx', base: `${root}/translations` }), schema: guideTranslationSchema }),
  protocolTranslations: folder('translations', '*/protocols/*.{yaml,yml}', protocolTranslationSchema),
  messageTranslations: folder('translations', '*/messages/*.{yaml,yml}', messagesTranslationSchema),
  limitTranslations: folder('translations', '*/limits/*.{yaml,yml}', limitsTranslationSchema),
};
