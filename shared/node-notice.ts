/**
 * The AWS SDK warns on every run that its releases from 2027 will need Node 22. The project
 * states its own engines, so the command-line entry points drop that one notice; every other
 * warning still shows.
 */
export function dropSdkNodeNotice(): void {
  process.removeAllListeners('warning');
  process.on('warning', (w) => {
    if (!`${w.name} ${w.message}`.includes('NodeVersionSupportWarning')) process.stderr.write(`${w.name}: ${w.message}\n`);
  });
}
