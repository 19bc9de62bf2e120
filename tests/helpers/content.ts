import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildCatalogue, type Catalogue } from '../../src/lib/catalogue.ts';
import { checkCatalogue } from '../../src/lib/catalogue-checks.ts';
import { frontmatterOf, loadEntry } from '../../src/lib/entry-file.ts';
import { guideSchema } from '../../src/lib/schemas/guide.ts';
import { messageFileSchema } from '../../src/lib/schemas/message.ts';
import { protocolSchema } from '../../src/lib/schemas/protocol.ts';
import { guideHeadings, indexHolds, translatedPhrases, type GuideSummary, type TranslatedPhrases } from '../../src/lib/search-index.ts';
import { codeTranslationSchema, guideTranslationSchema } from '../../src/lib/schemas/translation.ts';
import { bodyOf } from '../../src/lib/entry-file.ts';
import { readFileSync } from 'node:fs';

/** The content read without Astro, the way the build reads it, for unit tests and scripts. */
const files = (dir: string, pattern: RegExp) => {
  try {
    return readdirSync(dir).filter((f) => pattern.test(f)).sort().map((f) => join(dir, f));
  } catch {
    return [];
  }
};

export function loadCatalogue(root = 'content', skip: (sourceId: string) => boolean = () => false): Catalogue {
  const codes = checkCatalogue(files(join(root, 'codes'), /\.mdx?$/).map((f) => loadEntry(f))).map((e) => e.data);
  const messages = files(join(root, 'messages'), /\.ya?ml$/)
    .map((f) => ({ id: f.replace(/^.*\//, ''), data: messageFileSchema.parse(frontmatterOf(f)) }))
    .filter((s) => !skip(s.id.replace(/\.ya?ml$/, '')));
  const protocols = files(join(root, 'protocols'), /\.ya?ml$/).map((f) => ({ id: f.replace(/^.*\//, ''), data: protocolSchema.parse(frontmatterOf(f)) }));
  return buildCatalogue(codes, messages, protocols);
}

export function loadGuides(root = 'content'): GuideSummary[] {
  return files(join(root, 'guides'), /\.mdx$/).map((f) => {
    const data = guideSchema.parse(frontmatterOf(f));
    const body = readFileSync(f, 'utf8').replace(/^---[\s\S]*?\n---/, '');
    return { slug: f.replace(/^.*\//, '').replace(/\.mdx$/, ''), title: data.title, symptoms: data.symptoms, codes: data.codes, headings: guideHeadings(data.summary, body) };
  });
}

/**
 * The translations' search texts that `locale`'s index holds (search-index.ts indexHolds), read the
 * way the build reads them (src/content.ts searchTranslations).
 */
export function loadTranslatedPhrases(root = 'content', locale = 'en', others = false): TranslatedPhrases {
  const locales = (() => {
    try {
      return readdirSync(join(root, 'translations')).flatMap((l) => {
        const held = indexHolds(locale, l, others);
        return held ? [{ l, brief: held.brief }] : [];
      });
    } catch {
      return [];
    }
  })();
  const codes = locales.flatMap(({ l, brief }) =>
    files(join(root, 'translations', l, 'codes'), /\.ya?ml$/).map((f) => ({ code: Number(f.replace(/^.*\//, '').replace(/\..*$/, '')), brief, data: codeTranslationSchema.parse(frontmatterOf(f)) })),
  );
  const guides = locales.flatMap(({ l, brief }) =>
    files(join(root, 'translations', l, 'guides'), /\.mdx$/).map((f) => ({ slug: f.replace(/^.*\//, '').replace(/\.mdx$/, ''), brief, data: guideTranslationSchema.parse(frontmatterOf(f)), body: bodyOf(f) })),
  );
  return translatedPhrases(codes, guides);
}
