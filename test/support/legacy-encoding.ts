/**
 * Text in Shift_JIS or EUC-JP, for fixtures: Node can decode both but not encode them, so the table is the WHATWG
 * decoder's own mapping run backwards (every single byte and byte pair decoded once; the first pair for a character
 * wins, as Windows' CP932 encoder prefers the NEC row-13 forms).
 */
export function encodeLegacy(text: string, encoding: "shift_jis" | "euc-jp"): Buffer {
  const table = tableFor(encoding);
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const encoded = table.get(char);
      if (!encoded) throw new Error(`${JSON.stringify(char)} has no ${encoding} form`);
      bytes.push(...encoded);
    }
  }
  return Buffer.from(bytes);
}

const tables = new Map<string, Map<string, number[]>>();

function tableFor(encoding: string): Map<string, number[]> {
  let table = tables.get(encoding);
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder(encoding, { fatal: true });
  const add = (bytes: number[]) => {
    try {
      const char = decoder.decode(Uint8Array.from(bytes));
      if ([...char].length === 1 && !table!.has(char)) table!.set(char, bytes);
    } catch {
      // not a character in this encoding
    }
  };
  for (let first = 0x80; first <= 0xff; first++) {
    add([first]);
    for (let second = 0x40; second <= 0xfe; second++) add([first, second]);
  }
  tables.set(encoding, table);
  return table;
}
