import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { codeSchema } from './schema.ts';
import { messageFileSchema } from './schemas/message.ts';
import { protocolSchema } from './schemas/protocol.ts';
import { guideSchema } from './schemas/guide.ts';
import { pairSchema } from './schemas/pair.ts';
import { limitTableSchema } from './schemas/limits.ts';
import { translationSchemas } from './schemas/translation.ts';
import { translationPath } from './translation.ts';
import type { LoadedEntry } from './catalogue-checks.ts';

/**
 * Reads content files the way the build does (frontmatter or YAML through the same schema), for
 * the writers' validate script and the unit tests. The build itself uses Astro's loaders.
 */

/** The frontmatter of a Markdown file, or a whole YAML file, as plain data. */
export function frontmatterOf(file: string): unknown {
  const source = readFileSync(file, 'utf8');
  if (/\.ya?ml$/.test(file)) return parse(source);
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (!match) throw new Error(`${file}: no frontmatter (a --- block at the top)`);
  return parse(match[1]!);
}

/** The Markdown body of a file (what follows its frontmatter); empty for YAML. */
export function bodyOf(file: string): string {
  if (/\.ya?ml$/.test(file)) return '';
  return readFileSync(file, 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
}

/** The schema for a content file, chosen by its folder. */
export function schemaFor(file: string): z.ZodType {
  const translated = /(?:^|\/)translations\//.test(file) ? translationPath(file) : undefined;
  if (translated) return translationSchemas[translated.kind];
  if (/(^|\/)messages\//.test(file)) return messageFileSchema;
  if (/(^|\/)protocols\//.test(file)) return protocolSchema;
  if (/(^|\/)guides\//.test(file)) return guideSchema;
  if (/(^|\/)pairs\//.test(file)) return pairSchema;
  if (/(^|\/)limits\//.test(file)) return limitTableSchema;
  return codeSchema;
}

/** "file: field: message" lines for every schema problem of one content file; empty when valid. */
export function schemaProblems(file: string, schema: z.ZodType = schemaFor(file)): string[] {
  const result = schema.safeParse(frontmatterOf(file));
  return result.success ? [] : result.error.issues.map((i) => `${file}: ${i.path.join('.') || '(entry)'}: ${i.message}`);
}

/** A schema-valid entry file as the catalogue checks receive it. */
export function loadEntry(file: string, id = file.replace(/^.*\//, '')): LoadedEntry {
  return { id, filePath: file, data: codeSchema.parse(frontmatterOf(file)) };
}
