import { getCollection } from 'astro:content';
import { assertNoProblems, bodyProblems, catalogueProblems, checkCatalogue, messageProblems } from './lib/catalogue-checks.ts';
import { buildCatalogue } from './lib/catalogue.ts';
import { strayFiles } from './lib/content-root.ts';
import { allRoutes } from './lib/routes.ts';
import type { CodeData } from './lib/schema.ts';

/**
 * The collections, read and checked once per build. Every page imports from here instead of
 * calling getCollection itself. A cross-entry problem throws, failing the build with the file
 * and field named.
 */
const [loadedCodes, loadedMessages, loadedProtocols] = await Promise.all([getCollection('codes'), getCollection('messages'), getCollection('protocols')]);

const withPath = <T extends { id: string; filePath?: string | undefined }>(kind: string, e: T) => ({ ...e, filePath: e.filePath ?? `content/${kind}/${e.id}` });
const codeFiles = loadedCodes.map((e) => withPath('codes', e));
const messageFiles = loadedMessages.map((e) => withPath('messages', e));
const protocolFiles = loadedProtocols.map((e) => withPath('protocols', e));

assertNoProblems(strayFiles(), catalogueProblems(codeFiles), bodyProblems(codeFiles));

/** Every code entry, sorted by code. */
export const entries: CodeData[] = checkCatalogue(codeFiles).map((e) => e.data);
export const catalogue = buildCatalogue(entries, messageFiles, protocolFiles);
assertNoProblems(messageProblems(messageFiles, catalogue.pages));

/** Message source id → its repository, for links to the file that prints a message. */
export const sourceRepos: ReadonlyMap<string, string | undefined> = new Map(catalogue.sources.map((s) => [s.id, s.repo]));

export const codes: number[] = entries.map((e) => e.code);
export const byCode: ReadonlyMap<number, CodeData> = new Map(entries.map((e) => [e.code, e]));
export const routes = allRoutes(entries, catalogue.numberPages);

/** The entry for a code the routes promised exists. */
export function entry(code: number): CodeData {
  const found = byCode.get(code);
  if (!found) throw new Error(`No entry for close code ${code}`);
  return found;
}
