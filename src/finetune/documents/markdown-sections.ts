/** A run of text under one heading path (outermost heading first; empty for text before any heading). */
export interface Section {
  headings: string[];
  text: string;
}

const ATX = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const FENCE = /^ {0,3}(```|~~~)/;
const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;

/**
 * Splits Markdown at its headings (ATX `#` … `######`, and setext `===`/`---` underlines), ignoring `#` lines inside
 * fenced code and a leading YAML front matter. Sections without text (a heading directly followed by another) are
 * left out; their heading still names the sections below them. The first level-1 heading is the document's title.
 */
export function markdownSections(markdown: string): { title?: string; sections: Section[] } {
  const lines = markdown.replace(FRONT_MATTER, "").split(/\r\n|\n|\r/);
  const sections: Section[] = [];
  const path: string[] = [];
  let title: string | undefined;
  let body: string[] = [];
  let fence: string | undefined;
  const flush = () => {
    const text = body.join("\n").trim();
    if (text) sections.push({ headings: path.filter(Boolean), text });
    body = [];
  };
  const open = (level: number, heading: string) => {
    flush();
    path.length = level - 1;
    path[level - 1] = heading.trim();
    if (level === 1) title ??= heading.trim();
  };

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const fenceMark = FENCE.exec(line)?.[1];
    if (fence !== undefined || fenceMark) {
      if (fence === undefined) fence = fenceMark;
      else if (fenceMark === fence) fence = undefined;
      body.push(line);
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      open(atx[1]!.length, atx[2]!);
      continue;
    }
    const next = lines[index + 1];
    const setext = next === undefined || line.trim() === "" ? undefined : /^ {0,3}(=+|-+)[ \t]*$/.exec(next)?.[1];
    if (setext && (index === 0 || lines[index - 1]!.trim() === "")) {
      open(setext.startsWith("=") ? 1 : 2, line);
      index++;
      continue;
    }
    body.push(line);
  }
  flush();
  return { ...(title ? { title } : {}), sections };
}
