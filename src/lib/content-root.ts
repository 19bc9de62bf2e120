import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Where the content folders live: ./content, or CONTENT_DIR when a test builds the site over a
 * broken fixture. One folder per kind of content, each with the file types its loader reads.
 */
export const contentRoot = process.env['CONTENT_DIR'] ?? './content';

export const contentKinds = {
  codes: /\.mdx?$/,
  messages: /\.ya?ml$/,
  protocols: /\.ya?ml$/,
  guides: /\.mdx$/,
  pairs: /\.md$/,
  limits: /\.ya?ml$/,
  translations: /\/[a-z]+\/(?:(?:codes|pairs|protocols|messages|limits)\/[^/]+\.ya?ml|guides\/[^/]+\.mdx)$/,
} as const;

function walk(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/**
 * Files in a content folder that its loader would skip (1006.MD, 1006.markdown, notes.txt):
 * reported as problems, so that an entry never vanishes silently. README files are allowed.
 */
export function strayFiles(root: string = contentRoot): string[] {
  return Object.entries(contentKinds).flatMap(([kind, pattern]) =>
    walk(join(root, kind))
      .filter((file) => !pattern.test(file) && !/(^|\/)README\.md$/.test(file))
      .map((file) => `${relative('.', file)}: this file is not read (content/${kind} takes ${kind === 'translations' ? '<locale>/{codes,pairs,protocols,messages,limits}/*.yaml and <locale>/guides/*.mdx' : pattern.source.replace(/\\|\$/g, '')} files); rename or remove it`),
  );
}
