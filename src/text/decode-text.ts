import { TextDecoder } from "node:util";
import { ConfigError } from "../errors.js";

export type TextEncoding = "utf-8" | "utf-8 (BOM)" | "utf-16le (BOM)" | "utf-16be (BOM)" | "shift_jis (cp932)" | "euc-jp";

/** The encodings a user may name for a file (a suite's `encoding:`) when detection cannot or should not decide. */
export const NAMED_ENCODINGS = ["utf-8", "shift_jis", "euc-jp"] as const;
export type NamedEncoding = (typeof NAMED_ENCODINGS)[number];

interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

export interface DecodeOptions {
  /** The encoding the user named: used as it is (strictly), no detection. */
  declared?: NamedEncoding;
  /** Where the user can name the encoding ("the suite" for a suite's `encoding:`); without one: save it as UTF-8. */
  encodingOption?: string;
}

/**
 * Reads a text file the way Japanese business data arrives: a BOM decides when present; otherwise strict UTF-8,
 * and if the bytes are not valid UTF-8, Shift_JIS as Windows writes it (CP932, with NEC and IBM extensions such as
 * ① and ㈱ — WHATWG's "shift_jis" decoder is exactly that). Excel's "CSV" save on a Japanese Windows is CP932.
 * Anything that is neither (EUC-JP, Latin-1, binary) is an error naming the file and the encodings tried, not
 * mojibake — also EUC-JP whose bytes happen to be valid Shift_JIS (see EncodingDetector).
 */
export function decodeText(bytes: Uint8Array, file: string, options: DecodeOptions = {}): DecodedText {
  const detector = new EncodingDetector(file, options);
  detector.push(bytes);
  const encoding = detector.finish();
  const { label, bom } = DECODERS[encoding];
  return { text: new TextDecoder(label, { ignoreBOM: true }).decode(bytes.subarray(bom)), encoding };
}

/** The encoding of bytes read in chunks (a file stream), decided as decodeText decides it; nothing is held whole. */
export async function detectEncoding(chunks: AsyncIterable<Uint8Array>, file: string, options: DecodeOptions = {}): Promise<TextEncoding> {
  const detector = new EncodingDetector(file, options);
  for await (const chunk of chunks) detector.push(chunk);
  return detector.finish();
}

/** The text of bytes read in chunks, in that encoding, chunk by chunk, without its BOM. */
export async function* decodeChunks(chunks: AsyncIterable<Uint8Array>, encoding: TextEncoding): AsyncGenerator<string> {
  const { label, bom } = DECODERS[encoding];
  const decoder = new TextDecoder(label, { ignoreBOM: true });
  let skip = bom;
  for await (const chunk of chunks) {
    const bytes = chunk.subarray(skip);
    skip = Math.max(0, skip - chunk.length);
    const text = decoder.decode(bytes, { stream: true });
    if (text !== "") yield text;
  }
  const rest = decoder.decode();
  if (rest !== "") yield rest;
}

/** An encoding as a message names it: "Shift_JIS (CP932)", "UTF-8 with a BOM". */
export function describeEncoding(encoding: TextEncoding): string {
  return ENCODING_NAMES[encoding];
}

const ENCODING_NAMES: Readonly<Record<TextEncoding, string>> = {
  "utf-8": "UTF-8",
  "utf-8 (BOM)": "UTF-8 with a BOM",
  "utf-16le (BOM)": "UTF-16LE with a BOM",
  "utf-16be (BOM)": "UTF-16BE with a BOM",
  "shift_jis (cp932)": "Shift_JIS (CP932)",
  "euc-jp": "EUC-JP",
};

/** How each encoding is decoded: the WHATWG label and the length of the byte-order mark it starts with. */
const DECODERS: Readonly<Record<TextEncoding, { label: string; bom: number }>> = {
  "utf-8": { label: "utf-8", bom: 0 },
  "utf-8 (BOM)": { label: "utf-8", bom: 3 },
  "utf-16le (BOM)": { label: "utf-16le", bom: 2 },
  "utf-16be (BOM)": { label: "utf-16be", bom: 2 },
  "shift_jis (cp932)": { label: "shift_jis", bom: 0 },
  "euc-jp": { label: "euc-jp", bom: 0 },
};

const NAMED: Readonly<Record<NamedEncoding, TextEncoding>> = {
  "utf-8": "utf-8",
  shift_jis: "shift_jis (cp932)",
  "euc-jp": "euc-jp",
};

const TRIED = "UTF-8, UTF-8 or UTF-16 with a BOM, Shift_JIS (CP932), EUC-JP";

// EUC-JP kana and kanji are byte pairs in A1–FE; read as Shift_JIS, the bytes A1–DF become half-width katakana and
// E0–FC lead bytes land in kanji or in the private-use area (user-defined characters). Japanese text decoded right
// is almost never a third half-width katakana, so a Shift_JIS reading that is (and bytes that are valid EUC-JP too)
// is taken for EUC-JP read wrongly.
const SUSPICIOUS_SHARE = 0.3;

/**
 * Decides a file's encoding from its bytes, pushed in chunks: every candidate decoder reads each chunk strictly (one
 * pass, nothing kept but counts and the first lines), and finish() says which one holds, or throws a ConfigError
 * naming the line where the file stops being UTF-8 and the encodings tried.
 */
class EncodingDetector {
  private bom: TextEncoding | undefined;
  private started = false;
  private probes: Map<string, Probe>;

  constructor(
    private readonly file: string,
    private readonly options: DecodeOptions,
  ) {
    const labels = options.declared ? [DECODERS[NAMED[options.declared]].label] : ["utf-8", "shift_jis", "euc-jp"];
    this.probes = new Map(labels.map((label) => [label, new Probe(label)]));
  }

  push(chunk: Uint8Array): void {
    let bytes = chunk;
    if (!this.started) {
      this.started = true;
      this.bom = this.options.declared ? undefined : bomOf(chunk);
      if (this.bom) this.probes = new Map([[DECODERS[this.bom].label, new Probe(DECODERS[this.bom].label)]]);
      bytes = chunk.subarray(this.bom ? DECODERS[this.bom].bom : 0);
    }
    for (const probe of this.probes.values()) probe.push(bytes);
  }

  finish(): TextEncoding {
    for (const probe of this.probes.values()) probe.finish();
    if (this.bom) {
      if (this.probe(DECODERS[this.bom].label).valid) return this.bom;
      throw new ConfigError(`the file starts with a ${DECODERS[this.bom].label} byte-order mark but is not valid ${DECODERS[this.bom].label}`, { file: this.file });
    }
    if (this.options.declared) return this.declared(this.options.declared);
    const utf8 = this.probe("utf-8");
    if (utf8.valid) return "utf-8";
    const sjis = this.probe("shift_jis");
    const eucjp = this.probe("euc-jp");
    if (sjis.valid && !(eucjp.valid && sjis.suspicious())) return "shift_jis (cp932)";
    if (eucjp.valid) {
      const reading = eucjp.sample ? ` (read as EUC-JP: "${eucjp.sample}")` : "";
      const mojibake = sjis.valid
        ? `; read as Shift_JIS it is ${Math.round(sjis.share() * 100)}% half-width katakana and user-defined characters, which is mojibake`
        : "";
      const name = this.options.encodingOption
        ? `set \`encoding: euc-jp\` on ${this.options.encodingOption} if it is EUC-JP (\`encoding: shift_jis\` if the half-width katakana is real), or save the file as UTF-8`
        : "save the file as UTF-8";
      throw new ConfigError(`not UTF-8 but probably EUC-JP${reading}${mojibake}; ${name}`, {
        file: this.file,
        line: (sjis.valid ? sjis.firstOddLine : undefined) ?? utf8.badLine,
      });
    }
    const name = this.options.encodingOption
      ? `save the file as UTF-8, or name its encoding with \`encoding:\` on ${this.options.encodingOption} (${NAMED_ENCODINGS.join(", ")})`
      : "save the file as UTF-8";
    throw new ConfigError(`neither UTF-8 nor Shift_JIS (CP932) text from this line on (tried ${TRIED}); ${name}`, {
      file: this.file,
      line: utf8.badLine,
    });
  }

  private declared(name: NamedEncoding): TextEncoding {
    const probe = this.probe(DECODERS[NAMED[name]].label);
    if (probe.valid) return NAMED[name];
    throw new ConfigError(`not valid ${name} from this line on (the encoding named for it)`, { file: this.file, line: probe.badLine });
  }

  private probe(label: string): Probe {
    return this.probes.get(label)!;
  }
}

/** One candidate encoding reading the file strictly, with what it takes to judge and to report. */
class Probe {
  valid = true;
  /** 1-based line where the bytes stop being valid in this encoding. */
  badLine = 1;
  /** 1-based line of the first half-width katakana or user-defined character. */
  firstOddLine: number | undefined;
  /** The first non-ASCII line, cut short, for an error message. */
  sample: string | undefined;
  private readonly decoder: TextDecoder;
  private line = 1;
  private nonAscii = 0;
  private odd = 0;

  constructor(private readonly label: string) {
    this.decoder = new TextDecoder(label, { fatal: true, ignoreBOM: true });
  }

  push(bytes: Uint8Array): void {
    if (this.valid) this.read(() => this.decoder.decode(bytes, { stream: true }), bytes);
  }

  finish(): void {
    if (this.valid) this.read(() => this.decoder.decode(), new Uint8Array());
  }

  share(): number {
    return this.nonAscii === 0 ? 0 : this.odd / this.nonAscii;
  }

  suspicious(): boolean {
    return this.share() >= SUSPICIOUS_SHARE;
  }

  private read(decode: () => string, bytes: Uint8Array): void {
    let text: string;
    try {
      text = decode();
    } catch {
      this.valid = false;
      // Where in this chunk the invalid bytes start: the lenient decoder marks them with U+FFFD.
      const lenient = new TextDecoder(this.label, { ignoreBOM: true }).decode(bytes);
      const bad = lenient.indexOf("\uFFFD");
      this.badLine = this.line + (bad < 0 ? 0 : countNewlines(lenient.slice(0, bad)));
      return;
    }
    this.count(text);
  }

  private count(text: string): void {
    // A suite file is mostly ASCII: the regular expression and indexOf skip it in native code (a loop over every
    // character cost 5–20 ms per probe for a 200 KB file on a cold start, three probes per file).
    if (!NON_ASCII.test(text)) {
      this.line += countNewlines(text);
      return;
    }
    for (let at = 0; at < text.length; at++) {
      const unit = text.charCodeAt(at);
      if (unit === NEWLINE) {
        this.line++;
        continue;
      }
      if (unit < 0x80) continue;
      const code = text.codePointAt(at)!;
      this.nonAscii++;
      this.sample ??= this.lineSample(text, at);
      if (code > 0xffff) at++; // the second half of a surrogate pair
      // Half-width katakana (U+FF61–FF9F) and the private-use area Shift_JIS maps its user-defined rows to.
      if ((code >= 0xff61 && code <= 0xff9f) || (code >= 0xe000 && code <= 0xf8ff)) {
        this.odd++;
        this.firstOddLine ??= this.line;
      }
    }
  }

  private lineSample(text: string, at: number): string {
    const start = text.lastIndexOf("\n", at) + 1;
    const end = text.indexOf("\n", at);
    const line = text.slice(start, end < 0 ? undefined : end).trim();
    return line.length > 40 ? `${line.slice(0, 39)}…` : line;
  }
}

const NON_ASCII = /[^\x00-\x7f]/;
const NEWLINE = 0x0a;

function bomOf(bytes: Uint8Array): TextEncoding | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8 (BOM)";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le (BOM)";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be (BOM)";
  return undefined;
}

function countNewlines(text: string): number {
  let count = 0;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) count++;
  return count;
}
