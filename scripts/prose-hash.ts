/**
 * Prints the hash of an English file's prose, which a translation records in `translates:`:
 *   npm exec -- node scripts/prose-hash.ts content/codes/1006.md content/pairs/1000-vs-1001.md
 * Works for codes, pairs, guides (title, summary and body), protocols (about and meanings) and
 * message files (every "when", in order).
 */
import { bodyOf, frontmatterOf } from '../src/lib/entry-file.ts';
import { englishProseHash, type ProseKind } from '../src/lib/translation.ts';

for (const file of process.argv.slice(2)) {
  const kind = /(?:^|\/)(codes|pairs|guides|protocols|messages)\//.exec(file)?.[1] as ProseKind | undefined;
  if (!kind) {
    console.error(`${file}: not an English file of content/codes, pairs, guides, protocols or messages`);
    process.exitCode = 1;
    continue;
  }
  // Quoted, so that YAML never reads a hash of digits as a number.
  console.log(`${file}: translates: "${englishProseHash(kind, frontmatterOf(file) as Record<string, unknown>, bodyOf(file))}"`);
}
