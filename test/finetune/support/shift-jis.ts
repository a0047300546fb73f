let table: Map<string, number[]> | undefined;

/**
 * Every CP932 character beyond ASCII, found by inverting Node's decoder (Node has no Shift_JIS encoder): the half-width
 * katakana a legacy export writes in single bytes (ﾔﾏﾀﾞ), then the double-byte ones.
 */
function shiftJisTable(): Map<string, number[]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder("shift_jis");
  for (let byte = 0xa1; byte <= 0xdf; byte++) table.set(decoder.decode(Uint8Array.of(byte)), [byte]);
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (lead > 0x9f && lead < 0xe0) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(Uint8Array.of(lead, trail));
      if (char.length === 1 && char !== "\uFFFD" && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  return table;
}

/** CP932 bytes for a text. */
export function encodeShiftJis(text: string): Buffer {
  const codes = shiftJisTable();
  const bytes: number[] = [];
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) bytes.push(char.charCodeAt(0));
    else {
      const pair = codes.get(char);
      if (!pair) throw new Error(`no Shift_JIS code for ${char}`);
      bytes.push(...pair);
    }
  }
  return Buffer.from(bytes);
}
