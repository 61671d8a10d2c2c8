import { segment } from '../../shared/split/segment.ts';
import { extractFigures, type FoundFigure } from '../../shared/extract/extract.ts';

/** Figures of a plain string, with an optional publication date. */
export function figuresOf(text: string, published?: string): FoundFigure[] {
  return extractFigures(text, segment(text).sentences, published ? { published: { date: published } } : {});
}

/** The one figure of a string; fails the test when there is not exactly one. */
export function onlyFigure(text: string, published?: string): FoundFigure {
  const all = figuresOf(text, published);
  if (all.length !== 1) throw new Error(`expected one figure in ${JSON.stringify(text)}, got ${all.length}: ${all.map((f) => f.figure.text).join(' | ')}`);
  return all[0]!;
}
