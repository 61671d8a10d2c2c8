import { closeSync, existsSync, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { ArticleReadError, formatSize } from '../shared/read/errors.ts';
import { join, relative } from 'node:path';

/** Article files the CLI reads from a directory. */
export const ARTICLE_EXTENSIONS = /\.(?:txt|text|md|markdown|html?|xhtml)$/i;

export interface Input {
  source: string;
  name: string;
  /** The article's bytes; past `maxBytes`, ArticleReadError TOO_LARGE without reading on. */
  read: (maxBytes: number) => Uint8Array;
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
export function expandInputs(args: readonly string[], stdin: (maxBytes: number) => Uint8Array, skipped: (dir: string) => void = () => {}): Input[] {
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
      for (const f of files) out.push({ source: relativeOrAbsolute(f), name: f, read: (max) => readBounded(f, max) });
    } else {
      out.push({ source: arg, name: arg, read: (max) => readBounded(arg, max) });
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

export function readStdin(maxBytes: number): Uint8Array {
  return readBounded(0, maxBytes);
}

const CHUNK = 1 << 20;

/**
 * A file's bytes, or standard input's, read no further than one byte past `maxBytes`: an
 * oversize article is refused without holding it (`check /dev/zero`, `yes | check -`). A
 * regular file's size is known before reading; a device or a pipe is read in chunks up to the
 * limit.
 */
export function readBounded(file: string | 0, maxBytes: number): Uint8Array {
  const fd = file === 0 ? 0 : openSync(file, 'r');
  try {
    const st = fstatSync(fd);
    if (st.isFile() && st.size > maxBytes) throw tooLarge(st.size, maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
      const n = readChunk(fd, chunk);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) throw tooLarge(null, maxBytes);
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } finally {
    if (file !== 0) closeSync(fd);
  }
}

/** `size` when known (a regular file); a stream read past the limit has no size to tell. */
function tooLarge(size: number | null, maxBytes: number): ArticleReadError {
  const limit = `the ${formatSize(maxBytes)} limit (--max-bytes)`;
  return new ArticleReadError('TOO_LARGE', size === null ? `article is larger than ${limit}` : `article is ${formatSize(size)}, over ${limit}`);
}

/** One read; a non-blocking standard input with nothing yet is waited for, not taken as its end. */
function readChunk(fd: number, chunk: Buffer): number {
  for (;;) {
    try {
      return readSync(fd, chunk, 0, chunk.length, null);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EOF') return 0;
      if (code !== 'EAGAIN') throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
  }
}
