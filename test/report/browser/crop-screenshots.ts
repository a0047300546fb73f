// Crops the page tests' full-page screenshots into screen-sized pieces, for people (and the file view tool, which
// scales a 19,000-pixel page down until nothing is readable) to look at each at full size:
//   npx tsx test/report/browser/crop-screenshots.ts [out-folder] [shots-folder]     (defaults: .screenshots/pieces, .screenshots)
// Pieces are at most 1,280×1,000 (phone shots, up to 400 px wide, 390×844: one phone screen); OUT/INDEX.txt says
// where each came from. Chromium (playwright-core) does the cropping, so no image library is needed.
/// <reference lib="dom" />
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM, SCREENSHOTS } from "./browser.js";

const PHONE = { width: 390, height: 844 };
const DESK = { width: 1280, height: 1000 };

interface Piece {
  file: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A PNG's size, from its IHDR chunk (bytes 16–23). */
function pngSize(file: string): { width: number; height: number } {
  const head = Buffer.alloc(24);
  const fd = fs.openSync(file, "r");
  try {
    fs.readSync(fd, head, 0, 24, 0);
  } finally {
    fs.closeSync(fd);
  }
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

/** The rectangles a shot of this size is cut into, left to right, top to bottom. */
function pieces(width: number, height: number): Array<Omit<Piece, "file">> {
  const size = width <= 400 ? PHONE : DESK;
  const out: Array<Omit<Piece, "file">> = [];
  for (let y = 0; y < height; y += size.height) {
    for (let x = 0; x < width; x += size.width) out.push({ x, y, width: Math.min(size.width, width - x), height: Math.min(size.height, height - y) });
  }
  return out;
}

async function main(): Promise<void> {
  const out = path.resolve(process.argv[2] ?? path.join(SCREENSHOTS, "pieces"));
  fs.mkdirSync(out, { recursive: true });
  const shots = path.resolve(process.argv[3] ?? SCREENSHOTS);
  const sources = fs.readdirSync(shots).filter((name) => name.endsWith(".png")).sort();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  const index: string[] = [];
  try {
    const page = await browser.newPage();
    for (const source of sources) {
      const file = path.join(shots, source);
      const { width, height } = pngSize(file);
      const cuts = pieces(width, height);
      const data = `data:image/png;base64,${fs.readFileSync(file).toString("base64")}`;
      const cropped = await page.evaluate(
        async ({ data, cuts }) => {
          const image = new Image();
          image.src = data;
          await image.decode();
          const canvas = document.createElement("canvas");
          return cuts.map((cut) => {
            canvas.width = cut.width;
            canvas.height = cut.height;
            canvas.getContext("2d")!.drawImage(image, cut.x, cut.y, cut.width, cut.height, 0, 0, cut.width, cut.height);
            return canvas.toDataURL("image/png").slice("data:image/png;base64,".length);
          });
        },
        { data, cuts },
      );
      cuts.forEach((cut, i) => {
        const name = `${source.slice(0, -".png".length)}-${i + 1}.png`;
        fs.writeFileSync(path.join(out, name), Buffer.from(cropped[i]!, "base64"));
        index.push(`${name}\t${source} (${width}×${height}) x ${cut.x}–${cut.x + cut.width}, y ${cut.y}–${cut.y + cut.height}`);
      });
    }
  } finally {
    await browser.close();
  }
  fs.writeFileSync(path.join(out, "INDEX.txt"), `${index.join("\n")}\n`);
  console.log(`${index.length} pieces of ${sources.length} screenshots in ${out}`);
}

await main();
