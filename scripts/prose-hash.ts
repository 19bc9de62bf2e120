/**
 * Prints the hash of an English entry's prose, which a translation records in `translates:`:
 *   npm exec -- node scripts/prose-hash.ts content/codes/1006.md
 */
import { frontmatterOf } from '../src/lib/entry-file.ts';
import { proseHash } from '../src/lib/translation.ts';

// Quoted, so that YAML never reads a hash of digits as a number.
for (const file of process.argv.slice(2)) console.log(`${file}: translates: "${proseHash(frontmatterOf(file) as Record<string, unknown>)}"`);
