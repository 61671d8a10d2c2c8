import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClaimsDocument } from '../../shared/claims/document.ts';
import { judgeClaims } from '../../shared/judge/judge.ts';
import { keysFor } from '../../shared/judge/lookups.ts';
import { ReferenceFact } from '../../shared/reference/fact.ts';
import { MemoryReferenceStore } from '../../shared/reference/store.ts';
import { Verdict, VerdictReport } from '../../shared/report/report.ts';
import { fuzzer } from '../helpers/fuzz.ts';
import { documentAndTable } from './arbitraries.ts';

const fuzz = fuzzer(import.meta.url);

const VERDICTS = new Set<string>(Verdict.options);

/**
 * What a report promises beyond its schema's shapes, given the document and the table it came
 * from. Faults are collected and asserted once: an expectation per claim would cost more than
 * the judge itself.
 */
function expectSound(report: VerdictReport, doc: ClaimsDocument, table: readonly ReferenceFact[]): void {
  const parsed = VerdictReport.safeParse(report);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  const faults: string[] = [];
  const check = (ok: boolean, fault: () => string) => {
    if (!ok) faults.push(fault());
  };

  const c = report.counts;
  check(c.claims === report.claims.length, () => `counts.claims ${c.claims} of ${report.claims.length}`);
  check(c.supported + c.contradicted + c.disputed + c.unverifiable === c.claims, () => 'verdict counts do not add up');
  for (const v of Verdict.options) check(report.claims.filter((x) => x.verdict === v).length === c[v], () => `counts.${v}`);
  check(report.reference.facts === table.length, () => `reference.facts ${report.reference.facts} of ${table.length}`);
  expect(report.article).toEqual(doc.article);

  // Every claim of the document is judged once, with its quote, offsets and figure unchanged.
  const own = report.claims.filter((x) => x.figure.kind !== 'consistency');
  expect(own.map((x) => x.id).sort()).toEqual(doc.claims.map((x) => x.id).sort());
  const byId = new Map(doc.claims.map((x) => [x.id, x]));
  for (const j of own) {
    const d = byId.get(j.id)!;
    check(j.quote === d.quote && j.start === d.start && j.end === d.end && JSON.stringify(j.figure) === JSON.stringify(d.figure), () => `claim ${j.id} changed`);
  }

  const ids = new Map(table.map((f) => [f.id, f]));
  for (const j of report.claims) {
    const at = `${j.verdict} ${JSON.stringify(j.figure.text)}:`;
    check(VERDICTS.has(j.verdict), () => `${at} unknown verdict`);
    check(j.explanation.trim() !== '', () => `${at} no explanation`);
    // Words an editor should never read where a number or a name belongs.
    check(!/\b(?:undefined|NaN|Infinity|null)\b|\[object Object\]/.test(j.explanation), () => `${at} ${j.explanation}`);
    for (const e of j.evidence) {
      const f = ids.get(e.factId);
      if (!f) faults.push(`${at} evidence ${e.factId} is not in the table`);
      // The evidence shows the row as the table holds it.
      else check(e.value === f.value && e.low === f.low && e.high === f.high && e.unit === f.unit && JSON.stringify(e.source) === JSON.stringify(f.source), () => `${at} evidence ${e.factId} differs from its row`);
    }
    for (const r of j.rejected ?? []) check(ids.has(r.factId), () => `${at} rejected ${r.factId} is not in the table`);
    for (const k of j.computation ?? []) {
      check(Number.isFinite(k.value) && !/\b(?:undefined|NaN|Infinity)\b/.test(k.expression), () => `${at} computation ${k.expression} = ${k.value}`);
      for (const id of k.factIds) check(ids.has(id), () => `${at} computed from ${id}, not in the table`);
    }
    if (j.verdict !== 'unverifiable' && j.figure.kind !== 'consistency') check(j.evidence.length + (j.computation?.length ?? 0) > 0, () => `${at} a verdict on nothing`);
  }
  expect(faults).toEqual([]);
}

describe('fuzzing the verdict engine', () => {
  it('generated articles against generated tables: a sound report, whatever the rows hold', async () => {
    let judged = 0;
    let withEvidence = 0;
    await fuzz.checkAsync(
      fc.asyncProperty(documentAndTable, async ([doc, table]) => {
        expect(table.filter((f) => !ReferenceFact.safeParse(f).success).map((f) => f.id), 'generated rows the schema refuses').toEqual([]);
        const report = await judgeClaims(doc, new MemoryReferenceStore(table));
        expectSound(report, doc, table);
        const looked = report.claims.filter((x) => x.figure.kind !== 'consistency' && keysFor(doc.claims.find((d) => d.id === x.id)!).length > 0);
        judged += looked.length;
        withEvidence += looked.filter((x) => x.evidence.length > 0).length;
      }),
      2_200,
    );
    // Tables that never meet the articles would test nothing but the "no fact" path.
    if (fuzz.runs(2_200) >= 100) expect(withEvidence).toBeGreaterThan(judged / 20);
  }, fuzz.timeout);

  it('the same document and table give the same report, in whatever order the rows come', async () => {
    await fuzz.checkAsync(
      fc.asyncProperty(documentAndTable, fc.infiniteStream(fc.nat()), async ([doc, table], order) => {
        const shuffled = table.map((f) => [order.next().value as number, f] as const).sort((a, b) => a[0] - b[0]).map(([, f]) => f);
        const a = await judgeClaims(doc, new MemoryReferenceStore(table));
        const b = await judgeClaims(structuredClone(doc), new MemoryReferenceStore(shuffled));
        expect(b).toEqual(a);
      }),
      300,
    );
  }, fuzz.timeout);
});
