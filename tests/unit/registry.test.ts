import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadCatalogue } from '../helpers/content.ts';

/**
 * The registry and the site cannot drift apart silently: every entry's `ianaName` is the meaning
 * the IANA registry gives, as copied (with the date it was read) in tests/registry. When the
 * registry changes, update the copy from the registry and then the entries.
 */
const registry = JSON.parse(readFileSync('tests/registry/iana-close-codes.json', 'utf8')) as { meanings: Record<string, string>; registryUpdated: string; read: string };

test('every entry carries the registry meaning exactly, and every registered code has an entry', () => {
  const { codes } = loadCatalogue();
  assert.deepEqual(Object.fromEntries(codes.map((e) => [String(e.code), e.ianaName])), registry.meanings);
  assert.match(registry.read, /^\d{4}-\d{2}-\d{2}$/);
});

test('no protocol page claims a number the registry assigns', () => {
  const { numberPages } = loadCatalogue();
  assert.deepEqual(numberPages.filter((n) => String(n) in registry.meanings), []);
});
