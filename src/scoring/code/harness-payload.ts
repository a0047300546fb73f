/**
 * What the checker receives on stdin: never a file in the candidate's sandbox, which never sees the tests at all. A
 * line-and-length framing:
 *
 *   KURABE2\n entryPoint\n count\n  then `count` sections: name\n byteLength\n bytes
 *
 * The first section is the prompt's preamble (imports and helper functions the tests may call), the rest are the
 * test snippets, run in order.
 */
interface CheckerPayload {
  entryPoint: string;
  preamble: string;
  tests: readonly TestSnippet[];
}

export interface TestSnippet {
  /** File name shown in tracebacks (`test.py`, `check.py`, …). */
  name: string;
  source: string;
}

export function encodeCheckerPayload(payload: CheckerPayload): Buffer {
  const sections = [{ name: "prompt", source: payload.preamble }, ...payload.tests];
  const parts: Buffer[] = [Buffer.from(`KURABE2\n${payload.entryPoint}\n${sections.length}\n`)];
  for (const section of sections) {
    const body = Buffer.from(section.source, "utf8");
    parts.push(Buffer.from(`${section.name}\n${body.length}\n`), body);
  }
  return Buffer.concat(parts);
}
