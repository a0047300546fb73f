/**
 * What the harness inside the sandbox receives on stdin: never a file in the work folder, so the program under test
 * cannot read the tests or the completion marker. A line-and-length framing rather than JSON, because importing
 * Python's json module would add ~7 ms to every run.
 *
 *   KURABE1\n nonce\n entryPoint\n guard(0|1)\n count\n  then `count` sections: name\n byteLength\n bytes
 *
 * The first section is the program, the rest are the test snippets, run in order.
 */
export interface HarnessPayload {
  /** Printed by the harness on its report channel after the last test passed; unknown to the program. */
  nonce: string;
  entryPoint: string;
  /** Python: refuse results that compare equal to anything. */
  guard: boolean;
  program: string;
  tests: readonly TestSnippet[];
}

export interface TestSnippet {
  /** File name shown in tracebacks (`test.py`, `check.py`, …). */
  name: string;
  source: string;
}

export function encodeHarnessPayload(payload: HarnessPayload): Buffer {
  const sections = [{ name: "program", source: payload.program }, ...payload.tests];
  const parts: Buffer[] = [
    Buffer.from(`KURABE1\n${payload.nonce}\n${payload.entryPoint}\n${payload.guard ? 1 : 0}\n${sections.length}\n`),
  ];
  for (const section of sections) {
    const body = Buffer.from(section.source, "utf8");
    parts.push(Buffer.from(`${section.name}\n${body.length}\n`), body);
  }
  return Buffer.concat(parts);
}
