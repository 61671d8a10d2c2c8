import { existsSync } from 'node:fs';

/**
 * Debian's Chromium, driven by playwright-core (which downloads no browser). Flags as this
 * machine needs them: no sandbox as root, and no background networking on a closed network.
 */
export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p)) ?? null;
export const CHROMIUM_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function chromiumAvailable(): boolean {
  if (CHROMIUM) return true;
  if (process.env.CI === 'true') throw new Error('Chromium not found: CI installs Debian’s chromium package (.ci/run)');
  console.warn('\n  !! Chromium not found (apt-get install chromium): the browser test is skipped\n');
  return false;
}
