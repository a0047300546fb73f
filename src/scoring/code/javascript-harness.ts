/**
 * The JavaScript harness (`/box/harness.js`, run with `node --frozen-intrinsics`): reads the payload from stdin (see
 * harness-payload.ts), runs the program as a script, then the tests, and reports on fd 3.
 *
 * HumanEval-X tests use `console.assert`, which only prints to stderr in Node: upstream counts a sample as passed
 * when it prints nothing, so silencing stderr or replacing console.assert fakes a pass. Here the tests run inside a
 * function whose `console` parameter is the harness's own frozen console, with an `assert` that throws and counts
 * failures in a closure the program cannot reach; the built-ins are frozen before any program code runs
 * (JSON.stringify, Array.prototype…) and the standard globals pinned, and the completion marker (`PASS <nonce>`, nonce from stdin) is written only
 * after the last test. Unlike upstream, output from the program does not fail it: only the tests decide.
 */
export const JAVASCRIPT_HARNESS = String.raw`'use strict';
const fs = require('node:fs');
const vm = require('node:vm');
const writeSync = fs.writeSync;
const exitNow = typeof process.reallyExit === 'function' ? process.reallyExit.bind(process) : process.exit.bind(process);
const realConsole = console;
const report = (line) => {
  try {
    writeSync(3, String(line).split('\n').join('\\n') + '\n');
  } catch {
    // fd 3 closed by the program: no report, so the run fails
  }
};
report('START');

const data = fs.readFileSync(0);
fs.closeSync(0);
fs.openSync('/dev/null', 'r');
let position = 0;
const nextLine = () => {
  const end = data.indexOf(10, position);
  const text = data.toString('utf8', position, end);
  position = end + 1;
  return text;
};
if (nextLine() !== 'KURABE1') throw new Error('bad harness payload');
const nonce = nextLine();
nextLine(); // entry point: the tests call it by name
nextLine(); // result guard: JavaScript results are compared with === or JSON.stringify, both frozen
const sections = [];
for (let count = Number(nextLine()); count > 0; count -= 1) {
  const name = nextLine();
  const size = Number(nextLine());
  sections.push({ name, source: data.toString('utf8', position, position + size) });
  position += size;
}

const fail = (outcome, detail) => {
  report('FAIL ' + outcome + ' ' + String(detail).slice(0, 2000));
  exitNow(1);
};
const textOf = (error) => {
  try {
    if (error instanceof Error) return error.name + ': ' + error.message;
    return 'a thrown ' + typeof error + ': ' + String(error);
  } catch {
    return 'an unprintable exception';
  }
};
const outcomeOf = (error) => {
  try {
    if (error instanceof RangeError && /allocation failed|out of memory/i.test(error.message)) return 'memory';
  } catch {
    // fall through
  }
  return 'runtime-error';
};
const lineIn = (stack, file) => {
  const match = new RegExp(file.replace('.', '\\.') + ':(\\d+)').exec(String(stack));
  return match ? Number(match[1]) : undefined;
};

class KurabeAssertionError extends Error {}
let failures = 0;
let firstFailure = '';
const [program, ...tests] = sections;
const testSource = tests.map((test) => test.source).join('\n');
const testLines = testSource.split('\n');
const describeAssertion = (stack) => {
  const line = lineIn(stack, 'test.js');
  if (line === undefined) return '';
  // The test source starts on line 2 of test.js, after the wrapper's first line.
  const lines = [];
  let depth = 0;
  for (let index = line - 2; index < testLines.length && lines.length < 8; index += 1) {
    const text = testLines[index].trim();
    lines.push(text);
    for (const character of text) depth += character === '(' ? 1 : character === ')' ? -1 : 0;
    if (depth <= 0) break;
  }
  return lines.join(' ').slice(0, 300);
};
const strictConsole = Object.freeze({
  assert(condition, ...message) {
    if (condition) return;
    failures += 1;
    const error = new KurabeAssertionError('assertion failed');
    if (!firstFailure) firstFailure = describeAssertion(error.stack) || message.map(String).join(' ') || 'console.assert';
    throw error;
  },
  log: realConsole.log.bind(realConsole),
  info: realConsole.info.bind(realConsole),
  warn: realConsole.warn.bind(realConsole),
  error: realConsole.error.bind(realConsole),
  debug: realConsole.debug.bind(realConsole),
});

// --frozen-intrinsics freezes the objects, not the global bindings: a program could still assign JSON = fake, or
// shadow it for the tests with a top-level const. Pinning the standard globals makes both fail.
// (escape and unescape, legacy helpers, stay free: a program may well name a function of its own after them.)
for (const name of vm.runInNewContext('Object.getOwnPropertyNames(globalThis)')) {
  if (name === 'escape' || name === 'unescape') continue;
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, name);
  if (descriptor && 'value' in descriptor && descriptor.configurable) {
    Object.defineProperty(globalThis, name, { value: descriptor.value, writable: false, configurable: false, enumerable: descriptor.enumerable });
  }
}

// CommonJS names for the program, which upstream runs as a module file.
const programModule = { exports: {} };
Object.assign(globalThis, { require, module: programModule, exports: programModule.exports, __filename: '/box/program.js', __dirname: '/box' });

let script;
try {
  script = new vm.Script(program.source, { filename: 'program.js' });
} catch (error) {
  const line = lineIn(error.stack, 'program.js');
  fail('syntax-error', (line ? 'line ' + line + ': ' : '') + textOf(error));
}
try {
  script.runInThisContext();
} catch (error) {
  // A top-level declaration clashing with a pinned global is a SyntaxError raised when the script starts.
  if (error instanceof SyntaxError) fail('syntax-error', textOf(error));
  fail(outcomeOf(error), 'the program threw ' + textOf(error));
}
let runTests;
try {
  runTests = new vm.Script('(function (console) {\n' + testSource + '\n})', { filename: 'test.js' }).runInThisContext();
} catch (error) {
  fail('test-error', textOf(error));
}
try {
  runTests(strictConsole);
} catch (error) {
  if (failures === 0) {
    const line = lineIn(error && error.stack, 'test.js');
    const at = line ? testLines[line - 2] : undefined;
    fail(outcomeOf(error), textOf(error) + (at ? ' (at: ' + at.trim() + ')' : ''));
  }
}
if (failures > 0) fail('assertion-failed', firstFailure);
report('PASS ' + nonce);
exitNow(0);
`;
