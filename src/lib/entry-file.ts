import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { codeSchema } from './schema.ts';
import type { LoadedEntry } from './catalogue-checks.ts';

/**
 * Reads entries the way the build does (frontmatter through the same schema), for the writers'
 * validate script and the unit tests. The build itself uses Astro's glob loader.
 */

/** The frontmatter of a Markdown file as plain data. */
export function frontmatterOf(file: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`${file}: no frontmatter (a --- block at the top)`);
  return parse(match[1]!);
}

/** "file: field: message" lines for every schema problem of one entry file; empty when valid. */
export function schemaProblems(file: string): string[] {
  const result = codeSchema.safeParse(frontmatterOf(file));
  return result.success ? [] : result.error.issues.map((i) => `${file}: ${i.path.join('.') || '(entry)'}: ${i.message}`);
}

/** A schema-valid entry file as the catalogue checks receive it. */
export function loadEntry(file: string, id = file.replace(/^.*\//, '')): LoadedEntry {
  return { id, filePath: file, data: codeSchema.parse(frontmatterOf(file)) };
}
