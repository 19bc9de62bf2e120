import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Helpers for the checks that read the built site in dist/. */
export const distDir = join(import.meta.dirname, '..', '..', 'dist');

/** Every file under a built site (dist/ by default), as site paths ("/websocket/1006/index.html"). */
export function distFiles(top = distDir, dir = top): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? distFiles(top, full) : [`/${relative(top, full).split(sep).join('/')}`];
  });
}

/**
 * The two steps of `npm run build` (package.json), writing to `outDir`, as Node's arguments from
 * the project's root: Astro's build, then Pagefind's index in a process of its own
 * (scripts/index-site.ts).
 */
export const buildSteps = (outDir: string): string[][] => [
  [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir],
  [join('scripts', 'index-site.ts'), outDir],
];

export const htmlFiles = () => distFiles().filter((f) => f.endsWith('.html') && !f.startsWith('/pagefind/'));

export const readDist = (sitePath: string) => readFileSync(join(distDir, sitePath), 'utf8');

/** A redirect page: Astro writes a meta refresh for each configured redirect. */
export const isRedirect = (html: string) => /<meta http-equiv="refresh"/i.test(html);

/** The page file a site URL path is served from, or undefined when none exists. */
export function fileFor(urlPath: string): string | undefined {
  const path = decodeURI(urlPath.split(/[?#]/)[0]!);
  const candidates = path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`, `${path}.html`];
  return candidates.find((c) => existsSync(join(distDir, c)) && statSync(join(distDir, c)).isFile());
}

/** The URL path of a page file: "/de/websocket/1006/index.html" → "/de/websocket/1006/". */
export const urlOf = (file: string) => file.replace(/index\.html$/, '');

/** Every href and src value in a page. */
export function linksIn(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
}
