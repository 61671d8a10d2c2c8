import { closeSync, constants, lstatSync, openSync, readFileSync, writeFileSync, type Stats } from 'node:fs';
import { Command, Option } from 'commander';
import { checkAgainstVocabulary, vocabularySkeleton } from '../shared/reference/coverage.ts';
import { formatOf, formatRowErrors, parseRows, serialiseRows, ReferenceFileError } from '../shared/reference/rows.ts';
import { defaultVocabulary, VocabularyError } from '../shared/vocabulary/vocabulary.ts';
import { loadVocabulary, vocabularyFromFile } from '../shared/vocabulary/file.ts';
import { printable } from '../shared/calendar.ts';
import { EXIT, type Io } from './exit.ts';
import { InputError } from './inputs.ts';

interface TableOptions {
  table: string;
  endpoint?: string;
  region?: string;
}

function readRows(file: string) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ReferenceFileError(`cannot read reference file ${printable(file)}: ${printable((err as Error).message)}`);
  }
  return parseRows(text, formatOf(file));
}

/** A vocabulary file's text, checked as the stages will read it. */
function readVocabularyText(file: string): string {
  let text: string;
  try {
    // Stored as read, less a byte order mark: the stages parse the stored text as JSON.
    text = readFileSync(file, 'utf8').replace(/^\ufeff/, '');
  } catch (err) {
    throw new VocabularyError(`cannot read vocabulary ${printable(file)}: ${printable((err as Error).message)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new VocabularyError(`cannot read vocabulary ${printable(file)}: ${printable((err as Error).message)}`);
  }
  vocabularyFromFile(json, `vocabulary ${printable(file)}`);
  return text;
}

/**
 * Writes `text` to the file named by --out, never through a symbolic link there: a link,
 * dangling or not, would carry the write to its target, wherever that is. Without `overwrite`
 * an existing file is refused; the open itself refuses a link or a file that appears meanwhile.
 */
function writeOut(path: string, text: string, overwrite: boolean): void {
  let st: Stats | undefined;
  try {
    st = lstatSync(path);
  } catch {
    // Nothing there yet: created below.
  }
  if (st?.isSymbolicLink()) throw new InputError(`refusing to write ${path}: it is a symbolic link`);
  if (st && !overwrite) throw new InputError(`${path} exists; use --force to overwrite it`);
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | (overwrite ? constants.O_TRUNC : constants.O_EXCL) | (constants.O_NOFOLLOW ?? 0));
  try {
    writeFileSync(fd, text);
  } finally {
    closeSync(fd);
  }
}

async function tableClient(o: TableOptions) {
  const { documentClient } = await import('../adapters/dynamodb/reference-store.ts');
  return documentClient({ ...(o.endpoint ? { endpoint: o.endpoint } : {}), ...(o.region ? { region: o.region } : {}) });
}

/** `factcheck vocabulary validate`: a beat's vocabulary file on its own. */
export function vocabularyCommand(io: Io): Command {
  const vocabulary = new Command('vocabulary').description('check a vocabulary file (docs/vocabulary.md)');
  vocabulary
    .command('validate')
    .description('check a vocabulary file against its schema: unknown keys, kinds, ids defined twice or never')
    .argument('<file>', 'vocabulary file (.json)')
    .addHelpText('after', '\nExamples:\n  factcheck vocabulary validate my-vocabulary.json\n\nExit codes: 0 valid; 2 invalid or unreadable.')
    .action((file: string) => {
      const v = loadVocabulary(file);
      io.stdout(`${file}: valid (${v.source.entities.length} entities, ${v.measures.size} measures, ${v.events.size} events with what it extends)\n`);
    });
  return vocabulary;
}

/** `factcheck reference validate|init|load|export`: curating the reference table. */
export function referenceCommand(io: Io, setExit: (code: number) => void): Command {
  const reference = new Command('reference').description('validate, load and export reference data (sourced facts)');

  reference
    .command('validate')
    .description('check every row of a reference file (JSON or CSV) against the schema, and against a vocabulary')
    .argument('<file>', 'reference file (.json or .csv)')
    .option('--vocabulary <file>', 'also report every fact whose entity, measure, event or unit this vocabulary does not know')
    .addHelpText('after', '\nExamples:\n  factcheck reference validate reference/facts.json\n  factcheck reference validate my-facts.csv --vocabulary my-vocabulary.json\n\nWithout --vocabulary the facts are also read against the shipped vocabulary, as a note.\nExit codes: 0 valid; 2 invalid rows, facts the vocabulary cannot serve, or an unreadable file.')
    .action((file: string, o: { vocabulary?: string }) => {
      const { facts, factRows, errors, rows } = readRows(file);
      if (errors.length) {
        io.stderr(`${printable(file)}: ${errors.length} error(s) in ${rows} row(s):\n${formatRowErrors(errors)}\n`);
        setExit(EXIT.badInput);
        return;
      }
      const vocabulary = o.vocabulary ? loadVocabulary(o.vocabulary) : defaultVocabulary();
      const unknown = checkAgainstVocabulary(facts, factRows, vocabulary);
      if (unknown.length && o.vocabulary) {
        io.stderr(`${printable(file)}: ${unknown.length} fact field(s) the vocabulary ${printable(o.vocabulary)} does not know or rules out; no figure would be judged against them:\n${formatRowErrors(unknown)}\n`);
        setExit(EXIT.badInput);
        return;
      }
      io.stdout(`${file}: ${facts.length} valid fact(s)${o.vocabulary ? `, all known to ${o.vocabulary}` : ''}\n`);
      if (unknown.length) {
        const first = unknown[0]!;
        io.stderr(`note: ${unknown.length} fact field(s) name ids the shipped vocabulary does not define (first: row ${first.row}, ${first.field}: ${first.message}); check them against your beat's with --vocabulary FILE\n`);
      }
    });

  reference
    .command('init')
    .description('write a vocabulary skeleton that knows every entity, measure and event a facts file names')
    .argument('<file>', 'reference file (.json or .csv)')
    .option('-o, --out <file>', 'the vocabulary file to write (default: standard output)')
    .option('--force', 'overwrite --out if it exists')
    .addHelpText('after', '\nExamples:\n  factcheck reference init my-facts.json --out my-vocabulary.json\n\nThe skeleton validates as it is; give each entity its kind and aliases and each measure the\nwords that name it (docs/vocabulary.md).\nExit codes: 0 written; 2 invalid rows, an unreadable file, or --out exists without --force.')
    .action((file: string, o: { out?: string; force?: boolean }) => {
      const { facts, errors, rows } = readRows(file);
      if (errors.length) {
        io.stderr(`${printable(file)}: ${errors.length} error(s) in ${rows} row(s); fix them first:\n${formatRowErrors(errors)}\n`);
        setExit(EXIT.badInput);
        return;
      }
      const skeleton = vocabularySkeleton(facts);
      // The skeleton must load: a skeleton that fails its own schema would be a bug here, not the user's.
      vocabularyFromFile(skeleton, 'the skeleton');
      const text = `${JSON.stringify(skeleton, null, 2)}\n`;
      if (!o.out) {
        io.stdout(text);
        return;
      }
      writeOut(o.out, text, Boolean(o.force));
      io.stderr(`wrote ${printable(o.out)}: ${skeleton.entities!.length} entities, ${skeleton.measures!.length} measures, ${skeleton.events!.length} events; now give each entity its kind and aliases and each measure its words (docs/vocabulary.md)\n`);
    });

  reference
    .command('load')
    .description('upsert a reference file into a DynamoDB table (idempotent)')
    .argument('<file>', 'reference file (.json or .csv)')
    .requiredOption('--table <name>', 'DynamoDB table')
    .option('--endpoint <url>', 'DynamoDB endpoint, for a local server')
    .option('--region <region>', 'AWS region')
    .option('--skip-invalid', 'load the valid rows and report the invalid ones, instead of writing nothing')
    .option('--create', 'create the table first if it does not exist (local servers, tests)')
    .option('--vocabulary <file>', "store this vocabulary in the table beside the facts: a deployed stack's stages read it (docs/vocabulary.md)")
    .addHelpText('after', '\nExamples:\n  factcheck reference load reference/facts.json --table factcheck-reference\n  factcheck reference load facts.csv --table t --endpoint http://127.0.0.1:8000 --create\n  factcheck reference load my-facts.json --table T --vocabulary my-vocabulary.json\n\nNothing is written when any row is invalid, unless --skip-invalid, or when the vocabulary is invalid.\nExit codes: 0 loaded; 2 invalid rows (nothing written) or a table error.')
    .action(async (file: string, o: TableOptions & { skipInvalid?: boolean; create?: boolean; vocabulary?: string }) => {
      // The vocabulary is checked before anything is written: a table is never left with facts
      // and a vocabulary that cannot be read.
      const vocabularyText = o.vocabulary ? readVocabularyText(o.vocabulary) : undefined;
      const { facts, errors, rows } = readRows(file);
      if (errors.length && !o.skipInvalid) {
        io.stderr(`${printable(file)}: ${errors.length} error(s) in ${rows} row(s); nothing was written (use --skip-invalid to load the valid rows):\n${formatRowErrors(errors)}\n`);
        setExit(EXIT.badInput);
        return;
      }
      if (errors.length) io.stderr(`${printable(file)}: skipped ${rows - facts.length} invalid row(s):\n${formatRowErrors(errors)}\n`);
      const client = await tableClient(o);
      const { createReferenceTable, loadFacts } = await import('../adapters/dynamodb/reference-table.ts');
      if (o.create && (await createReferenceTable(client, o.table))) io.stderr(`created table ${o.table}\n`);
      const result = await loadFacts(client, o.table, facts);
      io.stdout(`loaded ${result.facts} fact(s) as ${result.items} item(s) into ${o.table} in ${result.requests} request(s); table version ${result.version}\n`);
      if (vocabularyText !== undefined) {
        const { storeVocabulary } = await import('../adapters/dynamodb/vocabulary-store.ts');
        const stored = await storeVocabulary(client, o.table, vocabularyText);
        io.stdout(`stored vocabulary ${o.vocabulary} in ${o.table} (version ${stored.version}, ${stored.parts} part(s))\n`);
      }
    });

  reference
    .command('export')
    .description('write a DynamoDB reference table back to a file')
    .requiredOption('--table <name>', 'DynamoDB table')
    .option('--endpoint <url>', 'DynamoDB endpoint, for a local server')
    .option('--region <region>', 'AWS region')
    .option('-o, --out <file>', 'output file (default: standard output)')
    .addOption(new Option('-f, --format <format>', 'file format (default: from --out, else json)').choices(['json', 'csv']))
    .addHelpText('after', '\nExamples:\n  factcheck reference export --table factcheck-reference --out facts.json\n  factcheck reference export --table t --endpoint http://127.0.0.1:8000 --format csv')
    .action(async (o: TableOptions & { out?: string; format?: 'json' | 'csv' }) => {
      const client = await tableClient(o);
      const { exportFacts } = await import('../adapters/dynamodb/reference-table.ts');
      const facts = await exportFacts(client, o.table);
      const format = o.format ?? (o.out ? formatOf(o.out) : 'json');
      const text = serialiseRows(facts, format);
      if (o.out) {
        writeOut(o.out, text, true);
        io.stderr(`wrote ${facts.length} fact(s) to ${printable(o.out)}\n`);
      } else io.stdout(text);
    });

  return reference;
}

export { InputError };
