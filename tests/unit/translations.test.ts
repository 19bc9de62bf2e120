import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { codeSchema } from '../../src/lib/schema.ts';
import { codeTranslationSchema, messagesTranslationSchema } from '../../src/lib/schemas/translation.ts';
import { bodyOf, frontmatterOf, schemaProblems } from '../../src/lib/entry-file.ts';
import { messagesProseHash } from '../../src/lib/translation.ts';
import { translationFileProblems } from '../../src/lib/translation-files.ts';
import { defaultLocale, localeCodes } from '../../src/i18n/locales.ts';

const nonDefaultLocales = localeCodes.filter((l) => l !== defaultLocale);
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

/**
 * Every English file of every kind has a current translation in each of the four locales; CI
 * fails while one is missing, behind, or does not match its English (message counts, protocol
 * codes). The lines printed say which, so a writer knows what to translate.
 */
test('every English file has a current, schema-valid translation in zh, de, pt and fr', () => {
  const kinds = { codes: '.yaml', pairs: '.yaml', guides: '.mdx', protocols: '.yaml', messages: '.yaml', limits: '.yaml' } as const;
  const problems: string[] = [];
  let checked = 0;
  for (const [kind, ext] of Object.entries(kinds)) {
    for (const english of readdirSync(`content/${kind}`)) {
      for (const locale of nonDefaultLocales) {
        const file = `content/translations/${locale}/${kind}/${english.replace(/\.[^.]+$/, ext)}`;
        checked++;
        if (!existsSync(file)) {
          problems.push(`${file}: missing (translates content/${kind}/${english})`);
          continue;
        }
        const found = [...schemaProblems(file), ...translationFileProblems(file)];
        problems.push(...found);
      }
    }
  }
  for (const line of problems) console.log(`translation: ${line}`);
  assert.deepEqual(problems, []);
  assert.ok(checked >= 4 * (19 + 50 + 14 + 20 + 41 + 2), `checked ${checked} translation files`);
});

/** A limits translation must carry every string of its table, and every number as the English has it. */
test('a limits translation that drops a string or changes a number is reported', async () => {
  const { limitTranslationProblems, limitStrings } = await import('../../src/lib/limits.ts');
  const { limitTableSchema } = await import('../../src/lib/schemas/limits.ts');
  const table = limitTableSchema.parse(frontmatterOf('content/limits/idle-timeouts.yaml'));
  const strings = Object.fromEntries(limitStrings(table).map((s) => [s, s]));
  assert.deepEqual(limitTranslationProblems(table, strings), []);
  const [first, second] = limitStrings(table).filter((s) => /\d/.test(s));
  const changed = { ...strings, [first!]: first!.replace(/\d+/, (n) => String(Number(n) + 1)) };
  delete changed[second!];
  const problems = limitTranslationProblems(table, { ...changed, 'a string the table never had': 'x' });
  assert.equal(problems.length, 3, problems.join('\n'));
  assert.match(problems.join('\n'), /has the numbers/);
  assert.match(problems.join('\n'), /no translation of/);
  assert.match(problems.join('\n'), /not in the table/);
});

/**
 * A source whose English name holds more than names ("Apple TLS errors (…)", "Firefox in other
 * languages") is named in each locale's language, and in all four or none: a reader of any locale
 * sees its name in one language. The name is part of what a translation translates, so renaming
 * the source in English leaves every translation behind.
 */
test('a source named in one locale\'s language is named in all four, and its English name is part of the hash', () => {
  const named = new Map<string, string[]>();
  for (const locale of nonDefaultLocales) {
    for (const f of readdirSync(`content/translations/${locale}/messages`)) {
      const t = messagesTranslationSchema.parse(frontmatterOf(`content/translations/${locale}/messages/${f}`));
      if (t.source) named.set(f, [...(named.get(f) ?? []), locale]);
    }
  }
  const partial = [...named].filter(([, ls]) => ls.length !== nonDefaultLocales.length).map(([f, ls]) => `${f}: only ${ls.join(', ')}`);
  assert.deepEqual(partial, []);
  for (const f of ['apple-security.yaml', 'firefox-l10n.yaml', 'windows-sockets.yaml', 'c-library-errno.yaml']) assert.ok(named.has(f), `${f} is named in each language`);
  assert.ok(named.size >= 59, `${named.size} sources named in each language`);
  const english = frontmatterOf('content/messages/windows-sockets.yaml') as { source: string; messages: { when: string }[] };
  assert.notEqual(messagesProseHash({ ...english, source: `${english.source} ` + 'renamed' }), messagesProseHash(english));
});

/**
 * A translation keeps the numbers of its English: every run of two digits or more (a code, a
 * version, a timeout, a status, a year) in an English text is in each of its translations as
 * often. A translation may add numbers (a code the English names in words); one that drops or
 * changes a number has drifted from the fact it translates. Links' targets are left out (their
 * numbers are paths), and digit runs make "1,000,000", "1.000.000" and "1 000 000" alike.
 */
test('every translation keeps the numbers of the English it translates', () => {
  const digits = (text: string) => {
    const counts = new Map<string, number>();
    for (const [run] of String(text).replace(/\]\([^)]*\)/g, ']').matchAll(/\d{2,}/g)) counts.set(run, (counts.get(run) ?? 0) + 1);
    return counts;
  };
  const problems: string[] = [];
  let compared = 0;
  const compare = (where: string, english: string, translated: string) => {
    compared++;
    const have = digits(translated);
    for (const [run, n] of digits(english)) if ((have.get(run) ?? 0) < n) problems.push(`${where}: ${run} (${n} in the English)`);
  };
  const fields = { codes: ['summary', 'description', 'whenYouSeeIt', 'howToFix'], pairs: ['difference', 'tellApart', 'mixedUp', 'whichToSend'] } as const;
  for (const locale of nonDefaultLocales) {
    for (const [kind, names] of Object.entries(fields)) {
      for (const file of readdirSync(`content/${kind}`)) {
        const english = frontmatterOf(`content/${kind}/${file}`) as Record<string, string | undefined>;
        const translated = frontmatterOf(`content/translations/${locale}/${kind}/${file.replace(/\.md$/, '.yaml')}`) as Record<string, string | undefined>;
        for (const f of names) compare(`${locale}/${kind}/${file} ${f}`, english[f] ?? '', translated[f] ?? '');
      }
    }
    for (const file of readdirSync('content/guides')) {
      const english = frontmatterOf(`content/guides/${file}`) as { title: string; summary: string };
      const path = `content/translations/${locale}/guides/${file}`;
      const translated = frontmatterOf(path) as { title: string; summary: string };
      compare(`${path}`, `${english.title} ${english.summary} ${bodyOf(`content/guides/${file}`)}`, `${translated.title} ${translated.summary} ${bodyOf(path)}`);
    }
    for (const file of readdirSync('content/protocols')) {
      const english = frontmatterOf(`content/protocols/${file}`) as { about: string; codes: { code: number; meaning: string }[] };
      const translated = frontmatterOf(`content/translations/${locale}/protocols/${file}`) as { about: string; meanings: Record<string, string> };
      compare(`${locale}/protocols/${file} about`, english.about, translated.about);
      for (const c of english.codes) compare(`${locale}/protocols/${file} ${c.code}`, c.meaning, translated.meanings[String(c.code)] ?? '');
    }
    for (const file of readdirSync('content/messages')) {
      const english = frontmatterOf(`content/messages/${file}`) as { messages: { when: string }[] };
      const translated = frontmatterOf(`content/translations/${locale}/messages/${file}`) as { when: string[] };
      english.messages.forEach((m, i) => compare(`${locale}/messages/${file} #${i}`, m.when, translated.when[i] ?? ''));
    }
  }
  for (const line of problems.slice(0, 20)) console.log(`number dropped: ${line}`);
  assert.deepEqual(problems, []);
  assert.ok(compared > 4 * 5977, `${compared} texts compared`);
});
