// One fresh process's passes of section 1 (bench/extraction.ts): prints its samples as JSON.
import { measurePasses } from './extraction.ts';

console.log(JSON.stringify(await measurePasses({ quick: false })));
