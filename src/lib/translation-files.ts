import { existsSync } from 'node:fs';
import { bodyOf, frontmatterOf } from './entry-file.ts';
import { englishProseHash, translationPath, type ProseKind } from './translation.ts';
import { limitTranslationProblems } from './limits.ts';
import { limitTableSchema } from './schemas/limits.ts';

/**
 * Checks one translation file against the English file it translates, without a build: the
 * English exists, `translates` is its current hash, a message file has one "when" per message and
 * a protocol file one meaning per code. The writers' validate script and the unit tests use it.
 */

const extensions: Record<ProseKind, string[]> = { codes: ['.md'], pairs: ['.md'], guides: ['.mdx'], protocols: ['.yaml'], messages: ['.yaml'], limits: ['.yaml'] };

/** content/translations/de/pairs/1000-vs-1001.yaml → content/pairs/1000-vs-1001.md (or undefined). */
export function englishFileOf(file: string): { kind: ProseKind; english: string } | undefined {
  const p = translationPath(file);
  if (!p) return undefined;
  const kind = p.kind;
  const english = extensions[kind].map((ext) => `${p.root}${kind}/${p.name}${ext}`).find((f) => existsSync(f));
  return english ? { kind, english } : { kind, english: '' };
}

export function translationFileProblems(file: string): string[] {
  const found = englishFileOf(file);
  if (!found) return [];
  if (!found.english) return [`${file}: no English file of that name in content/`];
  const english = frontmatterOf(found.english) as Record<string, unknown>;
  const data = frontmatterOf(file) as Record<string, unknown>;
  const problems: string[] = [];
  const now = englishProseHash(found.kind, english, bodyOf(found.english));
  if (data.translates !== now) problems.push(`${file}: translates: ${String(data.translates)}, but ${found.english} is now ${now}`);
  if (found.kind === 'messages') {
    const want = (english.messages as unknown[]).length;
    const got = Array.isArray(data.when) ? data.when.length : 0;
    if (want !== got) problems.push(`${file}: when: ${got} items, but ${found.english} has ${want} messages`);
  }
  if (found.kind === 'protocols') {
    const want = (english.codes as { code: number }[]).map((c) => String(c.code)).sort();
    const got = Object.keys((data.meanings as object) ?? {}).sort();
    if (want.join() !== got.join()) problems.push(`${file}: meanings: keys ${got.join(', ')}, but ${found.english} has codes ${want.join(', ')}`);
  }
  if (found.kind === 'limits') {
    const table = limitTableSchema.safeParse(english);
    if (table.success) problems.push(...limitTranslationProblems(table.data, (data.strings as Record<string, string>) ?? {}).map((p) => `${file}: ${p}`));
  }
  if (found.kind === 'pairs' && Boolean(english.whichToSend) !== Boolean(data.whichToSend)) problems.push(`${file}: whichToSend: present in one of the English and the translation only`);
  return problems;
}
