import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The CLI loads what a command needs and no more (ADR 0012): `--version` no engine and no AWS
// SDK, `check` no AWS SDK, the bucket commands the SDK. Told by the modules the process resolves.
// `check`'s common path runs from one CommonJS file with its code cache (cli/engine.ts,
// tests/cli/engine-cache.test.ts); FACTCHECK_ENGINE=modules has it take the chunks, whose
// laziness every other option relies on.
function resolved(args: string[], env: Record<string, string> = {}): string[] {
  const r = spawnSync(process.execPath, ['--import', './tests/helpers/trace-imports.mjs', 'bin/factcheck.js', ...args], { encoding: 'utf8', env: { ...process.env, FACTCHECK_LOCAL_STACK: '/nonexistent/stack.json', ...env } });
  return r.stderr.split('\n').filter((l) => l.startsWith('resolved ')).map((l) => l.slice('resolved '.length));
}

/** Modules bundled into the CLI's chunks are named in them by esbuild ("// node_modules/zod/…", "// shared/render/html.ts"). */
const loads = (urls: string[], path: string) =>
  urls.filter((u) => u.startsWith('file:') && u.includes('/dist/')).some((u) => readFileSync(fileURLToPath(u), 'utf8').includes(`// ${path}`));
const bundles = (urls: string[], pkg: string) => loads(urls, `node_modules/${pkg}/`);

/** Node's own modules the process loaded, as process.moduleLoadList names them. */
function builtins(args: string[]): string[] {
  const r = spawnSync(process.execPath, ['-e', "process.on('exit', () => process.stderr.write(process.moduleLoadList.join('\\n'))); process.argv.splice(1, 1, 'bin/factcheck.js'); import('./bin/factcheck.js')", 'bin/factcheck.js', ...args], { encoding: 'utf8', env: { ...process.env, FACTCHECK_LOCAL_STACK: '/nonexistent/stack.json' } });
  return r.stderr.split('\n').filter((l) => l.startsWith('NativeModule ')).map((l) => l.slice('NativeModule '.length));
}

describe('what each command loads', () => {
  it('check: no child processes (commander requires them for subcommands run as programs, which this CLI has none of)', () => {
    const mods = builtins(['check', 'examples/military-spending.md']);
    expect(mods).toContain('fs');
    expect(mods).not.toContain('child_process');
  });

  it('--version: neither the engine nor zod nor the AWS SDK', () => {
    const urls = resolved(['--version']);
    expect(urls.some((u) => u.includes('/zod/'))).toBe(false);
    expect(bundles(urls, 'zod')).toBe(false);
    expect(urls.some((u) => u.includes('@aws-sdk'))).toBe(false);
    expect(urls.some((u) => /\/chunks\/check-/.test(u))).toBe(false);
  });

  it('check on a file: the engine, not the AWS SDK', () => {
    const urls = resolved(['check', 'examples/military-spending.md'], { FACTCHECK_ENGINE: 'modules' });
    expect(urls.some((u) => /\/chunks\/check-/.test(u))).toBe(true);
    expect(urls.some((u) => u.includes('@aws-sdk'))).toBe(false);
  });

  it('check on a file by its common path: no engine chunk and no AWS SDK resolved', () => {
    const urls = resolved(['check', 'examples/military-spending.md']);
    expect(urls.some((u) => /\/chunks\/check-/.test(u))).toBe(false);
    expect(urls.some((u) => u.includes('@aws-sdk'))).toBe(false);
  });

  it('check on the shipped data: no schema library, no CSV parser, no other format\'s renderer', () => {
    const urls = resolved(['check', 'examples/military-spending.md'], { FACTCHECK_ENGINE: 'modules' });
    expect(loads(urls, 'shared/frame/frame.ts')).toBe(true);
    // The shipped facts and vocabulary are validated by the tests, not on every run (ADR 0012).
    expect(bundles(urls, 'zod')).toBe(false);
    expect(bundles(urls, 'csv-parse')).toBe(false);
    expect(loads(urls, 'shared/render/terminal.ts')).toBe(true);
    expect(loads(urls, 'shared/render/html.ts')).toBe(false);
  });

  it("check with a user's vocabulary and facts: their schemas, and the asked format's renderer", () => {
    const urls = resolved(['check', 'examples/labour-statistics', '--beat', 'examples/labour-statistics', '--format', 'md']);
    expect(bundles(urls, 'zod')).toBe(true);
    expect(loads(urls, 'shared/render/markdown.ts')).toBe(true);
    expect(loads(urls, 'shared/render/terminal.ts')).toBe(false);
    expect(loads(urls, 'shared/render/html.ts')).toBe(false);
  });

  it('a bucket command: the S3 client', () => {
    const urls = resolved(['report', 'story.txt', '--bucket', 'b', '--endpoint', 'http://127.0.0.1:9']);
    expect(urls.some((u) => u.includes('@aws-sdk/client-s3'))).toBe(true);
  });
});
