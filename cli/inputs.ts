import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Article files the CLI reads from a directory. */
export const ARTICLE_EXTENSIONS = /\.(?:txt|text|md|markdown|html?|xhtml)$/i;

export interface Input {
  source: string;
  name: string;
  read: () => Uint8Array;
}

export class InputError extends Error {
  override readonly name = 'InputError';
}

/** A folder holding a beat of its own: its vocabulary and its facts (examples/labour-statistics). */
export function isBeatFolder(dir: string): boolean {
  return existsSync(join(dir, 'vocabulary.json')) && existsSync(join(dir, 'facts.json'));
}

/**
 * Expands files, directories (recursively, article extensions only, sorted) and "-" (standard
 * input). A folder inside a directory that holds a beat of its own (isBeatFolder) is left out,
 * and told to `skipped`: its articles are judged against their own beat, with --beat.
 */
export function expandInputs(args: readonly string[], stdin: () => Uint8Array, skipped: (dir: string) => void = () => {}): Input[] {
  const out: Input[] = [];
  for (const arg of args) {
    if (arg === '-') {
      out.push({ source: '-', name: '-', read: stdin });
      continue;
    }
    let st;
    try {
      st = statSync(arg);
    } catch {
      throw new InputError(`${arg}: no such file or directory`);
    }
    if (st.isDirectory()) {
      const files = walk(arg, skipped).filter((f) => ARTICLE_EXTENSIONS.test(f)).sort();
      if (files.length === 0) throw new InputError(`${arg}: no article files (.txt, .md, .html) in this directory`);
      for (const f of files) out.push({ source: relativeOrAbsolute(f), name: f, read: () => readFileSync(f) });
    } else {
      out.push({ source: arg, name: arg, read: () => readFileSync(arg) });
    }
  }
  return out;
}

function walk(dir: string, skipped: (dir: string) => void): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop()!;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      // Hidden files, dependencies and a folder's own notes are not articles.
      if (e.name.startsWith('.') || e.name === 'node_modules' || /^(?:README|CHANGELOG|LICENSE|CONTRIBUTING)(?:\.|$)/i.test(e.name)) continue;
      const p = join(d, e.name);
      if (e.isDirectory() && isBeatFolder(p)) skipped(p);
      else if (e.isDirectory()) stack.push(p);
      else if (e.isFile()) out.push(p);
    }
  }
  return out;
}

function relativeOrAbsolute(p: string): string {
  const r = relative(process.cwd(), p);
  return r.startsWith('..') ? p : r;
}

export function readStdin(): Uint8Array {
  return readFileSync(0);
}
