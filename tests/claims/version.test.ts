import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGINE } from '../../shared/version.ts';

describe('the engine version', () => {
  it("is package.json's, through shared/version.json (npm version keeps them in step)", () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string; scripts: Record<string, string> };
    expect(ENGINE.version).toBe(pkg.version);
    expect(pkg.scripts.version).toMatch(/sync-version/);
  });
});
