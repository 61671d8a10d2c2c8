export { renderTerminal, shouldColor, type TerminalOptions } from './terminal.ts';
export { renderHtml, escapeHtml, jsonForScript } from './html.ts';
export { renderMarkdown, escapeMarkdown } from './markdown.ts';
export { renderClaimReview, renderClaimReviewJson, type ClaimReviewOptions } from './claim-review.ts';
export { LABEL, MARK, VERDICTS, compare, fmtAmount, fmtDate, fmtNumber, safeUrl, type Comparison } from './format.ts';
