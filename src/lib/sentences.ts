/** Characters that end a sentence in the report's Japanese and in English (a full stop only before a space). */
const SENTENCE_END = /[。．!?！？]|\.(?=\s|$)/y;

/**
 * The sentence of `text` that contains the span [start, end): what a "where this appears" list
 * quotes for a link. Quotation brackets stay balanced because a sentence inside 「」 is not cut.
 */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = 0;
  let to = text.length;
  let depth = 0;
  const boundaries: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '「' || ch === '『' || ch === '(' || ch === '“') depth++;
    else if ((ch === '」' || ch === '』' || ch === ')' || ch === '”') && depth > 0) depth--;
    else if (depth === 0) {
      SENTENCE_END.lastIndex = i;
      if (SENTENCE_END.test(text)) boundaries.push(i + 1);
    }
  }
  for (const boundary of boundaries) {
    if (boundary <= start) from = boundary;
    else if (boundary >= end) {
      to = boundary;
      break;
    }
  }
  return text.slice(from, to).trim();
}
