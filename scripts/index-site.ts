/**
 * The second step of `npm run build`: builds the Pagefind index of a built site, and fails on any
 * indexing error or an empty index (astro-pagefind only logs them).
 *   node scripts/index-site.ts [dist]
 * It runs in a process of its own once Astro's has ended. Run inside Astro's build (an
 * `astro:build:done` hook, until round thirty-six), Pagefind's 630 MB came on top of the 1,000 MB
 * Astro's process still held, most of it outside the JavaScript heap (a forced collection freed
 * none of it): the build's peak was 1,586 MB, over the bench's 1.5 GB budget.
 */
import { createIndex, close } from 'pagefind';
import { resolve } from 'node:path';

const site = resolve(process.argv[2] ?? 'dist');
const { index, errors } = await createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: site });
if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
if (added.page_count === 0) throw new Error(`Pagefind indexed no page in ${site}: is data-pagefind-body missing?`);
const written = await index.writeFiles({ outputPath: resolve(site, 'pagefind') });
if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
await close();
console.log(`Pagefind indexed ${added.page_count} pages of ${site}`);
