import { JAVASCRIPT_PLAIN_DATA } from "./javascript-plain-data.js";

/**
 * The JavaScript checker (`/box/checker.js`): runs HumanEval-X's tests in its own sandbox, apart from the candidate,
 * whose function is a proxy that calls it over the link (fd 4) with plain data. HumanEval-X tests use
 * `console.assert`, which only prints in Node, and upstream counts a sample as passed when it prints nothing: here
 * the tests get a console whose `assert` throws, and only the tests decide (the candidate's output is its own).
 * Reports on fd 3 as the Python checker does: `START`, then `PASS`, `FAIL <outcome> <detail>` or
 * `ERROR test-error <detail>`.
 *
 * stdin: the checker payload (harness-payload.ts): the prompt's helper declarations, then the test.
 */
export const JAVASCRIPT_CHECKER = String.raw`'use strict';
const fs = require('node:fs');
const vm = require('node:vm');
` + JAVASCRIPT_PLAIN_DATA + String.raw`
const report = (line) => fs.writeSync(3, String(line).split('\n').join('\\n') + '\n');
report('START');
const data = fs.readFileSync(0);
let position = 0;
const nextLine = () => {
  const end = data.indexOf(10, position);
  const text = data.toString('utf8', position, end);
  position = end + 1;
  return text;
};
if (nextLine() !== 'KURABE2') throw new Error('bad checker payload');
const entry = nextLine();
const sections = [];
for (let count = Number(nextLine()); count > 0; count -= 1) {
  const name = nextLine();
  const size = Number(nextLine());
  sections.push({ name, source: data.toString('utf8', position, position + size) });
  position += size;
}
const fail = (outcome, detail) => {
  report('FAIL ' + outcome + ' ' + String(detail).slice(0, 2000));
  process.reallyExit(1);
};
const textOf = (error) => (error instanceof Error ? error.name + ': ' + error.message : 'a thrown ' + typeof error + ': ' + String(error));
const lineIn = (stack, file) => {
  const match = new RegExp(file.replace('.', '\\.') + ':(\\d+)').exec(String(stack));
  return match ? Number(match[1]) : undefined;
};
class WrongResult extends Error {}
class CandidateEnded extends Error {}
class TestDataError extends Error {}

const testSource = sections.slice(1).map((section) => section.source).join('\n');
const testLines = testSource.split('\n');
// The tests compile before anything from the candidate is read: a failure here is the benchmark's.
let runTests;
try {
  runTests = new vm.Script('(function (console) {\n' + testSource + '\n})', { filename: 'test.js' }).runInThisContext();
} catch (error) {
  report('ERROR test-error ' + textOf(error));
  process.reallyExit(2);
}
try {
  vm.runInThisContext(sections[0].source, { filename: 'prompt.js' });
} catch {
  // the prompt's helpers are a convenience; a test that needs a missing one fails on its own
}

const link = makeLink(4, 32 << 20);
const receive = () => {
  let message;
  try {
    message = link.receive();
  } catch (error) {
    throw new WrongResult('the program sent a malformed message (' + textOf(error) + ')');
  }
  if (message === null) throw new CandidateEnded('the program ended during the tests');
  if (typeof message !== 'object' || Array.isArray(message)) throw new WrongResult('the program sent a malformed message');
  return message;
};
let hello;
try {
  hello = receive();
} catch (error) {
  fail(error instanceof CandidateEnded ? 'exited-early' : 'wrong-result', error instanceof CandidateEnded ? 'the program ended before the tests' : error.message);
}
if (hello.failed && typeof hello.failed === 'object') {
  const known = ['syntax-error', 'runtime-error', 'exited-early', 'memory'];
  fail(known.includes(hello.failed.outcome) ? hello.failed.outcome : 'runtime-error', typeof hello.failed.detail === 'string' ? hello.failed.detail : '');
}
if (!Array.isArray(hello.ready)) fail('wrong-result', 'the program sent a malformed message');

const ERRORS = { Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError };
const proxy = (name) =>
  function (...args) {
    let request;
    try {
      request = { call: name, args: args.map((arg) => encode(arg)) };
    } catch (error) {
      throw new TestDataError('the tests pass ' + error.message + ' to ' + name);
    }
    try {
      link.send(request);
    } catch {
      throw new CandidateEnded('the program ended during the tests');
    }
    const answer = receive();
    if ('ok' in answer) {
      try {
        return decode(answer.ok);
      } catch (error) {
        throw new WrongResult(name + ' returned ' + (error instanceof NotPlainData ? error.message : 'a value that is not plain data'));
      }
    }
    const raised = answer.raised;
    if (raised && typeof raised === 'object') {
      const message = typeof raised.message === 'string' ? raised.message : '';
      if (raised.type === 'NotPlainData') throw new WrongResult(name + ' returned ' + message);
      const Kind = Object.prototype.hasOwnProperty.call(ERRORS, raised.type) ? ERRORS[raised.type] : Error;
      throw new Kind(message);
    }
    throw new WrongResult('the program sent a malformed message');
  };
Object.defineProperty(globalThis, entry, { value: proxy(entry), writable: false, configurable: false });

class KurabeAssertionError extends Error {}
let failures = 0;
let firstFailure = '';
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
  log: console.log.bind(console),
  info: console.info.bind(console),
  warn: console.warn.bind(console),
  error: console.error.bind(console),
  debug: console.debug.bind(console),
});
try {
  runTests(strictConsole);
} catch (error) {
  if (error instanceof TestDataError) {
    report('ERROR test-error ' + error.message);
    process.reallyExit(2);
  }
  if (error instanceof WrongResult) fail('wrong-result', error.message);
  if (error instanceof CandidateEnded) fail('exited-early', error.message);
  if (failures === 0) {
    const line = lineIn(error && error.stack, 'test.js');
    const at = line ? testLines[line - 2] : undefined;
    const memory = error instanceof RangeError && /allocation failed|out of memory/i.test(error.message);
    fail(memory ? 'memory' : 'runtime-error', textOf(error) + (at ? ' (at: ' + at.trim() + ')' : ''));
  }
}
if (failures > 0) fail('assertion-failed', firstFailure);
report('PASS');
process.reallyExit(0);
`;
