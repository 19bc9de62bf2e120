import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentRoot as root } from './lib/content-root.ts';
import { codeSchema } from './lib/schema.ts';
import { messageFileSchema } from './lib/schemas/message.ts';
import { protocolSchema } from './lib/schemas/protocol.ts';
import { guideSchema } from './lib/schemas/guide.ts';
import { pairSchema } from './lib/schemas/pair.ts';
import { limitTableSchema } from './lib/schemas/limits.ts';
import { codeTranslationSchema } from './lib/schemas/translation.ts';

/**
 * One collection per kind of content, one folder each under content/. CONTENT_DIR lets the tests
 * build the site over a broken fixture to prove that a bad entry fails the build; the site itself
 * always reads ./content.
 */

// Ids keep the extension so that 1006.md and 1006.mdx are two entries, and a duplicate code is
// reported by catalogue-checks.ts instead of one file silently replacing the other. A file the
// pattern skips (1006.MD, 1006.markdown) is reported by strayFiles() in src/content.ts.
const codes = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: `${root}/codes`, generateId: ({ entry }) => entry }),
  schema: codeSchema,
});

const messages = defineCollection({
  loader: glob({ pattern: '**/*.{yaml,yml}', base: `${root}/messages`, generateId: ({ entry }) => entry }),
  schema: messageFileSchema,
});

const protocols = defineCollection({
  loader: glob({ pattern: '**/*.{yaml,yml}', base: `${root}/protocols`, generateId: ({ entry }) => entry }),
  schema: protocolSchema,
});

const guides = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${root}/guides` }),
  schema: guideSchema,
});

const pairs = defineCollection({
  loader: glob({ pattern: '**/*.md', base: `${root}/pairs`, generateId: ({ entry }) => entry }),
  schema: pairSchema,
});

const limits = defineCollection({
  loader: glob({ pattern: '**/*.{yaml,yml}', base: `${root}/limits`, generateId: ({ entry }) => entry }),
  schema: limitTableSchema,
});

/** The prose of code entries in zh, de, pt and fr: translations/<locale>/codes/<code>.yaml. */
const translations = defineCollection({
  loader: glob({ pattern: '*/codes/*.{yaml,yml}', base: `${root}/translations`, generateId: ({ entry }) => entry }),
  schema: codeTranslationSchema,
});

export const collections = { codes, messages, protocols, guides, pairs, limits, translations };
