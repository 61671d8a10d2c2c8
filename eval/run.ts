/**
 * `npm run eval`: the engine run in process on every article of the evaluation corpus, each
 * beat with its own facts and vocabulary, scored against the keys (eval/beats/<beat>/key.json)
 * and written to EVAL.md.
 *
 *   npm run eval                          all beats, EVAL.md rewritten
 *   npm run eval -- --quick               the summary only; exit 1 below the committed floors
 *   npm run eval -- --split dev|holdout   one split only (EVAL.md is not written)
 *   npm run eval -- --beat NAME -v        one beat, every miss listed
 *   npm run eval -- --real-pages DIR      also score ../shared/real-pages on pages pulled into DIR
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { extractClaims } from '../shared/claims/extract-claims.ts';
import { judgeDocuments } from '../shared/judge/judge.ts';
import { parseRows } from '../shared/reference/rows.ts';
import { MemoryReferenceStore } from '../shared/reference/store.ts';
import { defaultVocabulary } from '../shared/vocabulary/vocabulary.ts';
import { loadVocabulary } from '../shared/vocabulary/file.ts';
import { BeatKey, FAILURE_CLASSES } from './key.ts';
import { beats as allBeats } from './validate.ts';
import { scoreArticle, type ArticleScore, type Letter } from './score.ts';
import { summarise, type Summary } from './summary.ts';

const root = import.meta.dirname;
export const FLOORS_FILE = join(root, 'floors.json');
/** The hand-checked record of real pages that have no answer key (eval/unkeyed-pages.md). */
const UNKEYED_FILE = join(root, 'unkeyed-pages.md');

export interface BeatRun {
  beat: string;
  about: string;
  articles: ArticleScore[];
}

/** Every article of a beat through the engine, and scored. */
export async function runBeat(beat: string, split?: 'dev' | 'holdout'): Promise<BeatRun> {
  const dir = join(root, 'beats', beat);
  const key = BeatKey.parse(JSON.parse(readFileSync(join(dir, 'key.json'), 'utf8')));
  const { facts, errors } = parseRows(readFileSync(join(dir, 'facts.json'), 'utf8'), 'json');
  if (errors.length) throw new Error(`${beat}: facts.json has ${errors.length} invalid row(s); run tsx eval/validate.ts ${beat}`);
  const store = new MemoryReferenceStore(facts, `eval/beats/${beat}/facts.json`);
  const vocabularyPath = join(dir, 'vocabulary.json');
  const vocabulary = existsSync(vocabularyPath) ? loadVocabulary(vocabularyPath) : defaultVocabulary();
  const articles = key.articles.filter((a) => !split || a.split === split);
  const docs = articles.map((a) => {
    const bytes = readFileSync(join(dir, a.file));
    return extractClaims(bytes, { name: a.file, source: `eval/beats/${beat}/${a.file}`, vocabulary, ...(a.published ? { published: a.published } : {}) });
  });
  const reports = await judgeDocuments(docs, store, { vocabulary });
  return {
    beat,
    about: key.about,
    articles: articles.map((a, i) => scoreArticle(a, readFileSync(join(dir, a.file), 'utf8'), reports[i]!)),
  };
}

export async function runAll(options: { beats?: string[]; split?: 'dev' | 'holdout' } = {}): Promise<BeatRun[]> {
  const out: BeatRun[] = [];
  for (const b of options.beats?.length ? options.beats : allBeats()) out.push(await runBeat(b, options.split));
  return out;
}

export interface Floors {
  contradictedPrecision: number;
  supportedPrecision: number;
}

export function readFloors(): Floors {
  return JSON.parse(readFileSync(FLOORS_FILE, 'utf8')) as Floors;
}

const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`);
const frac = (n: number, d: number) => `${n}/${d} (${pct(n, d)})`;

export function summaryLine(name: string, s: Summary): string {
  return `${name}: articles ${s.articles}, claims ${s.claims}, found ${frac(s.found, s.claims)}, agreed ${frac(s.agreed, s.claims)}, contradicted precision ${frac(s.cRight, s.cAll)} recall ${frac(s.cHit, s.cExpected)}, supported precision ${frac(s.sRight, s.sAll)} recall ${frac(s.sHit, s.sExpected)}, false figures ${s.falseFigures} (${(s.articles ? (10 * s.falseFigures) / s.articles : 0).toFixed(1)} per 10 articles)`;
}

const LETTERS: Letter[] = ['S', 'C', 'D', 'U'];

function matrix(s: Summary): string[] {
  const rows = ['| expected \\ engine | S | C | D | U | not found |', '|---|---:|---:|---:|---:|---:|'];
  for (const e of LETTERS) rows.push(`| ${e} | ${LETTERS.map((g) => s.confusion[e][g]).join(' | ')} | ${s.confusion[e].missed} |`);
  return rows;
}

function markdown(runs: BeatRun[], realPages: string | null, floors: Floors): string {
  const all = runs.flatMap((r) => r.articles);
  const total = summarise(all);
  const lines: string[] = [];
  lines.push('# Evaluation', '');
  lines.push('Written by `npm run eval` (eval/run.ts); do not edit by hand. The corpus, its keys and how they');
  lines.push('were written: [eval/README.md](eval/README.md). Each key was written from its beat\'s facts file');
  lines.push('before the engine was run on the article; `holdout` articles are only ever measured.', '');
  lines.push('## Overall', '');
  lines.push('| measure | all | dev | holdout | target |', '|---|---:|---:|---:|---|');
  const dev = summarise(all.filter((a) => a.split === 'dev'));
  const hold = summarise(all.filter((a) => a.split === 'holdout'));
  const row = (name: string, f: (s: Summary) => string, target: string) => lines.push(`| ${name} | ${f(total)} | ${f(dev)} | ${f(hold)} | ${target} |`);
  row('articles', (s) => String(s.articles), '≥ 60');
  row('key claims', (s) => String(s.claims), '');
  row('figures found', (s) => pct(s.found, s.claims), '≥ 92%');
  row('verdict agreement', (s) => pct(s.agreed, s.claims), '≥ 85%');
  row('`contradicted` precision', (s) => frac(s.cRight, s.cAll), `≥ 97% (CI floor ${floors.contradictedPrecision}%)`);
  row('`contradicted` recall', (s) => frac(s.cHit, s.cExpected), '');
  row('`supported` precision', (s) => frac(s.sRight, s.sAll), `≥ 95% (CI floor ${floors.supportedPrecision}%)`);
  row('`supported` recall', (s) => frac(s.sHit, s.sExpected), '');
  row('false figures per 10 articles', (s) => (s.articles ? ((10 * s.falseFigures) / s.articles).toFixed(1) : '–'), '≤ 1');
  row('engine claims the key does not list', (s) => String(s.unkeyed), '');
  lines.push('', '### Confusion matrix (key claims; rows: expected verdict, columns: the engine\'s)', '', ...matrix(total), '');
  lines.push('## Per beat', '');
  lines.push('| beat | articles | claims | found | agreed | C precision | C recall | S precision | S recall | false figures |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of runs) {
    const s = summarise(r.articles);
    lines.push(`| ${r.beat} | ${s.articles} | ${s.claims} | ${pct(s.found, s.claims)} | ${pct(s.agreed, s.claims)} | ${frac(s.cRight, s.cAll)} | ${frac(s.cHit, s.cExpected)} | ${frac(s.sRight, s.sAll)} | ${frac(s.sHit, s.sExpected)} | ${s.falseFigures} |`);
  }
  lines.push('', '## Per failure class', '');
  lines.push('Key claims tagged with the class (false figures: non-claims tagged with it that came out as claims).', '');
  lines.push('| class | claims | found | agreed | wrong C | false figures |', '|---|---:|---:|---:|---:|---:|');
  for (const [k, name] of Object.entries(FAILURE_CLASSES)) {
    const n = Number(k);
    const claims = all.flatMap((a) => a.claims.filter((c) => c.classes.includes(n)));
    const wrongC = claims.filter((c) => c.got === 'C' && c.expect !== 'C' && !c.accept.includes('C')).length;
    const ff = all.flatMap((a) => a.falseFigures.filter((f) => f.classes.includes(n))).length;
    lines.push(`| ${k}. ${name} | ${claims.length} | ${pct(claims.filter((c) => c.found).length, claims.length)} | ${pct(claims.filter((c) => c.agreed).length, claims.length)} | ${wrongC} | ${ff} |`);
  }
  lines.push('', '## Real pages', '');
  lines.push('The answer key of ten real pages on the shipped beat (../shared/real-pages), scored by its own');
  lines.push('scorer on the pages pulled as its README says (never committed):', '');
  lines.push(realPages ? `    ${realPages}` : '    not measured in this run (npm run eval -- --real-pages DIR)');
  lines.push('');
  // Real pages with no answer key, whose verdicts were checked by hand: the record is kept in
  // eval/unkeyed-pages.md (addresses and counts only, never the pages' text) and shown here.
  if (existsSync(UNKEYED_FILE)) lines.push(readFileSync(UNKEYED_FILE, 'utf8').trim(), '');
  return `${lines.join('\n')}\n`;
}


function verboseLines(runs: BeatRun[]): string[] {
  const out: string[] = [];
  for (const r of runs) {
    for (const a of r.articles) {
      for (const c of a.claims) {
        if (c.agreed) continue;
        out.push(`  ${c.id} "${c.anchor}" want ${[c.expect, ...c.accept].join('|')}: ${c.found ? `got ${c.got}` : 'NOT FOUND'}${c.explanation ? ` — ${c.explanation}` : ''}`);
      }
      for (const w of a.contradicted.wrong) out.push(`  ${a.id} wrong contradicted ${w}`);
      for (const w of a.supported.wrong) out.push(`  ${a.id} wrong supported ${w}`);
      for (const f of a.falseFigures) out.push(`  ${a.id} false figure "${f.quote}"`);
      for (const s of a.skipped) out.push(`  ${a.id} skipped ${s}`);
    }
  }
  return out;
}

async function main(argv: string[]): Promise<number> {
  const opt = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const quick = argv.includes('--quick');
  const verbose = argv.includes('-v') || argv.includes('--verbose');
  const split = opt('--split') as 'dev' | 'holdout' | undefined;
  const beat = opt('--beat');
  const realDir = opt('--real-pages');
  const runs = await runAll({ ...(beat ? { beats: [beat] } : {}), ...(split ? { split } : {}) });
  const floors = readFloors();
  for (const r of runs) console.log(summaryLine(r.beat, summarise(r.articles)));
  const total = summarise(runs.flatMap((r) => r.articles));
  console.log(summaryLine('overall', total));
  if (verbose) console.log(verboseLines(runs).join('\n'));
  let realLine: string | null = null;
  if (realDir) {
    const scorer = join(root, '..', '..', 'shared', 'real-pages', 'score.mjs');
    const out = execFileSync(process.execPath, [scorer, join(root, '..'), realDir], { encoding: 'utf8', maxBuffer: 64 << 20 });
    realLine = out.trim().split('\n').pop() ?? null;
    console.log(realLine);
  }
  if (!quick && !split && !beat) {
    writeFileSync(join(root, '..', 'EVAL.md'), markdown(runs, realLine, floors));
    console.log('EVAL.md written');
  }
  const cPrecision = total.cAll ? (100 * total.cRight) / total.cAll : 100;
  const sPrecision = total.sAll ? (100 * total.sRight) / total.sAll : 100;
  if (cPrecision < floors.contradictedPrecision || sPrecision < floors.supportedPrecision) {
    console.error(`below the committed floors: contradicted precision ${cPrecision.toFixed(1)}% (floor ${floors.contradictedPrecision}%), supported precision ${sPrecision.toFixed(1)}% (floor ${floors.supportedPrecision}%)`);
    return 1;
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));
