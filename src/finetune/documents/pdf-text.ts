import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * Adobe's CMaps and PDF.js's standard font data, as pdfjs-dist ships them: without the CMaps, text coded through a
 * predefined CMap (UniJIS-UCS2-H and the like, common in Japanese PDFs whose fonts are not embedded) cannot be read.
 * Read from the installed package, never downloaded.
 */
const pdfjsDir = (): string => dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));

/** PDF.js asks its BinaryDataFactory for CMaps and fonts by kind and file name; this one reads them from pdfjs-dist. */
class PackagedBinaryData {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const folder = kind === "cMapUrl" ? "cmaps" : kind === "standardFontDataUrl" ? "standard_fonts" : undefined;
    if (folder === undefined) throw new Error(`PDF.js asked for ${kind} data, which kurabe does not ship`);
    return new Uint8Array(await readFile(join(pdfjsDir(), folder, filename)));
  }
}

/**
 * The text of a PDF, page by page, with unpdf (a build of Mozilla's PDF.js that runs in Node without a canvas).
 * Text comes from the PDF's text operators through its ToUnicode maps or Adobe's predefined CMaps: a scanned PDF
 * (images only) yields nothing, and the build reports it as empty rather than guessing.
 */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const { extractText, getDocumentProxy } = await import("unpdf");
  const document = await getDocumentProxy(new Uint8Array(bytes), {
    BinaryDataFactory: PackagedBinaryData,
    useWorkerFetch: false,
    cMapPacked: true,
    verbosity: 0,
  } as Parameters<typeof getDocumentProxy>[1]);
  try {
    const { text } = await extractText(document, { mergePages: false });
    return text;
  } finally {
    await document.destroy();
  }
}
