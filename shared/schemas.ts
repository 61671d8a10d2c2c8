import * as z from 'zod';
import { ClaimsDocument } from './claims/document.ts';
import { ReferenceFact } from './reference/fact.ts';
import { VerdictReport } from './report/report.ts';
import { VocabularyFile } from './vocabulary/schema.ts';

/** Every document schema the project publishes, by the file name its JSON Schema is written to. */
export function schemaFiles(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const add = (file: string, id: string, schema: z.ZodType) => {
    out[file] = { $id: `https://factcheck.example/schemas/${file}`, title: id, ...z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) };
  };
  add('claims-document.schema.json', 'ClaimsDocument', ClaimsDocument);
  add('reference-fact.schema.json', 'ReferenceFact', ReferenceFact);
  add('verdict-report.schema.json', 'VerdictReport', VerdictReport);
  add('vocabulary.schema.json', 'VocabularyFile', VocabularyFile);
  return out;
}
