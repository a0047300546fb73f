import { JAVASCRIPT_PLAIN_DATA } from "./javascript-plain-data.js";

/**
 * The JavaScript candidate harness (`/box/candidate.js`): runs the model's program as a script (with the CommonJS
 * names upstream's module file has), says whether it loaded, then answers the checker's calls over the link (fd 3)
 * until end-of-file. It holds no secret: whatever the program does here can only change the answers the checker
 * compares. The calls are answered synchronously, so the program's timers and promises never run between them.
 *
 * stdin: the program's source.
 */
export const JAVASCRIPT_CANDIDATE = String.raw`'use strict';
const fs = require('node:fs');
const vm = require('node:vm');
` + JAVASCRIPT_PLAIN_DATA + String.raw`
const program = fs.readFileSync(0, 'utf8');
fs.closeSync(0);
fs.openSync('/dev/null', 'r');
const link = makeLink(3, 1 << 30);
const messageOf = (error) => {
  try {
    return error instanceof Error ? String(error.message).slice(0, 2000) : String(error).slice(0, 2000);
  } catch {
    return '';
  }
};
const typeOf = (error) => {
  try {
    return error instanceof Error ? String(error.name) : 'thrown ' + typeof error;
  } catch {
    return 'Error';
  }
};
const failed = (outcome, detail) => {
  link.send({ failed: { outcome, detail: String(detail).slice(0, 2000) } });
  process.reallyExit(1);
};
const outcomeOf = (error) =>
  error instanceof RangeError && /allocation failed|out of memory/i.test(error.message) ? 'memory' : 'runtime-error';

const programModule = { exports: {} };
Object.assign(globalThis, { require, module: programModule, exports: programModule.exports, __filename: '/box/program.js', __dirname: '/box' });
let script;
try {
  script = new vm.Script(program, { filename: 'program.js' });
} catch (error) {
  const match = /program\.js:(\d+)/.exec(String(error && error.stack));
  failed('syntax-error', (match ? 'line ' + match[1] + ': ' : '') + typeOf(error) + ': ' + messageOf(error));
}
try {
  script.runInThisContext();
} catch (error) {
  if (error instanceof SyntaxError) failed('syntax-error', typeOf(error) + ': ' + messageOf(error));
  failed(outcomeOf(error), 'the program threw ' + typeOf(error) + ': ' + messageOf(error));
}
link.send({ ready: [] });
for (;;) {
  const request = link.receive();
  if (request === null) process.reallyExit(0);
  let answer;
  try {
    if (!/^[A-Za-z_$][\w$]*$/.test(request.call)) throw new ReferenceError('not a function name');
    // Top-level const/let/function declarations of a script are reachable by name from a later script.
    const fn = vm.runInThisContext(request.call);
    const args = request.args.map((arg) => decode(arg));
    answer = { ok: encode(fn(...args)) };
  } catch (error) {
    answer = { raised: { type: error instanceof NotPlainData ? 'NotPlainData' : typeOf(error), message: messageOf(error) } };
  }
  link.send(answer);
}
`;
