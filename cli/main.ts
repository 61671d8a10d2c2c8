import { Command, CommanderError, Option } from 'commander';
import { ENGINE } from '../shared/version.ts';
import { printable } from '../shared/calendar.ts';
import { InputError } from './inputs.ts';
import { loadCheck } from './engine.ts';
import { FORMATS, type Format } from './format-names.ts';
import { EXIT, type Io } from './exit.ts';

export { EXIT, type Io };

export interface CheckOptions {
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

/** The commands each module defines: loaded only when its command runs, or for the help. */
const BUCKET_COMMANDS = new Set(['upload', 'report', 'watch', 'coverage']);
const REFERENCE_COMMANDS = new Set(['reference', 'vocabulary']);

/** The command an argument list names: its first word that is no option. */
function commandOf(argv: readonly string[]): string | undefined {
  return argv.find((a) => !a.startsWith('-'));
}

/** Errors of bad input, told by name: their modules load only with the commands that throw them. */
const BAD_INPUT = new Set(['InputError', 'VocabularyError', 'ReferenceFileError', 'OutputError']);

/**
 * An error's message as standard error shows it, with control and bidi characters escaped (a
 * file name or an option's value may carry them): one line, except for the errors that list
 * their problems one a line.
 */
function shown(err: Error): string {
  const lists = err.name === 'VocabularyError' || err.name === 'ReferenceFileError';
  return lists ? String(err.message).split('\n').map(printable).join('\n') : printable(String(err.message));
}

/** Text of several lines (a usage), each line with its controls escaped. */
const escapedLines = (s: string) => s.split('\n').map(printable).join('\n');

/** A stack trace for --verbose: its head (name and message) on one line, then its frames. */
function trace(err: Error): string {
  const stack = String(err.stack);
  const head = `${err.name}: ${err.message}`;
  return stack.startsWith(head) ? `${printable(head)}${escapedLines(stack.slice(head.length))}` : escapedLines(stack);
}

/**
 * Commander's errors ("error: unknown command '…'") quote what was typed, which may hold a
 * newline: each is kept to its one line. Its usage text, written when a subcommand is missing,
 * keeps its lines.
 */
const commanderErr = (io: Io) => (s: string) => io.stderr(s.startsWith('error: ') ? `${printable(s.replace(/\n$/, ''))}\n` : escapedLines(s));

function isAwsError(err: unknown): boolean {
  return typeof err === 'object' && err !== null && '$metadata' in err;
}

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
    .configureOutput({ writeOut: io.stdout, writeErr: commanderErr(io) })
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
      // The engine loads with the command that needs it: `--version` and `--help` never load it.
      const runCheck = await loadCheck(opts);
      exitCode = Math.max(exitCode, await runCheck(inputs, opts, io));
    });

  const setExit = (code: number) => (exitCode = Math.max(exitCode, code));
  // Only the module of the command asked for is loaded (all of them for the help or an unknown
  // command): `factcheck --version` loads no engine and no AWS SDK.
  const asked = commandOf(argv);
  const all = asked === undefined ? argv.some((a) => a === '-h' || a === '--help') : asked !== 'check' && !BUCKET_COMMANDS.has(asked) && !REFERENCE_COMMANDS.has(asked);
  if (all || REFERENCE_COMMANDS.has(asked!)) {
    const { referenceCommand, vocabularyCommand } = await import('./reference.ts');
    program.addCommand(referenceCommand(io, setExit));
    program.addCommand(vocabularyCommand(io));
  }
  if (all || BUCKET_COMMANDS.has(asked!)) {
    const { bucketCommands } = await import('./bucket.ts');
    for (const c of bucketCommands(io, setExit, () => Boolean(process.stderr.isTTY))) program.addCommand(c);
  }

  // Commands built apart and added (bucket, reference) do not inherit the program's settings:
  // without these, a missing option would exit the process with commander's 1, the code that
  // means "contradicted", and write past the Io.
  const adopt = (c: Command) => {
    c.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: commanderErr(io) }).showHelpAfterError('(run with --help for usage)');
    c.commands.forEach(adopt);
  };
  program.commands.forEach(adopt);

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    }
    if (err instanceof InputError || BAD_INPUT.has((err as Error)?.name)) {
      io.stderr(`factcheck: ${shown(err as Error)}\n`);
      return EXIT.badInput;
    }
    if (isAwsError(err)) {
      const e = err as Error & { code?: string };
      const hint = e.code === 'ECONNREFUSED' || /ECONNREFUSED/.test(e.message) ? ' (is the endpoint running?)' : '';
      io.stderr(`factcheck: ${e.name === 'Error' ? '' : `${printable(e.name)}: `}${shown(e)}${hint}\n`);
      if (verbose) io.stderr(`${trace(e)}\n`);
      return EXIT.badInput;
    }
    io.stderr(`factcheck: ${shown(err as Error)}\n`);
    if (verbose) io.stderr(`${trace(err as Error)}\n`);
    return EXIT.badInput;
  }
  return exitCode;
}
