import Assembler from "stream-json/assembler.js";
import { jsonParser, type parser } from "stream-json/core/parser.js";
import { getManyValues, isMany, none } from "stream-chain/defs.js";

type Token = parser.Token;

/** The parser is fed this many characters at a time; a syntax error is placed within one such slice. */
export const SLICE_CHARS = 1024;

/** Where a value sits in the document: `["responses", 3, "scores", 0]`. */
export type JsonPath = readonly (string | number)[];

/**
 * What a reader tells as it reads. A *walked* object (the document itself, and the objects `walk` names) is told in
 * parts: `head` with its fields up to its first walked child, then its walked children, then `late` with any fields
 * after them. A walked array's elements come one at a time (`element`), each whole unless walked itself. `parent` is
 * the head of the nearest walked object around the value.
 */
export interface JsonRecordHandler {
  /** `before`: the walked child that ended the head (undefined when the object had none). */
  head(path: JsonPath, fields: Record<string, unknown>, parent: Record<string, unknown> | undefined, before: string | undefined): void;
  element(path: JsonPath, value: unknown, parent: Record<string, unknown> | undefined): void;
  late(path: JsonPath, fields: Record<string, unknown>): void;
  /** A walked container ended; `count`: an array's length. */
  end(path: JsonPath, count?: number): void;
  /** A walked object's key, before its value is read: a handler may refuse a field it does not know before it is built. */
  key?(path: JsonPath): void;
}

/** Why the text is not one JSON object: broken or cut short, and where the reader was. */
export class JsonRecordError extends Error {
  constructor(
    readonly kind: "syntax" | "truncated" | "not-object" | "encoding",
    message: string,
    readonly path: JsonPath,
    /** Bytes read before it: the end of the file, or where the slice the parser found broken begins. */
    readonly bytes: number,
  ) {
    super(message);
  }
}

interface Frame {
  path: JsonPath;
  kind: "object" | "array";
  /** Objects: the key of the value being read. Arrays: the index of the next element. */
  key: string | null;
  index: number;
  /** Objects: the assembler collecting the fields that are not walked (the head, then the late fields). */
  fields: Assembler | null;
  head: Record<string, unknown> | undefined;
  late: boolean;
}

/**
 * Reads one JSON document from bytes a chunk at a time and hands it on record by record, so a document far larger
 * than memory (or than V8's longest string, ~512 MB) is read in constant memory. Tokens come from stream-json's
 * parser; each record is built by its Assembler. `walk(path, kind)` says which containers are opened rather than
 * built whole (the document itself always is).
 */
export class JsonRecordReader {
  // Packed tokens only (no chunked strings): what the Assembler reads. Flushed by passing `none`, as stream-chain does.
  readonly #parse = jsonParser({ streamValues: false }) as (text: string | typeof none) => unknown;
  readonly #decoder = new TextDecoder("utf-8", { fatal: true });
  readonly #stack: Frame[] = [];
  #record: { asm: Assembler; path: JsonPath; parent: Record<string, unknown> | undefined } | null = null;
  /** Whether a field's value is being fed to the current object's field assembler. */
  #feeding = false;
  #finished = false;
  #bytes = 0;

  constructor(
    private readonly walk: (path: JsonPath, kind: "object" | "array") => boolean,
    private readonly handler: JsonRecordHandler,
  ) {}

  /** Bytes read so far. */
  get bytes(): number {
    return this.#bytes;
  }

  write(chunk: Uint8Array): void {
    let text: string;
    try {
      text = this.#decoder.decode(chunk, { stream: true });
    } catch {
      throw new JsonRecordError("encoding", "the file is not UTF-8 text", this.position(), this.#bytes);
    }
    // A slice at a time: the parser drops the tokens of a slice it finds broken, so an error is placed within one.
    for (let at = 0; at < text.length; at += SLICE_CHARS) {
      try {
        this.#feed(text.slice(at, at + SLICE_CHARS));
      } catch (error) {
        if (!(error instanceof JsonRecordError)) throw error;
        throw new JsonRecordError(error.kind, error.message, error.path, this.#bytes + Buffer.byteLength(text.slice(0, at)));
      }
    }
    this.#bytes += chunk.byteLength;
  }

  /** The input is over: a document not finished by now is cut short. */
  end(): void {
    let text: string;
    try {
      text = this.#decoder.decode();
    } catch {
      throw new JsonRecordError("truncated", "the file ends inside a character", this.position(), this.#bytes);
    }
    if (text) this.#feed(text);
    this.#feed(none);
    if (!this.#finished) throw new JsonRecordError("truncated", "the file ends before the document does", this.position(), this.#bytes);
  }

  /** The path the reader is at, down into the record or field being built. */
  position(): JsonPath {
    if (this.#record) return [...this.#record.path, ...inside(this.#record.asm)];
    const top = this.#stack.at(-1);
    if (!top) return [];
    if (top.kind === "array") return [...top.path, top.index];
    if (this.#feeding) return [...top.path, ...inside(top.fields!)];
    return top.key === null ? top.path : [...top.path, top.key];
  }

  /** Text to the parser; `none` flushes it (stream-chain's end-of-input value). */
  #feed(text: string | typeof none): void {
    const done = text === none;
    let out;
    try {
      out = this.#parse(text);
    } catch (error) {
      const message = (error as Error).message.replace(/^Parser (cannot parse input: |has )/, "");
      throw new JsonRecordError(done ? "truncated" : "syntax", done ? `the file ends before the document does (${message})` : message, this.position(), this.#bytes);
    }
    if (isMany(out)) for (const token of getManyValues(out) as Token[]) this.#token(token);
  }

  #token(token: Token): void {
    const record = this.#record;
    if (record) {
      record.asm.consume(token);
      if (record.asm.done) this.#element(record.path, record.asm.current, record.parent);
      return;
    }
    if (this.#finished) throw new JsonRecordError("syntax", "more after the end of the document", [], this.#bytes);
    const top = this.#stack.at(-1);
    if (!top) {
      if (token.name !== "startObject") throw new JsonRecordError("not-object", "expected a JSON object", [], this.#bytes);
      this.#push([], "object");
      return;
    }
    if (top.kind === "object") this.#inObject(top, token);
    else this.#inArray(top, token);
  }

  #inObject(top: Frame, token: Token): void {
    const fields = top.fields!;
    if (this.#feeding) {
      fields.consume(token);
      // Back at the object's own level: the field's value is whole.
      if (fields.depth === 1) {
        this.#feeding = false;
        top.key = null;
      }
      return;
    }
    if (token.name === "keyValue") {
      top.key = token.value;
      this.handler.key?.([...top.path, token.value]);
      return;
    }
    if (token.name === "endObject") {
      this.#closeObject(top);
      return;
    }
    const path = [...top.path, top.key!];
    const kind = token.name === "startObject" ? "object" : token.name === "startArray" ? "array" : null;
    if (kind && this.walk(path, kind)) {
      this.#emitHead(top, top.key!);
      this.#push(path, kind);
      return;
    }
    if (top.head !== undefined && !top.late) {
      // A field after a walked child: gathered apart and told as late.
      top.late = true;
      top.fields = new Assembler();
      top.fields.consume({ name: "startObject" });
    }
    top.fields!.consume({ name: "keyValue", value: top.key! });
    top.fields!.consume(token);
    if (kind) this.#feeding = true;
    else top.key = null;
  }

  #inArray(top: Frame, token: Token): void {
    if (token.name === "endArray") {
      this.#stack.pop();
      this.handler.end(top.path, top.index);
      this.#childDone();
      return;
    }
    const path = [...top.path, top.index];
    const parent = this.#parentHead();
    if (token.name === "startObject" && this.walk(path, "object")) {
      this.#push(path, "object");
      return;
    }
    if (token.name === "startArray" && this.walk(path, "array")) {
      this.#push(path, "array");
      return;
    }
    const asm = new Assembler();
    asm.consume(token);
    if (asm.done) this.#element(path, asm.current, parent);
    else this.#record = { asm, path, parent };
  }

  #element(path: JsonPath, value: unknown, parent: Record<string, unknown> | undefined): void {
    this.#record = null;
    this.#stack.at(-1)!.index += 1;
    this.handler.element(path, value, parent);
  }

  #push(path: JsonPath, kind: "object" | "array"): void {
    const fields = kind === "object" ? new Assembler() : null;
    fields?.consume({ name: "startObject" });
    this.#stack.push({ path, kind, key: null, index: 0, fields, head: undefined, late: false });
  }

  #emitHead(frame: Frame, before: string | undefined): void {
    if (frame.head !== undefined) return;
    frame.fields!.consume({ name: "endObject" });
    frame.head = frame.fields!.current as Record<string, unknown>;
    frame.fields = null;
    this.handler.head(frame.path, frame.head, this.#parentHead(frame), before);
  }

  #closeObject(frame: Frame): void {
    this.#emitHead(frame, undefined);
    if (frame.late) {
      frame.fields!.consume({ name: "endObject" });
      this.handler.late(frame.path, frame.fields!.current as Record<string, unknown>);
    }
    this.#stack.pop();
    this.handler.end(frame.path);
    if (this.#stack.length === 0) this.#finished = true;
    else this.#childDone();
  }

  /** A walked child ended: the array around it moves on to its next element, the object to its next key. */
  #childDone(): void {
    const top = this.#stack.at(-1)!;
    if (top.kind === "array") top.index += 1;
    else top.key = null;
  }

  #parentHead(below?: Frame): Record<string, unknown> | undefined {
    const end = below ? this.#stack.indexOf(below) : this.#stack.length;
    for (let i = end - 1; i >= 0; i -= 1) if (this.#stack[i]!.kind === "object") return this.#stack[i]!.head;
    return undefined;
  }
}

/** Where an assembler is inside the value it builds: its open containers' keys and indices, then the current key. */
function inside(asm: Assembler): (string | number)[] {
  if (asm.done) return [];
  const current = asm.current as unknown;
  const last = Array.isArray(current) ? [current.length] : asm.key === null ? [] : [asm.key];
  return [...(asm.path as (string | number)[]), ...last];
}
