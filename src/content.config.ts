import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { codeSchema } from './lib/schema.ts';

/**
 * One entry per close code. CONTENT_DIR lets the tests build the site over a broken fixture
 * to prove that a bad entry fails the build; the site itself always reads ./content/codes.
 */
const base = process.env.CONTENT_DIR ?? './content/codes';

const codes = defineCollection({
  // The id keeps the extension so that 1006.md and 1006.mdx are two entries, and a duplicate
  // code is reported by catalogue-checks.ts instead of one file silently replacing the other.
  loader: glob({ pattern: '**/*.{md,mdx}', base, generateId: ({ entry }) => entry }),
  schema: codeSchema,
});

export const collections = { codes };
