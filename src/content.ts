import { getCollection } from 'astro:content';
import { checkCatalogue } from './lib/catalogue-checks.ts';
import { allRoutes } from './lib/routes.ts';
import type { CodeData } from './lib/schema.ts';

/**
 * The collection, read and checked once per build. Every page imports from here instead of
 * calling getCollection itself.
 */
const loaded = await getCollection('codes');

/** Every code entry, sorted by code; throws (failing the build) on a cross-entry problem. */
export const entries: CodeData[] = checkCatalogue(
  loaded.map((e) => ({ id: e.id, filePath: e.filePath ?? `content/codes/${e.id}`, data: e.data })),
).map((e) => e.data);

export const codes: number[] = entries.map((e) => e.code);
export const byCode: ReadonlyMap<number, CodeData> = new Map(entries.map((e) => [e.code, e]));
export const routes = allRoutes(entries);

/** The entry for a code the routes promised exists. */
export function entry(code: number): CodeData {
  const found = byCode.get(code);
  if (!found) throw new Error(`No entry for close code ${code}`);
  return found;
}
