// In-page callbacks (page.evaluate) run in Chromium and use the DOM; src/ is still built without it (tsconfig.build.json).
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext, type Locator, type Page } from "playwright-core";
import { expect } from "vitest";
import type { ReportLanguage } from "../../../src/report/i18n/messages.js";
import { openDatabase } from "../../../src/store/open-store.js";
import { startViewServer, type ViewServer } from "../../../src/view/view-server.js";

/** Debian's Chromium (`apt-get install -y chromium`); CI installs it, a machine without it skips these tests. */
export const CHROMIUM = "/usr/bin/chromium";
export const HAS_CHROMIUM = fs.existsSync(CHROMIUM);
export const SKIP_REASON = `${CHROMIUM} is missing (apt-get install -y chromium): browser safety tests skipped`;

export const SCREENSHOTS = fileURLToPath(new URL("./.screenshots/", import.meta.url));
/**
 * Screenshots are for people to look at and no test reads them; a run nobody looks at (.ci/run's clean clone sets
 * KURABE_SCREENSHOTS=0) takes none: they were half the time of a screen test.
 */
export const TAKE_SCREENSHOTS = process.env.KURABE_SCREENSHOTS !== "0";

/** Flags for a headless Chromium on a machine with a closed network (see /work/shared/notes/stack.md). */
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Chromium with a fresh, throw-away profile. */
export async function launchBrowser(): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "kurabe-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 900 },
    offline: false,
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What a page did that a safe page never does: dialogs, console errors (CSP violations among them), page errors. */
export interface PageWatch {
  dialogs: string[];
  consoleErrors: string[];
  pageErrors: string[];
  requests: string[];
}

export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { dialogs: [], consoleErrors: [], pageErrors: [], requests: [] };
  page.on("dialog", (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") watch.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => watch.pageErrors.push(error.message));
  page.on("request", (request) => watch.requests.push(request.url()));
  return watch;
}

/** What the safety assertions read off a loaded page, gathered in the page. */
export interface PageFindings {
  pwned: unknown;
  /** Elements carrying an event-handler attribute (`onerror`, `onload`, …): "tag@attribute=value". */
  handlers: string[];
  /** href/src/action/formaction values with a script scheme. */
  scriptUrls: string[];
  /** Elements a report or dashboard never emits: script, iframe, img, object, embed, base, textarea, refresh meta. */
  foreignElements: string[];
  styleSheets: number;
  bodyVisible: boolean;
  headings: string[];
}

export async function inspectPage(page: Page): Promise<PageFindings> {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll("*")];
    const handlers = all.flatMap((element) =>
      [...element.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${element.tagName}@${a.name}=${a.value}`),
    );
    const scriptUrls = all.flatMap((element) =>
      ["href", "src", "action", "formaction", "xlink:href", "data"]
        .map((name) => element.getAttribute(name))
        .filter((value): value is string => value !== null && /^\s*(javascript|vbscript|data:text\/html)/i.test(value)),
    );
    const foreignElements = [...document.querySelectorAll("script, iframe, img, object, embed, base, textarea, meta[http-equiv=refresh]")].map(
      (element) => element.outerHTML.slice(0, 120),
    );
    return {
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      handlers,
      scriptUrls,
      foreignElements,
      styleSheets: document.querySelectorAll("style").length,
      bodyVisible: getComputedStyle(document.body).display !== "none",
      headings: [...document.querySelectorAll("h1, h2")].map((h) => h.textContent?.trim() ?? ""),
    };
  });
}

/** Hovers and focuses every element a payload could have hooked (attribute-breaking payloads need an event). */
export async function poke(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const element of document.querySelectorAll("td, pre, summary, dd, option, span, a, p, li, h1, h3, h5")) {
      element.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
      if (element instanceof HTMLElement) element.focus();
    }
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  });
}

/** What a screen test shoots: a dashboard per language over one store, and a browser; `close` ends them all. */
export interface Screens {
  browser: Browser;
  views: Map<ReportLanguage, ViewServer>;
  close(): Promise<void>;
}

export async function openScreens(dbFile: string, languages: readonly ReportLanguage[]): Promise<Screens> {
  const views = new Map<ReportLanguage, ViewServer>();
  for (const language of languages) views.set(language, await startViewServer({ db: openDatabase(dbFile), language, port: 0, log: () => undefined }));
  const browser = await launchBrowser();
  return {
    browser,
    views,
    async close() {
      await browser.close();
      for (const view of views.values()) await view.close();
    },
  };
}

/** Opens `url` in a new page `width` px wide (a desktop or a phone's height), runs `read` on it, closes it. */
export async function atWidth<T>(browser: Browser, url: string, width: number, read: (page: Page) => Promise<T>): Promise<T> {
  const page = await browser.context.newPage();
  try {
    await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
    await page.goto(url, { waitUntil: "load" });
    return await read(page);
  } finally {
    await page.close();
  }
}

export function screenshotPath(name: string): string {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return path.join(SCREENSHOTS, name);
}

/**
 * Keeps a screenshot of the page or the element as SCREENSHOTS/name, unless this run takes none (TAKE_SCREENSHOTS); an
 * element is still waited for until shown, as its screenshot would be, so a test that leant on that still does.
 */
export async function keepScreenshot(target: Page | Locator, name: string, options: { fullPage?: boolean; clip?: { x: number; y: number; width: number; height: number } } = {}): Promise<void> {
  const locator = "waitFor" in target ? target : undefined;
  if (!TAKE_SCREENSHOTS) {
    await locator?.waitFor({ state: "visible" });
    return;
  }
  if (locator) await locator.screenshot({ path: screenshotPath(name) });
  else await (target as Page).screenshot({ path: screenshotPath(name), ...options });
}

/** The page ran nothing from the data and drew itself: no injected handler, script URL or element, no dialog. */
export function expectInertPage(findings: PageFindings, watch: PageWatch): void {
  expect(findings.pwned).toBeUndefined();
  expect(findings.handlers).toEqual([]);
  expect(findings.scriptUrls).toEqual([]);
  expect(findings.foreignElements).toEqual([]);
  expect(findings.styleSheets).toBe(1);
  expect(findings.bodyVisible).toBe(true);
  expect(watch.dialogs).toEqual([]);
  expect(watch.pageErrors).toEqual([]);
}

/**
 * Tables wider than their box (the `.table-wrap` around them, else their parent), every collapsed section opened
 * first: "table.class in section#id: 1,412 > 1,216 px". A table that fits leaves its box's scrollWidth at its width.
 */
export async function tablesWiderThanTheirBox(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    document.querySelectorAll("details").forEach((d) => d.setAttribute("open", ""));
    return [...document.querySelectorAll("table")].flatMap((table) => {
      const box = table.closest(".table-wrap") ?? table.parentElement!;
      const width = Math.max(box.scrollWidth, Math.ceil(table.getBoundingClientRect().width));
      if (width <= box.clientWidth + 1) return [];
      const where = table.closest("section[id]")?.id ?? table.closest("section, h2 + *")?.previousElementSibling?.textContent ?? "page";
      return [`table.${table.className || "(no class)"} in ${where}: ${width} > ${box.clientWidth} px`];
    });
  });
}

/**
 * Phone cards' row labels (a cell's data-label, drawn by ::before in the label column of a grid cell) whose longest
 * word is wider than that column, so the word breaks mid-way ("jcommons|enseqa"). Words end at spaces and separators.
 */
export async function labelsBrokenMidWord(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const context = document.createElement("canvas").getContext("2d")!;
    return [...document.querySelectorAll("td[data-label]")].flatMap((cell) => {
      const style = getComputedStyle(cell);
      if (style.display !== "grid") return [];
      const label = getComputedStyle(cell, "::before");
      context.font = `${label.fontStyle} ${label.fontWeight} ${label.fontSize} ${label.fontFamily}`;
      // The label's line is its column, or less when the label has a max-width (a percentage is of the column).
      const track = parseFloat(style.gridTemplateColumns.split(" ")[0]!);
      const max = label.maxWidth.endsWith("%") ? (track * parseFloat(label.maxWidth)) / 100 : label.maxWidth.endsWith("px") ? parseFloat(label.maxWidth) : track;
      const line = Math.min(track, max);
      const text = cell.getAttribute("data-label") ?? "";
      const widest = Math.max(...text.split(/[\s/_-]+/).map((word) => context.measureText(word).width));
      return widest > line + 0.5 ? [`${text}: ${Math.ceil(widest)} > ${line} px`] : [];
    });
  });
}

/**
 * The typefaces the phone cards' row labels (a cell's data-label, drawn by ::before) are set in: one for every label
 * (their size follows the card's text).
 */
export async function cardLabelFonts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const fonts = [...document.querySelectorAll("td[data-label]")].flatMap((cell) => {
      if (getComputedStyle(cell).display === "table-cell") return [];
      const label = getComputedStyle(cell, "::before");
      return [`${label.fontWeight} ${label.fontFamily}`];
    });
    return [...new Set(fonts)];
  });
}

/** Cells matching `selector` whose text runs over more than one line (a model id broken at its hyphens). */
export async function cellsOnSeveralLines(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    return [...document.querySelectorAll(selector)].flatMap((cell) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
      return lines.size > 1 ? [`${selector}: "${cell.textContent}" on ${lines.size} lines`] : [];
    });
  }, selector);
}

/**
 * Middle dots "·" (the separator between a line's parts) that begin a line: "HTML report |· CSV". A dot begins a line
 * when it sits at its block's left content edge (left-aligned blocks only).
 */
export async function separatorsStartingALine(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      let block = node.parentElement!;
      while (getComputedStyle(block).display.startsWith("inline") && block.parentElement) block = block.parentElement;
      const style = getComputedStyle(block);
      if (!["start", "left"].includes(style.textAlign)) continue;
      const edge = block.getBoundingClientRect().left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
      for (let at = text.indexOf("·"); at >= 0; at = text.indexOf("·", at + 1)) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        const rect = range.getBoundingClientRect();
        if (rect.width > 0 && Math.abs(rect.left - edge) < 2) found.push(`"${block.textContent?.trim().slice(0, 60)}" has a line beginning with ·`);
      }
    }
    return found;
  });
}

/**
 * Selects that cut the text of an option they show: a closed select's chosen option, or any line of a list box, wider
 * than the box inside its padding and (closed) its arrow, measured in the select's own font.
 */
export async function selectsCuttingTheirText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const context = document.createElement("canvas").getContext("2d")!;
    return [...document.querySelectorAll("select")].flatMap((select) => {
      if (select.getClientRects().length === 0) return [];
      const style = getComputedStyle(select);
      context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      // A closed select's arrow takes about a line's height; a list box has a scroll bar only when it scrolls.
      const arrow = select.multiple || select.size > 1 ? 0 : parseFloat(style.fontSize) * 1.5;
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - arrow;
      const shown = select.multiple || select.size > 1 ? [...select.options] : [...select.selectedOptions];
      return shown.flatMap((option) => {
        const width = context.measureText(option.text).width;
        return width > room ? [`select[name=${select.name}] cuts "${option.text}": ${Math.ceil(width)} > ${Math.floor(room)} px`] : [];
      });
    });
  });
}

/**
 * The text of each element matching `selector` that runs over more than one line, with "|" where its lines break
 * ("モデル@プロンプ|ト", "p-|value", "Difference (A |− B)": a break at a space keeps one space before the "|"); the line
 * a character is on is where its box's top is. Collapsed sections are opened first.
 */
export async function lineBreaks(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    document.querySelectorAll("details").forEach((d) => d.setAttribute("open", ""));
    return [...document.querySelectorAll(selector)].flatMap((element) => {
      if (element.getClientRects().length === 0) return [];
      let out = "";
      let lineTop: number | null = null;
      let lines = 1;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        // A block inside the element (a heading's small category line) begins as if after a space.
        if (node.parentElement !== element && !getComputedStyle(node.parentElement!).display.startsWith("inline")) out += " ";
        for (let at = 0; at < text.length; at += 1) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          const rect = [...range.getClientRects()].find((r) => r.width > 0);
          if (rect) {
            if (lineTop !== null && rect.top > lineTop + rect.height / 2) {
              out = out.replace(/\s+$/, " ") + "|";
              lines += 1;
            }
            lineTop = rect.top;
          }
          if (!(rect === undefined && /\s/.test(text[at]!) && out.endsWith("|"))) out += text[at];
        }
      }
      return lines > 1 ? [out.replace(/\|\s+/g, "|")] : [];
    });
  }, selector);
}

/** Code spans (configuration keys, `model@prompt`) broken other than after a space or a separator - _ / . : @. */
export async function codeBrokenMidWord(page: Page): Promise<string[]> {
  return (await lineBreaks(page, "code")).filter((text) => /[^\s\-_/.:@]\|/.test(text));
}

/**
 * Table headings broken other than between words: a break must be at a space (or where a block inside the heading
 * begins) and not before an operator ("p-|value", "Difference (A |− B)" are broken), or between two Japanese
 * characters (word-break: auto-phrase puts those between phrases), or before a Japanese opening bracket.
 */
export async function headingsBrokenMidWord(page: Page): Promise<string[]> {
  const japanese = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/;
  return (await lineBreaks(page, "th")).filter((text) =>
    [...text].some((character, i) => {
      if (character !== "|") return false;
      const [before, after] = [text[i - 1] ?? "", text[i + 1] ?? ""];
      if (japanese.test(before) && japanese.test(after)) return false;
      // Japanese breaks before an opening bracket, after Latin too: "USD|（この実行の構成）".
      if (/[（「『【]/.test(after)) return false;
      return before !== " " || /[−+×/]/.test(after);
    }),
  );
}

/**
 * Chart labels a drawn line runs through that stay hard to read: the text has no halo (a white stroke painted under
 * its fill, `paint-order: stroke`, at least 2 px) or the line is painted after it. Every shown chart's strokes (grid,
 * axes, series, the Pareto front, break-even markers) are sampled every 1.5 px and tested against each label's box,
 * shrunk by 1 px: `"gpt-4o-mini" under a <path> (Quality versus cost)`.
 */
export async function labelsCrossedByLines(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const svg of document.querySelectorAll("figure svg")) {
      if (svg.getClientRects().length === 0) continue;
      const title = svg.closest("figure")?.querySelector("h3")?.textContent ?? "chart";
      const strokes = [...svg.querySelectorAll<SVGGeometryElement>("path, line, polyline, polygon, rect, circle")].flatMap((shape) => {
        const style = getComputedStyle(shape);
        if (style.stroke === "none" || parseFloat(style.strokeWidth) === 0 || parseFloat(style.strokeOpacity) === 0 || style.visibility === "hidden") return [];
        const matrix = shape.getScreenCTM();
        if (!matrix) return [];
        const length = shape.getTotalLength();
        const points: DOMPoint[] = [];
        for (let at = 0; at <= length; at += 1.5) points.push(shape.getPointAtLength(at).matrixTransform(matrix));
        return [{ shape, points }];
      });
      for (const text of svg.querySelectorAll("text")) {
        const label = text.textContent?.trim() ?? "";
        const box = text.getBoundingClientRect();
        if (label === "" || box.width === 0) continue;
        const style = getComputedStyle(text);
        const halo = style.paintOrder.startsWith("stroke") && style.stroke === "rgb(255, 255, 255)" && parseFloat(style.strokeWidth) >= 2;
        for (const { shape, points } of strokes) {
          const crosses = points.some((p) => p.x > box.left + 1 && p.x < box.right - 1 && p.y > box.top + 1 && p.y < box.bottom - 1);
          if (!crosses) continue;
          const paintedAfter = (text.compareDocumentPosition(shape) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
          if (!halo) found.push(`"${label}" crossed by a <${shape.tagName}> without a halo (${title})`);
          else if (paintedAfter) found.push(`"${label}" under a <${shape.tagName}> painted after it (${title})`);
        }
      }
    }
    return [...new Set(found)];
  });
}

/**
 * Model ids shown on more than one line: each place an id of `ids` occurs in the page's text (outside charts and
 * selects, every collapsed section opened), with "|" where it breaks — `"gpt-4o-mini-2024-|07-18" in td`. The line a
 * character is on is where its box's top is, as in lineBreaks.
 */
export async function idsBrokenAcrossLines(page: Page, ids: readonly string[]): Promise<string[]> {
  return page.evaluate((ids) => {
    document.querySelectorAll("details").forEach((d) => d.setAttribute("open", ""));
    // The page's text as one string, each character's node and offset kept.
    const chars: Array<{ node: Text; at: number }> = [];
    let text = "";
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement?.closest("svg, select, style, script") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (let at = 0; at < node.data.length; at += 1) chars.push({ node, at });
      text += node.data;
    }
    const found: string[] = [];
    for (const id of ids) {
      for (let start = text.indexOf(id); start >= 0; start = text.indexOf(id, start + 1)) {
        let out = "";
        let lineTop: number | null = null;
        for (let i = start; i < start + id.length; i += 1) {
          const { node, at } = chars[i]!;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          const rect = [...range.getClientRects()].find((r) => r.width > 0);
          if (rect && lineTop !== null && rect.top > lineTop + rect.height / 2) out += "|";
          if (rect) lineTop = rect.top;
          out += text[i];
        }
        if (out.includes("|")) found.push(`"${out}" in ${chars[start]!.node.parentElement!.closest("td, th, li, h1, h2, h3, h4, h5, p, dd, a")?.tagName.toLowerCase() ?? "page"}`);
      }
    }
    return [...new Set(found)];
  }, ids);
}

/**
 * Chart labels that are cut or drawn over something: a <text> of a shown chart reaching outside its <svg>, or its box
 * (shrunk by 1 px) overlapping another label's or a solid shape's (a legend chip, a point; faint fills such as the
 * radar's areas are left out): `"delta" over a <path> (Capability by category)`.
 */
export async function chartLabelsOutOfPlace(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const overlap = (a: DOMRect, b: DOMRect) => a.left + 1 < b.right - 1 && b.left + 1 < a.right - 1 && a.top + 1 < b.bottom - 1 && b.top + 1 < a.bottom - 1;
    for (const svg of document.querySelectorAll("figure svg")) {
      if (svg.getClientRects().length === 0) continue;
      const title = svg.closest("figure")?.querySelector("h3")?.textContent ?? "chart";
      const frame = svg.getBoundingClientRect();
      const texts = [...svg.querySelectorAll("text")].filter((text) => (text.textContent ?? "").trim() !== "" && text.getBoundingClientRect().width > 0);
      const solids = [...svg.querySelectorAll<SVGGraphicsElement>("path, rect, circle, polygon")].filter((shape) => {
        const style = getComputedStyle(shape);
        const box = shape.getBoundingClientRect();
        const faint = style.fill === "none" || parseFloat(style.fillOpacity) * parseFloat(style.opacity) < 0.5;
        return !faint && box.width * box.height < (frame.width * frame.height) / 4;
      });
      texts.forEach((text, i) => {
        const label = `"${text.textContent!.trim().slice(0, 40)}"`;
        const box = text.getBoundingClientRect();
        if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5 || box.top < frame.top - 0.5 || box.bottom > frame.bottom + 0.5) found.push(`${label} cut by the edge (${title})`);
        for (const other of texts.slice(i + 1)) if (overlap(box, other.getBoundingClientRect())) found.push(`${label} over "${other.textContent!.trim().slice(0, 40)}" (${title})`);
        for (const shape of solids) if (overlap(box, shape.getBoundingClientRect())) found.push(`${label} over a <${shape.tagName}> (${title})`);
      });
    }
    return [...new Set(found)];
  });
}
