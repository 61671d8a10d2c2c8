import type { ReferenceFact } from '../../shared/reference/fact.ts';
import { extractClaims } from '../../shared/claims/extract-claims.ts';
import { judgeClaims, type JudgeOptions } from '../../shared/judge/judge.ts';
import { MemoryReferenceStore } from '../../shared/reference/store.ts';
import type { JudgedClaim, VerdictReport } from '../../shared/report/report.ts';

const SOURCE = { organisation: 'Test Source', title: 'A test page', url: 'https://example.org/page', retrieved: '2026-11-22' };

/** A fact with defaults, for tests: give what matters to the case. */
export function fact(f: Partial<ReferenceFact> & Pick<ReferenceFact, 'id' | 'measure'>): ReferenceFact {
  return { entities: ['azerbaijan'], unit: 'people', source: SOURCE, ...f } as ReferenceFact;
}

/** Judges a text against a handful of facts. */
export async function judgeText(text: string, facts: ReferenceFact[], published?: string, options: JudgeOptions = {}): Promise<VerdictReport> {
  const doc = extractClaims(new TextEncoder().encode(text), published ? { published } : {});
  return judgeClaims(doc, new MemoryReferenceStore(facts), options);
}

export async function onlyVerdict(text: string, facts: ReferenceFact[], published?: string, options: JudgeOptions = {}): Promise<JudgedClaim> {
  const r = await judgeText(text, facts, published, options);
  const own = r.claims.filter((c) => c.figure.kind !== 'consistency');
  if (own.length !== 1) throw new Error(`expected one claim in ${JSON.stringify(text)}, got ${own.map((c) => c.figure.text).join(' | ')}`);
  return own[0]!;
}

const COUNTRIES = ['azerbaijan', 'armenia', 'turkey', 'russia', 'iran', 'georgia', 'pakistan'];
const MEASURES = ['soldiers_killed', 'civilians_killed', 'military_expenditure', 'people_displaced', 'settlements_taken', 'peacekeepers_deployed'];

/**
 * Facts that have nothing to do with any article: synthetic entities and periods far from the
 * sample articles' (years 1800-1899), for table-size and property tests.
 */
export function unrelatedFacts(n: number, seed = 1): ReferenceFact[] {
  let x = seed;
  const rnd = () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const out: ReferenceFact[] = [];
  for (let i = 0; i < n; i++) {
    const year = 1800 + Math.floor(rnd() * 100);
    const entity = rnd() < 0.5 ? `synthetic-${Math.floor(rnd() * 500)}` : COUNTRIES[Math.floor(rnd() * COUNTRIES.length)]!;
    const measure = rnd() < 0.7 ? `synthetic_measure_${Math.floor(rnd() * 50)}` : MEASURES[Math.floor(rnd() * MEASURES.length)]!;
    out.push({
      id: `synthetic-${seed}-${i}`,
      entities: [entity],
      measure,
      event: `synthetic-event-${Math.floor(rnd() * 1000)}`,
      period: { from: `${year}-01-01`, to: `${year}-12-31` },
      asOf: `${year + 1}-03-01`,
      value: Math.floor(rnd() * 1e6),
      unit: 'people',
      source: SOURCE,
    });
  }
  return out;
}
