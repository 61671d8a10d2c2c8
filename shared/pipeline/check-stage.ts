import { ClaimsDocument } from '../claims/document.ts';
import { judgeClaims } from '../judge/judge.ts';
import { collectBetweenPhases } from '../memory.ts';
import type { ReferenceStore } from '../reference/store.ts';
import type { VerdictReport } from '../report/report.ts';
import { renderHtmlParts } from '../render/html.ts';
import { counted, jsonParts } from './serialise.ts';
import { DEFAULT_MAX_CLAIMS, DEFAULT_MAX_CLAIMS_DOCUMENT_BYTES, DEFAULT_MAX_REPORT_BYTES } from '../claims/limits.ts';
import type { CompiledVocabulary } from '../vocabulary/vocabulary.ts';
import { isOtherVersion, ObjectTooLargeError, versionOf, type BlobStore } from './blob-store.ts';
import { articleKeyFor, KeyError, reportKeyFor } from './keys.ts';
import { eventVersion, folderMarker, refuseKey, reject, staleness, type Basis, type Outcome, type StageInput } from './outcome.ts';

export interface CheckDeps {
  blobs: BlobStore;
  reference: ReferenceStore;
  vocabulary?: CompiledVocabulary;
  /** Write the HTML page beside the JSON report. @default true */
  pages?: boolean;
  /** Limits on one article's work (claims/limits.ts); each past one ends in TOO_MANY_CLAIMS. */
  limits?: CheckLimits;
}

export interface CheckLimits {
  /** The most claims a document may hold. @default DEFAULT_MAX_CLAIMS */
  maxClaims?: number;
  /** The largest claims document read, refused before it is parsed. @default DEFAULT_MAX_CLAIMS_DOCUMENT_BYTES */
  maxDocumentBytes?: number;
  /** The largest report or page written. @default DEFAULT_MAX_REPORT_BYTES */
  maxReportBytes?: number;
}

/**
 * Check: a claims document (under claims/, or handed over in the queue message) → its verdict
 * report under reports/ (or an error report).
 *
 * The report describes the article version the claims document names, and is written only
 * while that is still the article's latest version: what readers find under reports/ never
 * goes back to an older version. A document that names no version (older documents, or one
 * not made from the article under articles/) is held to its own key's latest version instead.
 */
export async function checkClaims(input: StageInput, deps: CheckDeps): Promise<Outcome> {
  const marker = folderMarker(input);
  if (marker) return marker;
  let target: string;
  let articleKey: string;
  try {
    target = reportKeyFor(input.key);
    articleKey = articleKeyFor(input.key);
  } catch (err) {
    if (err instanceof KeyError) return refuseKey(deps.blobs, 'check', input, err);
    throw err;
  }
  const judged = await loadAndJudge(input, deps, articleKey);
  if ('status' in judged) return judged;
  const { basis, report, text } = judged;
  // The document's claims are garbage once judged: gone before the page and report are written.
  collectBetweenPhases(text.length);
  const stop = await staleness(deps.blobs, basis);
  if (stop) return stop;
  // Both outputs measured before either is written: a report too large to write must not
  // leave its page behind as if the article were done. Counting is a pass of serialising
  // without keeping it, so the outputs are never held whole; the blob store reuses the count.
  const maxReportBytes = deps.limits?.maxReportBytes ?? DEFAULT_MAX_REPORT_BYTES;
  const pages = deps.pages ?? true;
  const json = jsonParts(report, 'claims');
  const page = pages ? renderHtmlParts(report, text) : null;
  for (const [what, parts] of [['report', json], ['page', page]] as const) {
    if (!parts) continue;
    const bytes = counted(parts);
    if (bytes > maxReportBytes) {
      return reject(deps.blobs, 'check', input, 'TOO_MANY_CLAIMS', `the ${report.counts.claims}-claim ${what} would be ${bytes} bytes, over the ${maxReportBytes}-byte limit: split the article into parts, or raise the limit`, basis);
    }
  }
  // The page for editors first, then the JSON report in one PutObject: its presence is the
  // signal that the article is done.
  if (page) await deps.blobs.put(target.replace(/\.json$/, '.html'), page, 'text/html; charset=utf-8');
  await deps.blobs.put(target, json, 'application/json', reportSummary(report));
  const { claims, ...verdicts } = report.counts;
  return { status: 'written', key: target, claims, verdicts };
}

/**
 * The claims document read, validated and judged. In a function of its own so that only the
 * report and the text outlive it: the document's claims go before the page is rendered.
 */
async function loadAndJudge(input: StageInput, deps: CheckDeps, articleKey: string): Promise<{ basis: Basis; report: VerdictReport; text: string } | Outcome> {
  const limits = deps.limits ?? {};
  const loaded = input.document !== undefined ? handedOver(input, articleKey) : await load(input, deps.blobs, limits.maxDocumentBytes ?? DEFAULT_MAX_CLAIMS_DOCUMENT_BYTES);
  if ('status' in loaded) return loaded;
  const { read, parsed } = loaded;
  if (!parsed.success) {
    return reject(deps.blobs, 'check', input, parsed.code ?? 'BAD_CLAIMS', parsed.message, read);
  }
  // A document written by another split, with a higher cap or none, is held to this stage's.
  const maxClaims = limits.maxClaims ?? DEFAULT_MAX_CLAIMS;
  if (parsed.data.claims.length > maxClaims) {
    return reject(deps.blobs, 'check', input, 'TOO_MANY_CLAIMS', `the claims document holds ${parsed.data.claims.length} claims, over the limit of ${maxClaims} per article: split the article into parts, or raise the limit`, read);
  }
  // The bytes, their text and the raw JSON are garbage once the document is validated.
  collectBetweenPhases(parsed.data.text.length);
  const article = parsed.data.article;
  const basis: Basis =
    article.version && Object.keys(article.version).length && article.source === `s3://${input.bucket}/${articleKey}`
      ? { key: articleKey, version: article.version }
      : read;
  const report = await judgeClaims(parsed.data, deps.reference, deps.vocabulary ? { vocabulary: deps.vocabulary } : {});
  return { basis, report, text: parsed.data.text };
}

type Parsed = { success: true; data: ClaimsDocument } | { success: false; message: string; code?: 'TOO_MANY_CLAIMS' };
type Loaded = { read: Basis; parsed: Parsed };

/**
 * The claims document the event names, read and validated. Its bytes, text and raw JSON stay
 * in here and go as soon as the next form is made, so that they can be collected before
 * judging: on a 10 MB article the bytes are 23 MB and the text, two bytes a char, twice that.
 */
async function load(input: StageInput, blobs: BlobStore, maxBytes: number): Promise<Loaded | Outcome> {
  let got;
  try {
    got = await fetchObject(input, blobs, maxBytes);
  } catch (err) {
    // Refused by its size, before a byte of it is parsed: parsing is where memory would run out.
    if (err instanceof ObjectTooLargeError) {
      const message = `the claims document is ${err.size} bytes, over the ${maxBytes}-byte limit: the article holds too many claims; split it into parts, or raise the limit`;
      return { read: { key: input.key, version: eventVersion(input) }, parsed: { success: false, message, code: 'TOO_MANY_CLAIMS' } };
    }
    throw err;
  }
  if ('status' in got) return got;
  return { read: got.read, parsed: parseClaimsDocument(got.body) };
}

/**
 * A claims document handed over in the queue message. No object stands behind it: what the
 * report describes is the article, by the version the document names, or else the article's
 * latest version.
 */
function handedOver(input: StageInput, articleKey: string): Loaded {
  return { read: { key: articleKey, version: {} }, parsed: validated(input.document) };
}

/** A claims document's JSON value against its schema, with the first issues in words. */
function validated(json: unknown): Parsed {
  const parsed = ClaimsDocument.safeParse(json);
  if (parsed.success) return { success: true, data: parsed.data };
  const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.map(String).join('.')}: ${i.message}`);
  return { success: false, message: `claims document does not match its schema: ${issues.join('; ')}` };
}

/** The object's bytes in a holder of their own, so that the parse can let them go. */
async function fetchObject(input: StageInput, blobs: BlobStore, maxBytes: number): Promise<{ read: Basis; body: { bytes?: Uint8Array } } | Outcome> {
  const object = await blobs.get(input.key, { versionId: input.versionId, maxBytes });
  if (!object) return { status: 'gone' };
  const named = eventVersion(input);
  const read: Basis = { key: input.key, version: versionOf({ versionId: object.versionId ?? input.versionId, etag: object.etag ?? input.etag }) };
  // Read without a version id, a claims document replaced since the event is a newer one,
  // which has its own event.
  if (isOtherVersion(named, read.version)) return { status: 'superseded', key: input.key, version: named, latest: read.version };
  return { read, body: { bytes: object.bytes } };
}

/**
 * A claims document from its bytes, validated against its schema. Takes the bytes out of
 * `body` (the holder is left empty), so that nothing keeps them once they are decoded.
 */
export function parseClaimsDocument(body: { bytes?: Uint8Array }): Parsed {
  let json: unknown;
  try {
    json = parseJson(body);
  } catch (err) {
    return { success: false, message: `claims document is not readable JSON: ${(err as Error).message}` };
  }
  return validated(json);
}

// Each form in a function of its own: a caller's frame holds neither the bytes nor the text.
const parseJson = (body: { bytes?: Uint8Array }): unknown => JSON.parse(decodeTaken(body));

function decodeTaken(body: { bytes?: Uint8Array }): string {
  const bytes = body.bytes ?? new Uint8Array();
  delete body.bytes;
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/**
 * A report's summary as object metadata: which bytes it judged and its counts, so that
 * `upload --wait` and `watch` read a HEAD, not a report of tens of megabytes.
 */
export function reportSummary(report: VerdictReport): Record<string, string> {
  const c = report.counts;
  return { sha256: report.article.sha256, claims: String(c.claims), supported: String(c.supported), contradicted: String(c.contradicted), disputed: String(c.disputed), unverifiable: String(c.unverifiable) };
}
