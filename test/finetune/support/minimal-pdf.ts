/**
 * A minimal valid PDF written by hand (PDF 1.4: catalog, one page, one font, one content stream, a correct xref
 * table), with the given lines of text. Latin text uses the standard Helvetica font; Japanese text a Type0 font with
 * Identity-H encoding and a ToUnicode map, which is how real Japanese PDFs make their text extractable.
 */
export function minimalPdf(lines: readonly string[]): Buffer {
  const japanese = lines.some((line) => /[^\x20-\x7e]/.test(line));
  return japanese ? cidPdf(lines) : latinPdf(lines);
}

/**
 * A Japanese PDF as many office tools write it: the font (Ryumin-Light, one of the fonts every Japanese PDF reader
 * has) is not embedded, and the text is coded through Adobe's predefined UniJIS-UCS2-H CMap with no ToUnicode map,
 * so a reader needs Adobe's CMap files to get text out of it.
 */
export function nonEmbeddedJapanesePdf(lines: readonly string[]): Buffer {
  const hex4 = (value: number) => value.toString(16).padStart(4, "0");
  const stream = ["BT", "/F1 12 Tf", "72 720 Td", "14 TL", ...lines.map((line) => `<${Array.from(line, (char) => hex4(char.charCodeAt(0))).join("")}> Tj T*`), "ET"].join("\n");
  return assemble([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type0 /BaseFont /Ryumin-Light-UniJIS-UCS2-H /Encoding /UniJIS-UCS2-H /DescendantFonts [6 0 R] >>",
    streamObject(stream),
    "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /Ryumin-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 >>",
    "<< /Type /FontDescriptor /FontName /Ryumin-Light /Flags 6 /FontBBox [-170 -331 1024 903] /ItalicAngle 0 /Ascent 723 /Descent -241 /CapHeight 709 /StemV 69 >>",
  ]);
}

function latinPdf(lines: readonly string[]): Buffer {
  const escape = (text: string) => text.replace(/[\\()]/g, (char) => `\\${char}`);
  const stream = ["BT", "/F1 12 Tf", "72 720 Td", "14 TL", ...lines.map((line) => `(${escape(line)}) Tj T*`), "ET"].join("\n");
  return assemble([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    streamObject(stream),
  ]);
}

function cidPdf(lines: readonly string[]): Buffer {
  const chars = [...new Set(Array.from(lines.join("")))];
  const cid = new Map(chars.map((char, index) => [char, index + 1]));
  const hex4 = (value: number) => value.toString(16).padStart(4, "0");
  const utf16 = (char: string) => Array.from({ length: char.length }, (_, index) => hex4(char.charCodeAt(index))).join("");
  const stream = ["BT", "/F1 12 Tf", "72 720 Td", "14 TL", ...lines.map((line) => `<${Array.from(line, (char) => hex4(cid.get(char)!)).join("")}> Tj T*`), "ET"].join("\n");
  const cmap = [
    "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def", "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
    "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange",
    `${chars.length} beginbfchar`, ...chars.map((char) => `<${hex4(cid.get(char)!)}> <${utf16(char)}>`), "endbfchar",
    "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
  ].join("\n");
  return assemble([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type0 /BaseFont /KurabeGothic /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
    streamObject(stream),
    "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /KurabeGothic /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R /DW 1000 >>",
    streamObject(cmap),
    "<< /Type /FontDescriptor /FontName /KurabeGothic /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>",
  ]);
}

const streamObject = (content: string) => `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`;

function assemble(objects: readonly string[]): Buffer {
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}
