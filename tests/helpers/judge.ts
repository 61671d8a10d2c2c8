import type * as z from 'zod';
import type { ClaimsDocument } from '../../shared/claims/document.ts';
import { extractClaims } from '../../shared/claims/extract-claims.ts';
import { judgeClaims } from '../../shared/judge/judge.ts';
import type { ReferenceFact } from '../../shared/reference/fact.ts';
import { MemoryReferenceStore } from '../../shared/reference/store.ts';
import type { JudgedClaim, VerdictReport } from '../../shared/report/report.ts';
import { Vocabulary } from '../../shared/vocabulary/schema.ts';
import { compileVocabulary, type CompiledVocabulary } from '../../shared/vocabulary/vocabulary.ts';

// Most framing and judging tests write a small beat of their own and read or judge short texts
// on it, against a handful of facts. These are the steps every such test repeated.

/**
 * A beat written for a test, compiled as the engine reads it. Its version and events may be left
 * out: the version only names the vocabulary in a report, and most beats know no event. The
 * fields are checked by Vocabulary.parse when the test runs, not by their static types, which
 * are narrower than what the schema accepts (a measure's `subjectKinds`).
 */
export function testBeat(source: Partial<Record<keyof z.input<typeof Vocabulary>, unknown>>): CompiledVocabulary {
  return compileVocabulary(Vocabulary.parse({ version: 'test', events: [], ...source }));
}

interface ReadOptions {
  /** The publication date the texts are read with; a call may give its own. */
  published?: string;
  /**
   * A paragraph set before each text: a heading, so that the text under test is the article's
   * body rather than its opening lines (where stamps and date lines are looked for), or a lead
   * the texts go on from.
   */
  heading?: string;
}

/** Reads texts as articles on a beat: `(text, published?)` gives the claims document. */
export function extractOn(vocabulary: CompiledVocabulary, { published, heading }: ReadOptions = {}): (text: string, published?: string) => ClaimsDocument {
  return (text, on = published) => extractClaims(new TextEncoder().encode(heading === undefined ? text : `${heading}\n\n${text}`), { vocabulary, ...(on ? { published: on } : {}) });
}

/**
 * Judges texts on a beat against a fixed set of facts: `(text, published?)` gives the verdict
 * report, for tests that keep it whole. The store is built once, not for every text.
 */
export function reportOn(vocabulary: CompiledVocabulary, facts: readonly ReferenceFact[], options: ReadOptions = {}): (text: string, published?: string) => Promise<VerdictReport> {
  const read = extractOn(vocabulary, options);
  const store = new MemoryReferenceStore(facts);
  return (text, published) => judgeClaims(read(text, published), store, { vocabulary });
}

/** As reportOn, giving only the report's judged claims: all that most tests look at. */
export function judgeOn(vocabulary: CompiledVocabulary, facts: readonly ReferenceFact[], options: ReadOptions = {}): (text: string, published?: string) => Promise<JudgedClaim[]> {
  const report = reportOn(vocabulary, facts, options);
  return async (text, published) => (await report(text, published)).claims;
}

type Kind = JudgedClaim['figure']['kind'];

/** A filter for `find` and `filter`: the claims whose figure is of one of these kinds. */
export const ofKind =
  (...kinds: Kind[]) =>
  (c: { figure: { kind: Kind } }): boolean =>
    kinds.includes(c.figure.kind);
