import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractClaims } from '../../shared/claims/extract-claims.ts';
import type { ClaimsDocument } from '../../shared/claims/document.ts';
import { judgeClaims } from '../../shared/judge/judge.ts';
import { fileReferenceStore } from '../../shared/reference/file-store.ts';
import type { VerdictReport } from '../../shared/report/report.ts';

export const EXAMPLES_DIR = resolve(import.meta.dirname, '../../examples');
export const EXAMPLES = readdirSync(EXAMPLES_DIR).filter((f) => /\.(?:txt|md|html)$/.test(f)).sort();

export interface Built {
  name: string;
  doc: ClaimsDocument;
  report: VerdictReport;
}

let store: ReturnType<typeof fileReferenceStore> | undefined;

/** The claims document and verdict report the pipeline makes of one article, against the real reference table. */
export async function build(name: string, bytes: Uint8Array, published?: string): Promise<Built> {
  store ??= fileReferenceStore();
  const doc = extractClaims(bytes, { source: `examples/${name}`, name, ...(published ? { published } : {}) });
  return { name, doc, report: await judgeClaims(doc, store) };
}

export const buildExample = (name: string) => build(name, readFileSync(join(EXAMPLES_DIR, name)));

/**
 * A short article the examples lack the cases of: a disputed casualty figure and a count that
 * its list does not add up to (a consistency check on the same figure as an ordinary claim).
 */
export const buildChecks = () =>
  build(
    'checks.txt',
    new TextEncoder().encode(
      'Casualty count\n\nAbout 5,000 soldiers were killed in the Second Karabakh War, the BBC said.\n\n' +
        'Turkey proposed a six-state platform, which would include Turkey, Azerbaijan, Russia, Iran and Georgia.\n',
    ),
    '2021-12-01',
  );

/** A deep copy, for tests that tamper with a real report. */
export const clone = <T>(x: T): T => structuredClone(x);
