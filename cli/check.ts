import { join } from 'node:path';
import { extractClaims } from '../shared/claims/extract-claims.ts';
import { judgeDocuments, JUDGE_BATCH } from '../shared/judge/judge.ts';
import type { ClaimsDocument } from '../shared/claims/document.ts';
import { shippedReferenceStore } from '../shared/reference/shipped.ts';
import type { ReferenceStore } from '../shared/reference/store.ts';
import { OutDir, rendererFor } from './formats.ts';
import { ArticleReadError } from '../shared/read/index.ts';
import type { CompiledVocabulary } from '../shared/vocabulary/vocabulary.ts';
import { expandInputs, InputError, isBeatFolder } from './inputs.ts';
import { claimsTable } from './render-claims.ts';
import { EXIT, type Io } from './exit.ts';
import { jsonPieces } from './json-pieces.ts';
import { isCalendarDay, printable } from '../shared/calendar.ts';
import type { CheckOptions } from './main.ts';

/** The reference the CLI judges against: the shipped file, another file, or a DynamoDB table. */
async function openStore(opts: CheckOptions): Promise<ReferenceStore> {
  if (opts.table) {
    if (opts.reference) throw new InputError('give --reference or --table, not both');
    // Loaded only when asked for: the AWS SDK stays out of the default path.
    const { dynamoReferenceStore } = await import('../adapters/dynamodb/reference-store.ts');
    return dynamoReferenceStore({ table: opts.table, ...(opts.endpoint ? { endpoint: opts.endpoint } : {}), ...(opts.region ? { region: opts.region } : {}) });
  }
  if (opts.reference === undefined) return shippedReferenceStore();
  // A user's file is read through its schema and, for CSV, a parser: loaded only then.
  const { fileReferenceStore } = await import('../shared/reference/file-store.ts');
  return fileReferenceStore(opts.reference);
}


/** `factcheck check`: reads, frames and judges each article, and prints or writes its report. Returns the exit code. */
export async function runCheck(inputs: string[], opts: CheckOptions, io: Io): Promise<number> {
  let exitCode: number = EXIT.ok;
  if (opts.published !== undefined && !isCalendarDay(opts.published)) {
    throw new InputError(`--published must be a date as YYYY-MM-DD, got "${opts.published}"`);
  }
  if (opts.beat) {
    if (!isBeatFolder(opts.beat)) throw new InputError(`--beat ${opts.beat}: a beat's folder holds vocabulary.json and facts.json`);
    opts.vocabulary ??= join(opts.beat, 'vocabulary.json');
    if (!opts.table) opts.reference ??= join(opts.beat, 'facts.json');
    if (inputs.length === 0) inputs = [opts.beat];
  }
  if (inputs.length === 0) throw new InputError('no articles given: name files, directories or - (standard input), or a --beat folder');
  let vocabulary: CompiledVocabulary | undefined;
  if (opts.vocabulary) {
    // A user's vocabulary is checked against its schema, which loads zod: only then.
    const { loadVocabulary } = await import('../shared/vocabulary/file.ts');
    vocabulary = loadVocabulary(opts.vocabulary);
  }
  if (opts.claimsOnly && opts.format !== 'table' && opts.format !== 'json') throw new InputError('--claims-only prints a table or json');
  const all = expandInputs(inputs, io.stdin, (dir) => io.stderr(`factcheck: skipped ${printable(dir)}: a beat of its own (vocabulary.json, facts.json); check it with --beat ${printable(dir)}\n`));
  if (opts.format === 'html' && all.length > 1 && !opts.out) throw new InputError('one HTML page per article: give --out DIR for more than one article');
  const store = opts.claimsOnly ? null : await openStore(opts);
  const out = opts.out ? new OutDir(opts.out) : null;
  const docs: unknown[] = [];
  const pieces: string[] = [];
  const render = store ? await rendererFor(opts.format) : null;
  // Read a batch of articles, then judge them together (judgeDocuments, JUDGE_BATCH): one
  // round of reference lookups per batch, and faster than one article after another.
  type Read = { input: (typeof all)[number]; doc: ClaimsDocument } | { input: (typeof all)[number]; error: ArticleReadError };
  let batch: Read[] = [];
  let batchBytes = 0;
  const flush = async () => {
    const read = batch;
    batch = [];
    batchBytes = 0;
    const judged = store ? await judgeDocuments(read.flatMap((r) => ('doc' in r ? [r.doc] : [])), store, vocabulary ? { vocabulary } : {}) : [];
    let next = 0;
    for (const r of read) {
      const { input } = r;
      if ('error' in r) {
        exitCode = EXIT.badInput;
        io.stderr(`factcheck: ${printable(input.source)}: ${r.error.message}\n`);
        if (opts.format === 'json' && !out) docs.push({ schema: 'factcheck/error', source: input.source, error: { code: r.error.code, message: r.error.message } });
        continue;
      }
      const doc = r.doc;
      if (!store) {
        if (out) io.stderr(`wrote ${printable(out.write(input.source, opts.format, opts.format === 'json' ? `${JSON.stringify(doc, null, 2)}\n` : `${claimsTable(doc)}\n`))}\n`);
        else if (opts.format === 'json') docs.push(doc);
        else io.stdout(`${claimsTable(doc)}\n\n`);
        continue;
      }
      const report = judged[next++]!;
      if (report.counts.contradicted > 0 && exitCode === EXIT.ok) exitCode = EXIT.contradicted;
      if (out) io.stderr(`wrote ${printable(out.write(input.source, opts.format, render!(report, doc.text, { isTTY: false }, opts.explain)))}\n`);
      else if (opts.format === 'json') docs.push(report);
      else if (opts.format === 'claimreview') docs.push(...(JSON.parse(render!(report)) as unknown[]));
      else pieces.push(render!(report, doc.text, process.stdout, opts.explain));
    }
  };
  for (const input of all) {
    try {
      const bytes = input.read(opts.maxBytes);
      batchBytes += bytes.length;
      batch.push({
        input,
        doc: extractClaims(bytes, {
          source: input.source,
          name: input.name,
          maxBytes: opts.maxBytes,
          ...(opts.published ? { published: opts.published } : {}),
          ...(vocabulary ? { vocabulary } : {}),
        }),
      });
    } catch (err) {
      // Told by name too: standard input is read by the CLI's own module, whose error class is
      // not this copy's where the common-path engine runs from its own file (cli/engine.ts).
      if (!(err instanceof ArticleReadError) && (err as Error | undefined)?.name !== 'ArticleReadError') throw err;
      batch.push({ input, error: err as ArticleReadError });
    }
    if (batch.length >= JUDGE_BATCH.documents || batchBytes >= JUDGE_BATCH.bytes) await flush();
  }
  await flush();
  if (out) return exitCode;
  if (opts.format === 'json') {
    for (const piece of jsonPieces(docs.length === 1 ? docs[0] : docs)) io.stdout(piece);
    io.stdout('\n');
  }
  // Escaped as the renderer escapes it: JSON-LD is pasted into <script> elements, where a "</"
  // from an article's text would end the element.
  else if (opts.format === 'claimreview') io.stdout(`${JSON.stringify(docs, null, 2).replace(/</g, '\\u003c')}\n`);
  else io.stdout(pieces.join(opts.format === 'md' ? '\n---\n\n' : '\n'));
  return exitCode;
}
