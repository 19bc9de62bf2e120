import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { catalogueProblems, checkCatalogue, CatalogueError } from '../../src/lib/catalogue-checks.ts';
import { loadEntry, schemaProblems } from '../../src/lib/entry-file.ts';

const broken = 'tests/fixtures/broken';

test('every entry in content/codes passes the schema', () => {
  const files = readdirSync('content/codes').map((f) => `content/codes/${f}`);
  assert.equal(files.length, 19);
  assert.deepEqual(files.flatMap((f) => schemaProblems(f)), []);
  const entries = files.map((f) => loadEntry(f));
  assert.deepEqual(catalogueProblems(entries), []);
  assert.deepEqual(checkCatalogue(entries).map((e) => e.data.code), [...Array.from({ length: 16 }, (_, i) => 1000 + i), 3000, 3003, 3008]);
});

test('an unknown key is rejected, naming the file and the key', () => {
  assert.deepEqual(schemaProblems(`${broken}/unknown-key/codes/1006.md`), [`${broken}/unknown-key/codes/1006.md: (entry): Unrecognized key: "severity"`]);
});

test('a missing prose field is rejected, naming the file and the field', () => {
  assert.deepEqual(schemaProblems(`${broken}/missing-prose/codes/1006.md`), [`${broken}/missing-prose/codes/1006.md: howToFix: howToFix is required: write it for this site`]);
});

test('a code that is not a whole number is rejected', () => {
  assert.deepEqual(schemaProblems(`${broken}/code-not-integer/codes/1006.md`), [`${broken}/code-not-integer/codes/1006.md: code: must be a whole number (a close code)`]);
});

test('a code that does not match its file name fails the catalogue check', () => {
  const file = `${broken}/code-mismatch/codes/1007.md`;
  assert.deepEqual(catalogueProblems([loadEntry(file)]), [`${file}: code: 1006 does not match the file name (expected 1007.md to hold code 1007)`]);
});

test('a duplicate code fails the catalogue check, naming both files', () => {
  const a = `${broken}/duplicate/codes/1006.md`;
  const b = `${broken}/duplicate/codes/1006.mdx`;
  assert.deepEqual(catalogueProblems([loadEntry(a), loadEntry(b)]), [`${b}: code: 1006 is already defined in ${a}`]);
});

test('a related code without an entry fails the catalogue check', () => {
  const file = `${broken}/missing-related/codes/1006.md`;
  const entries = [loadEntry(file)];
  assert.deepEqual(catalogueProblems(entries), [`${file}: related: 1099 has no entry (no 1099.md beside this file)`]);
  assert.throws(() => checkCatalogue(entries), (e: unknown) => e instanceof CatalogueError && e.message === `The code catalogue has 1 problem(s):\n  - ${file}: related: 1099 has no entry (no 1099.md beside this file)`);
});
