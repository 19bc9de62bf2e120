import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/**
 * Builds the Pagefind index after Astro writes dist/. Unlike astro-pagefind, which only logs,
 * any indexing error or an empty index throws and fails the build.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'site-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { createIndex, close } = await import('pagefind');
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        if (added.page_count === 0) throw new Error('Pagefind indexed no page: is data-pagefind-body missing?');
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
        await close();
        logger.info(`Pagefind indexed ${added.page_count} pages`);
      },
    },
  };
}
