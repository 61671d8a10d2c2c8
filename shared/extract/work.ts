/**
 * The extractor's work, counted in steps the code takes rather than in time: anchors tried,
 * characters the number readers read, earlier figures a referring figure looked back over.
 * Tests hold these per byte flat on hostile families of input (repeated number words, long
 * digit runs, long lists), which a timing could only show on a quiet machine. Counting is a
 * few increments; nothing reads the counts in a run.
 */
export const extractionWork = { anchors: 0, numberChars: 0, lookBack: 0 };

export function resetExtractionWork(): void {
  extractionWork.anchors = 0;
  extractionWork.numberChars = 0;
  extractionWork.lookBack = 0;
}
