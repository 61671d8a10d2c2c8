// Makes V8's code cache for the CLI's common-path engine (dist/engine/check.cjs): runs the
// engine once over the example articles, in table and JSON output, so that the functions a check
// runs are compiled, then writes the cache beside it (dist/engine/check.cache). Run by
// scripts/build.mjs in a process of its own, with the flags a user's `factcheck` runs with: V8
// rejects a cache made under other flags or another Node, and the engine is then compiled as
// any module is (cli/engine.ts).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { Script } from 'node:vm';

const file = resolve(process.argv[2]);
const script = new Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file });
const module = { exports: {} };
script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
const silent = { stdout: () => {}, stderr: () => {}, stdin: async () => new Uint8Array() };
const articles = readdirSync('examples').filter((f) => /\.(txt|md|html)$/.test(f)).map((f) => join('examples', f));
for (const format of ['table', 'json']) {
  for (const published of [undefined, '2021-11-10']) {
    await module.exports.runCheck(articles, { format, maxBytes: 10 * 1024 * 1024, ...(published ? { published } : {}) }, silent);
  }
}
writeFileSync(file.replace(/\.cjs$/, '.cache'), script.createCachedData());
