// The AWS SDK's notice that its 2027 releases need Node 22, once per test process: the project
// states its own engines (package.json), and the notice drowned the test output.
import { dropSdkNodeNotice } from '../shared/node-notice.ts';

dropSdkNodeNotice();
