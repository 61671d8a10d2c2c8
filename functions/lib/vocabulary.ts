import { DynamoVocabularySource } from '../../adapters/dynamodb/vocabulary-store.ts';
import { documents } from './clients.ts';

/**
 * The beat's vocabulary, as `factcheck reference load --vocabulary` stored it in the reference
 * table: read when its version changes, kept for the container's life. Without a reference
 * table (a stage deployed alone) the shipped vocabulary serves.
 */
export const vocabularies = process.env.REFERENCE_TABLE ? new DynamoVocabularySource(documents, process.env.REFERENCE_TABLE) : undefined;
