import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { lambdaBuildOptions, placeShippedVocabulary } from '../../infra/bundle-options.ts';

// The Lambda bundles leave the shipped vocabulary out of their code and read it from the file
// deployed beside it (docs/adr/0005-bundle-budget.md): the bundle holds none of it, and the
// engine in it frames a figure by the shipped words once the file is there.
describe('the shipped vocabulary beside a Lambda bundle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vocabulary-beside-'));
  const outfile = join(dir, 'index.mjs');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = () => spawnSync(process.execPath, [outfile, 'In 2020 Azerbaijan said 2,783 of its soldiers were killed.'], { encoding: 'utf8', env: { ...process.env, NODE_NO_WARNINGS: '1', AWS_REGION: 'us-east-1', POWERTOOLS_METRICS_DISABLED: 'true' } });

  it('is not in the code, and the engine reads it from beside the bundle', async () => {
    const r = await build({ ...lambdaBuildOptions('tests/fixtures/bundle/shipped-vocabulary-entry.ts', outfile), metafile: true });
    const inputs = Object.keys(Object.values(r.metafile!.outputs)[0]!.inputs);
    expect(inputs.some((i) => i.endsWith('shared/vocabulary/vocabulary.json'))).toBe(false);
    // Without the file, the first article fails, naming what is missing.
    const missing = run();
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/vocabulary\.json/);
    placeShippedVocabulary(dir);
    const placed = run();
    expect(placed.status, placed.stderr).toBe(0);
    expect(JSON.parse(placed.stdout)).toContain('soldiers_killed');
  }, 60_000);
});
