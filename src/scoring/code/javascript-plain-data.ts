/**
 * JavaScript source shared by the checker and the candidate harness: how values cross the link between them, as in
 * python-plain-data.ts. JSON's own values cross as they are; `undefined`, non-finite numbers, BigInt and plain
 * objects as tagged lists (`{"$": "object", "v": [[key, value], …]}`). The decoder, in the checker, builds fresh
 * arrays and plain objects only. The link is newline-delimited JSON on a blocking socket, read synchronously: the
 * tests call the candidate's functions as ordinary functions.
 */
export const JAVASCRIPT_PLAIN_DATA = String.raw`
class NotPlainData extends Error {}
const MAX_DEPTH = 200;

const encode = (value, depth = 0) => {
  if (depth > MAX_DEPTH) throw new NotPlainData('a value nested more than ' + MAX_DEPTH + ' levels deep');
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : { $: 'number', v: String(value) };
  if (value === undefined) return { $: 'undefined' };
  if (typeof value === 'bigint') return { $: 'bigint', v: value.toString() };
  if (Array.isArray(value)) return Array.from(value, (item) => encode(item, depth + 1));
  const prototype = typeof value === 'object' ? Object.getPrototypeOf(value) : undefined;
  if (prototype === Object.prototype || prototype === null) {
    return { $: 'object', v: Object.keys(value).map((key) => [key, encode(value[key], depth + 1)]) };
  }
  throw new NotPlainData('a ' + (typeof value === 'object' ? (prototype && prototype.constructor && prototype.constructor.name) || 'object' : typeof value) + ', which is not plain data');
};

const decode = (value, depth = 0) => {
  if (depth > MAX_DEPTH) throw new NotPlainData('a value nested too deep');
  if (value === null || typeof value === 'boolean' || typeof value === 'string' || typeof value === 'number') return value;
  if (Array.isArray(value)) return value.map((item) => decode(item, depth + 1));
  if (typeof value === 'object') {
    const tag = value.$;
    if (tag === 'undefined') return undefined;
    if (tag === 'number' && (value.v === 'NaN' || value.v === 'Infinity' || value.v === '-Infinity')) return Number(value.v);
    if (tag === 'bigint' && typeof value.v === 'string' && /^-?\d+$/.test(value.v)) return BigInt(value.v);
    if (tag === 'object' && Array.isArray(value.v)) {
      const result = {};
      for (const pair of value.v) {
        if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string') throw new NotPlainData('a malformed object');
        Object.defineProperty(result, pair[0], { value: decode(pair[1], depth + 1), enumerable: true, writable: true, configurable: true });
      }
      return result;
    }
  }
  throw new NotPlainData('an unknown value');
};

const sleeper = new Int32Array(new SharedArrayBuffer(4));
const makeLink = (fd, cap) => {
  let pending = Buffer.alloc(0);
  const chunk = Buffer.alloc(1 << 16);
  return {
    send(message) {
      const data = Buffer.from(JSON.stringify(message) + '\n');
      let offset = 0;
      while (offset < data.length) {
        try {
          offset += fs.writeSync(fd, data, offset);
        } catch (error) {
          if (error.code !== 'EAGAIN') throw error;
          Atomics.wait(sleeper, 0, 0, 1);
        }
      }
    },
    // The next message, or null at end-of-file.
    receive() {
      for (;;) {
        const end = pending.indexOf(10);
        if (end >= 0) {
          const line = pending.toString('utf8', 0, end);
          pending = pending.subarray(end + 1);
          return JSON.parse(line);
        }
        if (pending.length > cap) throw new NotPlainData('a message of more than ' + cap + ' bytes');
        let count;
        try {
          count = fs.readSync(fd, chunk, 0, chunk.length, null);
        } catch (error) {
          if (error.code === 'EAGAIN') {
            Atomics.wait(sleeper, 0, 0, 1);
            continue;
          }
          if (error.code === 'EOF') return null;
          throw error;
        }
        if (count === 0) return null;
        pending = Buffer.concat([pending, chunk.subarray(0, count)]);
      }
    },
  };
};
`;
