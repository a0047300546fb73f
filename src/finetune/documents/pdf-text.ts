/**
 * The text of a PDF, page by page, with unpdf (a build of Mozilla's PDF.js that runs in Node without a canvas).
 * Text comes from the PDF's text operators and ToUnicode maps: a scanned PDF (images only) yields nothing, and the
 * build reports it as empty rather than guessing.
 */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const { extractText, getDocumentProxy } = await import("unpdf");
  const document = await getDocumentProxy(new Uint8Array(bytes));
  try {
    const { text } = await extractText(document, { mergePages: false });
    return text;
  } finally {
    await document.destroy();
  }
}
