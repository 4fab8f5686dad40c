import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError, isDomainError } from '@yunghap/kernel';
import { languagesOf } from './localized-text';
import { placeholdersOf, ProblemCatalogue } from './problem-catalogue';

/** What a context's catalogue lacks or holds in vain; every list is empty when it is complete. */
export interface CatalogueCoverage {
  /** Codes with neither a Korean message nor a catalogue entry. */
  readonly withoutKorean: readonly string[];
  /** `CODE {name}` where an entry names a value some refusal of that code has not in its details. */
  readonly unfilledPlaceholders: readonly string[];
  /** Entries for codes the context does not raise. */
  readonly unknownCodes: readonly string[];
  /** `Table.factory` that could not be called with stand-in arguments, so its refusal went unchecked. */
  readonly uncalled: readonly string[];
}

// Anything a factory may do with an argument: read it as text, a list or an actor.
const STAND_INS: readonly unknown[] = [new Proxy(['x'], { get: (target, key) => (key in target ? Reflect.get(target, key) : 'x') }), 1, 'x'];

/**
 * Every refusal the factory tables of a domain library build (`export const CallError = { … }`,
 * any export named `…Error` whose members are functions), each called with stand-in arguments.
 */
export function refusalsOf(domain: Readonly<Record<string, unknown>>): { readonly refusals: DomainError[]; readonly uncalled: string[] } {
  const refusals: DomainError[] = [];
  const uncalled: string[] = [];
  for (const [table, factories] of Object.entries(domain)) {
    if (!table.endsWith('Error') || typeof factories !== 'object' || factories === null) continue;
    for (const [name, factory] of Object.entries(factories)) {
      if (typeof factory !== 'function') continue;
      const built = STAND_INS.map((argument) => {
        try {
          return factory(...Array.from({ length: factory.length }, () => argument)) as unknown;
        } catch {
          return undefined;
        }
      }).find(isDomainError);
      if (built) refusals.push(built);
      else uncalled.push(`${table}.${name}`);
    }
  }
  return { refusals, uncalled };
}

// A code raised by name, and the first character of the message written after it, if a literal.
const RAISED_CODE = /(?:new DomainError|roleNotAllowed)\(\s*'([A-Z][A-Z0-9_]*\.[A-Z0-9_.]+)'(?:,\s*'[a-z-]+',\s*['`]([^'`$]))?/g;
const HANGUL_START = /^[\uac00-\ud7a3]/;
// Doc comments show examples of codes (`roleNotAllowed('GRANT.ROLE_NOT_ALLOWED', …)`) that are not raised there.
const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

/**
 * The codes the sources under `directories` raise by name (`new DomainError('CODE'`,
 * `roleNotAllowed('CODE'`), tests left out, each with whether its message is written in Korean first.
 */
export function codesRaisedIn(...directories: string[]): Map<string, boolean> {
  const codes = new Map<string, boolean>();
  const visit = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory() && entry.name !== 'testing') visit(path);
      else if (entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) {
        for (const [, code, first = ''] of withoutComments(readFileSync(path, 'utf8')).matchAll(RAISED_CODE))
          codes.set(code, (codes.get(code) ?? true) && HANGUL_START.test(first));
      }
    }
  };
  directories.forEach(visit);
  return codes;
}

/**
 * Whether a context's refusals all have Korean, from its domain library (factory tables, walked)
 * and its sources (codes raised outside the tables, scanned): a refusal's own message, or the
 * catalogue's entry for its code. Example, in a unit test:
 * `expect(catalogueCoverage(domain, codesRaisedIn(domainSrc, serviceSrc), CATALOGUE)).toEqual(COMPLETE)`.
 */
export function catalogueCoverage(
  domain: Readonly<Record<string, unknown>>,
  raised: ReadonlyMap<string, boolean>,
  catalogue: ProblemCatalogue,
): CatalogueCoverage {
  const { refusals, uncalled } = refusalsOf(domain);
  const codes = new Set([...raised.keys(), ...refusals.map((refusal) => refusal.code)]);
  // A refusal built from a table shows its message; one raised elsewhere only how its source begins.
  const korean = (code: string) => {
    const built = refusals.filter((refusal) => refusal.code === code);
    return built.length > 0 ? built.every((refusal) => languagesOf(refusal.message).ko !== undefined) : raised.get(code) === true;
  };
  const unfilledPlaceholders = Object.entries(catalogue).flatMap(([code, text]) =>
    [...new Set([...placeholdersOf(text.ko), ...placeholdersOf(text.en)])]
      .filter((name) => refusals.some((refusal) => refusal.code === code && !(name in refusal.details)))
      .map((name) => `${code} {${name}}`),
  );
  return {
    withoutKorean: [...codes].filter((code) => !catalogue[code] && !korean(code)).sort(),
    unfilledPlaceholders,
    unknownCodes: Object.keys(catalogue).filter((code) => !codes.has(code)),
    uncalled,
  };
}

export const COMPLETE_COVERAGE: CatalogueCoverage = { withoutKorean: [], unfilledPlaceholders: [], unknownCodes: [], uncalled: [] };
