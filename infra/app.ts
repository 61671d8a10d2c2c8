// Entry of the CDK app (cdk.json: `npx tsx infra/app.ts`); the CLI synthesizes it on exit.
import { createApp } from './factcheck-app.ts';

createApp();
