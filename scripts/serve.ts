/**
 * The server the browser tests use: dist/ as a static host serves it. Every response, a 404
 * included, carries the security headers of dist/_headers (what the site ships to hosts), an
 * unknown path gets 404.html with status 404, and a malformed path gets a plain 400, never a
 * stack trace.
 *   npm run serve:test  (PORT, default 4321)
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const dist = join(import.meta.dirname, '..', 'dist');
const port = Number(process.env['PORT'] ?? 4321);
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.xml': 'application/xml',
  '.svg': 'image/svg+xml', '.wasm': 'application/wasm', '.txt': 'text/plain', '.ico': 'image/x-icon', '.png': 'image/png',
};

/** The headers _headers gives every path ("/*"). */
function shippedHeaders(): Record<string, string> {
  const text = readFileSync(join(dist, '_headers'), 'utf8');
  return Object.fromEntries(text.split('\n').filter((l) => /^\s+\S+:/.test(l)).map((l) => { const i = l.indexOf(':'); return [l.slice(0, i).trim(), l.slice(i + 1).trim()]; }));
}

function fileFor(path: string): string | undefined {
  const base = normalize(join(dist, path));
  if (!base.startsWith(dist)) return undefined;
  for (const candidate of [base, join(base, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

createServer((req, res) => {
  const headers = shippedHeaders();
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  let path: string;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    res.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad request');
    return;
  }
  // A directory without its slash goes to the slash form, as static hosts do.
  const dir = fileFor(path);
  if (dir && dir.endsWith('index.html') && !path.endsWith('/') && !path.endsWith('index.html')) {
    res.writeHead(301, { Location: `${path}/` }).end();
    return;
  }
  const file = dir ?? join(dist, '404.html');
  res.writeHead(dir ? 200 : 404, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
}).listen(port, '127.0.0.1', () => console.log(`serving dist/ at http://127.0.0.1:${port}/`));
