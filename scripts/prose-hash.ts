/**
 * Prints the hash of an English file's prose, which a translation records in `translates:`:
 *   npm exec -- node scripts/prose-hash.ts content/codes/1006.md content/pairs/1000-vs-1001.md
 * Works for codes, pairs, guides (title, summary and body), protocols (about and meanings) and
 * message files (every "when", in order).
 *
 * After changing an English file AND the same sentences in its translations, record the new hash
 * in the translations with --write:
 *   npm exec -- node scripts/prose-hash.ts --write content/translations/{zh,de,pt,fr}/messages/ws.yaml
 */
import { bodyOf, frontmatterOf } from '../src/lib/entry-file.ts';
import { englishKindOf, englishProseHash, type ProseKind } from '../src/lib/translation.ts';
import { englishFileOf } from '../src/lib/translation-files.ts';
import { readFileSync, writeFileSync } from 'node:fs';

const hashOf = (kind: ProseKind, english: string) => englishProseHash(kind, frontmatterOf(english) as Record<string, unknown>, bodyOf(english));

if (process.argv[2] === '--write') {
  for (const file of process.argv.slice(3)) {
    const found = englishFileOf(file);
    if (!found?.english) {
      console.error(`${file}: not a translation of an English file`);
      process.exitCode = 1;
      continue;
    }
    const hash = hashOf(found.kind, found.english);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^translates:.*$/m, `translates: "${hash}"`));
    console.log(`${file}: translates: "${hash}"`);
  }
  process.exit();
}

for (const file of process.argv.slice(2)) {
  const kind = englishKindOf(file);
  if (!kind) {
    console.error(`${file}: not an English file of content/codes, pairs, guides, protocols or messages`);
    process.exitCode = 1;
    continue;
  }
  // Quoted, so that YAML never reads a hash of digits as a number.
  console.log(`${file}: translates: "${hashOf(kind, file)}"`);
}
