import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { codeSchema } from '../../src/lib/schema.ts';
import { codeTranslationSchema } from '../../src/lib/schemas/translation.ts';
import { frontmatterOf } from '../../src/lib/entry-file.ts';
import { staleTranslations } from '../../src/lib/localize.ts';

/**
 * Lists the translations now behind their English (npm test prints them) and fails while any is:
 * a change to the English must not leave a translation silently wrong. Translate again, then put
 * the new hash (scripts/prose-hash.ts) in `translates`.
 */
test('no translation is behind its English', () => {
  const entries = readdirSync('content/codes').map((f) => codeSchema.parse(frontmatterOf(`content/codes/${f}`)));
  const translations = readdirSync('content/translations').flatMap((l) =>
    readdirSync(`content/translations/${l}/codes`).map((f) => ({ id: `${l}/codes/${f}`, data: codeTranslationSchema.parse(frontmatterOf(`content/translations/${l}/codes/${f}`)) })),
  );
  const behind = staleTranslations(entries, translations);
  for (const line of behind) console.log(`translation behind: ${line}`);
  assert.deepEqual(behind, []);
  assert.equal(translations.length, 4 * 19, 'every code in zh, de, pt and fr');
});
