import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from "yaml";
import { ConfigError } from "../errors.js";

interface Position {
  line: number;
  column: number;
}

interface PositionedYaml {
  document: Document.Parsed;
  /**
   * Where the value at `path` is written (with `key`, where its key is written). A path that does not exist, such
   * as a missing required field, points at its nearest existing ancestor: the object the field belongs in.
   */
  positionOf(path: readonly PropertyKey[], options?: { key?: boolean }): Position;
}

/** Parses one YAML document keeping source positions; a syntax error becomes a ConfigError at `file:line:column`. */
export function parsePositionedYaml(text: string, file: string): PositionedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: Math.max(line, 1), column: Math.max(col, 1) };
  };

  const syntaxError = document.errors[0];
  if (syntaxError) {
    const { line, column } = toPosition(syntaxError.pos[0]);
    throw new ConfigError(`invalid YAML: ${lowerFirst(syntaxError.message)}`, { file, line, column });
  }

  const positionOf = (path: readonly PropertyKey[], options: { key?: boolean } = {}): Position => {
    let node: unknown = document.contents;
    let nearest: unknown = node;
    for (const [index, segment] of path.entries()) {
      if (isAlias(node)) node = node.resolve(document);
      if (isMap(node)) {
        const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(segment));
        if (!pair) break;
        const wantsKey = options.key === true && index === path.length - 1;
        // `key:` with nothing after it still has a (null) value node; fall back to the key when it has none.
        node = wantsKey ? pair.key : (pair.value ?? pair.key);
      } else if (isSeq(node) && typeof segment === "number" && node.items[segment] !== undefined) {
        node = node.items[segment];
      } else {
        break;
      }
      nearest = node;
    }
    return toPosition(startOffset(nearest));
  };

  return { document, positionOf };
}

function startOffset(node: unknown): number {
  if (typeof node === "object" && node !== null && "range" in node && Array.isArray(node.range)) {
    const start: unknown = node.range[0];
    if (typeof start === "number") return start;
  }
  return 0;
}

function lowerFirst(message: string): string {
  return /^[A-Z][a-z]/.test(message) ? message.charAt(0).toLowerCase() + message.slice(1) : message;
}
