import { run } from './main.ts';
import { readStdin } from './inputs.ts';

const code = await run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdin: readStdin,
});
process.exitCode = code;
