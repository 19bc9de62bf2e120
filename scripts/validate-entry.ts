/**
 * Checks content entries against the schema without a full build:
 *   node scripts/validate-entry.ts content/codes/1006.md [...]
 * The build runs the same schema; this is a quick loop for writers.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { codeSchema } from '../src/lib/schema.ts';

let failed = 0;
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!match) { console.error(`${file}: no frontmatter`); failed++; continue; }
  const result = codeSchema.safeParse(parse(match[1]));
  if (result.success) console.log(`${file}: ok`);
  else {
    failed++;
    for (const issue of result.error.issues) console.error(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
}
process.exit(failed ? 1 : 0);
