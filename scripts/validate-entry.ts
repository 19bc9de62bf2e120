/**
 * Checks content entries against the schema without a full build, for a quick writing loop:
 *   npm exec -- node scripts/validate-entry.ts content/codes/1006.md content/messages/ws.yaml [...]
 * The build runs the same schema and the cross-entry checks.
 */
import { schemaProblems } from '../src/lib/entry-file.ts';
import { translationFileProblems } from '../src/lib/translation-files.ts';

let failed = 0;
for (const file of process.argv.slice(2)) {
  const problems = schemaProblems(file);
  if (problems.length === 0) problems.push(...translationFileProblems(file));
  if (problems.length === 0) console.log(`${file}: ok`);
  else {
    failed++;
    for (const p of problems) console.error(p);
  }
}
process.exit(failed ? 1 : 0);
