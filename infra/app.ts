// Entry of the CDK app (cdk.json: `npx tsx infra/app.ts`); the CLI synthesizes it on exit.
import { createApp } from './factcheck-app.ts';

try {
  createApp();
} catch (err) {
  // A bad setting (`cdk synth -c maxReceiveCount=x`) is the user's input, not a crash: one line
  // that names it, not a stack trace.
  process.stderr.write(`factcheck stack: ${(err as Error).message}\n`);
  process.exit(2);
}
