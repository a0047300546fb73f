/**
 * Counts Llama 3 tokens the way llama3-tokenizer-js encodes, but remembers the count of each pre-token piece: byte-level
 * BPE merges never cross the pieces its pre-tokenizer cuts (the split regex of Meta's tokenizer.json), so a text's
 * count is the sum of its pieces' counts, and an inquiry log repeats the same words over and over. The memory is
 * bounded: it starts afresh past `MAX_REMEMBERED` pieces.
 */
const SPECIAL_TOKEN = /<\|(?:begin_of_text|end_of_text|start_header_id|end_header_id|eot_id|eom_id|python_tag|finetune_right_pad_id|reserved_special_token_\d{1,3})\|>/g;
/** llama3-tokenizer-js's pre-tokenizer regex (Meta's, with the case-insensitive group spelled out for JavaScript). */
const PRETOKEN = /(?:'([sS]|[tT]|[rR][eE]|[vV][eE]|[mM]|[lL][lL]|[dD]))|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+/gu;
const MAX_REMEMBERED = 500_000;

export function cachedTokenCounter(encode: (text: string) => readonly number[]): (text: string) => number {
  const remembered = new Map<string, number>();
  // By `exec` on the patterns themselves, not matchAll, which makes a RegExp at each call (a build counts every
  // example's pieces between special tokens: hundreds of thousands of calls). No alternative of either matches "".
  const countPlain = (text: string): number => {
    let total = 0;
    PRETOKEN.lastIndex = 0;
    for (let match = PRETOKEN.exec(text); match !== null; match = PRETOKEN.exec(text)) {
      const piece = match[0];
      let count = remembered.get(piece);
      if (count === undefined) {
        count = encode(piece).length;
        if (remembered.size >= MAX_REMEMBERED) remembered.clear();
        remembered.set(piece, count);
      }
      total += count;
    }
    return total;
  };
  return (text) => {
    let total = 0;
    let cursor = 0;
    SPECIAL_TOKEN.lastIndex = 0;
    for (let match = SPECIAL_TOKEN.exec(text); match !== null; match = SPECIAL_TOKEN.exec(text)) {
      total += countPlain(text.slice(cursor, match.index)) + 1;
      cursor = match.index + match[0].length;
    }
    return total + countPlain(text.slice(cursor));
  };
}
