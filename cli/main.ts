import { Command, CommanderError, Option } from 'commander';
import { extractClaims } from '../shared/claims/extract-claims.ts';
import { judgeDocuments, JUDGE_BATCH } from '../shared/judge/judge.ts';
import type { ClaimsDocument } from '../shared/claims/document.ts';
import { fileReferenceStore } from '../shared/reference/file-store.ts';
import { ReferenceFileError } from '../shared/reference/rows.ts';
import type { ReferenceStore } from '../shared/reference/store.ts';
import { bucketCommands } from './bucket.ts';
import { FORMATS, OutDir, render, type Format } from './formats.ts';
import { ArticleReadError } from '../shared/read/index.ts';
import { loadVocabulary, VocabularyError, type CompiledVocabulary } from '../shared/vocabulary/vocabulary.ts';
import { ENGINE } from '../shared/version.ts';
import { expandInputs, InputError, isBeatFolder, readStdin } from './inputs.ts';
import { join } from 'node:path';
import { claimsTable } from './render-claims.ts';

import { EXIT, type Io } from './exit.ts';
import { referenceCommand, vocabularyCommand } from './reference.ts';

export { EXIT, type Io };

interface CheckOptions {
  format: Format;
  out?: string;
  published?: string;
  vocabulary?: string;
  maxBytes: number;
  claimsOnly?: boolean;
  explain?: boolean;
  beat?: string;
  reference?: string;
  table?: string;
  endpoint?: string;
  region?: string;
}

/** The reference the CLI judges against: the shipped file, another file, or a DynamoDB table. */
async function openStore(opts: CheckOptions): Promise<ReferenceStore> {
  if (opts.table) {
    if (opts.reference) throw new InputError('give --reference or --table, not both');
    // Loaded only when asked for: the AWS SDK stays out of the default path.
    const { dynamoReferenceStore } = await import('../adapters/dynamodb/reference-store.ts');
    return dynamoReferenceStore({ table: opts.table, ...(opts.endpoint ? { endpoint: opts.endpoint } : {}), ...(opts.region ? { region: opts.region } : {}) });
  }
  return fileReferenceStore(opts.reference);
}

function isAwsError(err: unknown): boolean {
  return typeof err === 'object' && err !== null && '$metadata' in err;
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export async function run(argv: readonly string[], io: Io): Promise<number> {
  let exitCode: number = EXIT.ok;
  let verbose = false;
  const program = new Command()
    .name('factcheck')
    .description('Checks the figures in news articles against a table of sourced reference facts: every figure found, judged, explained and sourced.')
    .version(ENGINE.version, '-V, --version')
    .option('--verbose', 'show stack traces on errors')
    .addHelpText('after', `
Examples:
  factcheck check examples/                          verdicts for the example articles
  factcheck check story.html --format json           the verdict report as JSON
  factcheck reference validate reference/facts.json  check a reference file
  factcheck reference load facts.json --table T      load it into DynamoDB

Exit codes: 0 done (nothing contradicted); 1 a claim is contradicted; 2 bad input.`)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run with --help for usage)');

  program
    .command('check')
    .description('check the figures of articles against the reference table (files, directories, or - for standard input)')
    .argument('[inputs...]', 'article files (.txt, .md, .html), directories, or - for standard input (default with --beat: its folder)')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...FORMATS]).default('table'))
    .option('-o, --out <dir>', 'write one file per article into this folder instead of printing')
    .option('--claims-only', 'print the claims document, without judging (table or json)')
    .option('--beat <dir>', "a beat's folder (its vocabulary.json and facts.json): the same as --vocabulary DIR/vocabulary.json --reference DIR/facts.json, and its articles when no input is given")
    .option('--explain', "under each claim, its frame slot by slot (with the words that decided each and why a slot is unsure) and the candidate facts considered, with why each fit or was set aside (table format; JSON always holds them)")
    .option('--reference <file>', 'a reference file (JSON or CSV) instead of the shipped dataset')
    .option('--table <name>', 'a DynamoDB reference table instead of a file')
    .option('--endpoint <url>', 'DynamoDB endpoint, for a local server (with --table)')
    .option('--region <region>', 'AWS region (with --table)')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for every input: resolves "last year", "July 28"')
    .option('--vocabulary <file>', 'a vocabulary JSON file extending the built-in entities, measures and events')
    .option('--max-bytes <n>', 'largest accepted article in bytes', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n <= 0) throw new InputError(`--max-bytes must be a positive whole number, got "${v}"`);
      return n;
    }, 5 * 1024 * 1024)
    .addHelpText(
      'after',
      `
Examples:
  factcheck check examples/                        verdicts per article, against the shipped dataset
  factcheck check story.html --format json         the verdict report as JSON
  factcheck check story.txt --format html > v.html  a page with every figure highlighted
  factcheck check articles/ --format md --out out/  one Markdown report per article
  factcheck check story.txt --format claimreview    schema.org ClaimReview JSON-LD
  factcheck check story.txt --claims-only          the claims document, not judged
  factcheck check - --published 2021-08-16 < a.txt read standard input
  factcheck check a.md --table facts --endpoint http://127.0.0.1:8000
  factcheck check --beat examples/labour-statistics  a beat's own articles, vocabulary and facts

Exit codes: 0 nothing contradicted; 1 something contradicted; 2 bad input (unreadable,
binary, empty or oversize article; bad option or reference).`,
    )
    .action(async (inputs: string[], opts: CheckOptions) => {
      verbose = Boolean(program.opts().verbose);
      if (opts.published !== undefined && !DATE.test(opts.published)) {
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
      if (opts.vocabulary) vocabulary = loadVocabulary(opts.vocabulary);
      if (opts.claimsOnly && opts.format !== 'table' && opts.format !== 'json') throw new InputError('--claims-only prints a table or json');
      const all = expandInputs(inputs, io.stdin, (dir) => io.stderr(`factcheck: skipped ${dir}: a beat of its own (vocabulary.json, facts.json); check it with --beat ${dir}\n`));
      if (opts.format === 'html' && all.length > 1 && !opts.out) throw new InputError('one HTML page per article: give --out DIR for more than one article');
      const store = opts.claimsOnly ? null : await openStore(opts);
      const out = opts.out ? new OutDir(opts.out) : null;
      const docs: unknown[] = [];
      const pieces: string[] = [];
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
            io.stderr(`factcheck: ${input.source}: ${r.error.message}\n`);
            if (opts.format === 'json' && !out) docs.push({ schema: 'factcheck/error', source: input.source, error: { code: r.error.code, message: r.error.message } });
            continue;
          }
          const doc = r.doc;
          if (!store) {
            if (out) io.stderr(`wrote ${out.write(input.source, opts.format, opts.format === 'json' ? `${JSON.stringify(doc, null, 2)}\n` : `${claimsTable(doc)}\n`)}\n`);
            else if (opts.format === 'json') docs.push(doc);
            else io.stdout(`${claimsTable(doc)}\n\n`);
            continue;
          }
          const report = judged[next++]!;
          if (report.counts.contradicted > 0 && exitCode === EXIT.ok) exitCode = EXIT.contradicted;
          if (out) io.stderr(`wrote ${out.write(input.source, opts.format, render(report, opts.format, doc.text, { isTTY: false }, opts.explain))}\n`);
          else if (opts.format === 'json') docs.push(report);
          else if (opts.format === 'claimreview') docs.push(...(JSON.parse(render(report, 'claimreview')) as unknown[]));
          else pieces.push(render(report, opts.format, doc.text, process.stdout, opts.explain));
        }
      };
      for (const input of all) {
        try {
          const bytes = input.read();
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
          if (!(err instanceof ArticleReadError)) throw err;
          batch.push({ input, error: err });
        }
        if (batch.length >= JUDGE_BATCH.documents || batchBytes >= JUDGE_BATCH.bytes) await flush();
      }
      await flush();
      if (out) return;
      if (opts.format === 'json') io.stdout(`${JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2)}\n`);
      else if (opts.format === 'claimreview') io.stdout(`${JSON.stringify(docs, null, 2)}\n`);
      else io.stdout(pieces.join(opts.format === 'md' ? '\n---\n\n' : '\n'));
    });

  const setExit = (code: number) => (exitCode = Math.max(exitCode, code));
  program.addCommand(referenceCommand(io, setExit));
  program.addCommand(vocabularyCommand(io));
  for (const c of bucketCommands(io, setExit, () => Boolean(process.stderr.isTTY))) program.addCommand(c);

  // Commands built apart and added (bucket, reference) do not inherit the program's settings:
  // without these, a missing option would exit the process with commander's 1, the code that
  // means "contradicted", and write past the Io.
  const adopt = (c: Command) => {
    c.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr }).showHelpAfterError('(run with --help for usage)');
    c.commands.forEach(adopt);
  };
  program.commands.forEach(adopt);

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    }
    if (err instanceof InputError || err instanceof VocabularyError || err instanceof ReferenceFileError) {
      io.stderr(`factcheck: ${err.message}\n`);
      return EXIT.badInput;
    }
    if (isAwsError(err)) {
      const e = err as Error & { code?: string };
      const hint = e.code === 'ECONNREFUSED' || /ECONNREFUSED/.test(e.message) ? ' (is the endpoint running?)' : '';
      io.stderr(`factcheck: ${e.name === 'Error' ? '' : `${e.name}: `}${e.message}${hint}\n`);
      if (verbose) io.stderr(`${(err as Error).stack}\n`);
      return EXIT.badInput;
    }
    io.stderr(`factcheck: ${(err as Error).message}\n`);
    if (verbose) io.stderr(`${(err as Error).stack}\n`);
    return EXIT.badInput;
  }
  return exitCode;
}
