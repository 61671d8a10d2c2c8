// Writes the JSON Schemas of the documents the pipeline produces, generated from their zod
// schemas (one source of truth). A test fails when the committed files drift from the code.
import { writeFileSync } from 'node:fs';
import { schemaFiles } from '../shared/schemas.ts';

for (const [file, schema] of Object.entries(schemaFiles())) {
  writeFileSync(new URL(`../schemas/${file}`, import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`schemas/${file}`);
}
