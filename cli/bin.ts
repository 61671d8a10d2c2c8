import { run } from './main.ts';
import { readStdin } from './inputs.ts';
import { dropSdkNodeNotice } from '../shared/node-notice.ts';

dropSdkNodeNotice();

// A reader that stops early (`factcheck check ... | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

const code = await run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdin: readStdin,
});
process.exitCode = code;
