/**
 * The value of a normalized answer (normalizeMathAnswer) when it is a closed numeric expression: numbers, + - * /,
 * \cdot, \times, \div, ^, parentheses and braces, \frac{a}{b}, \sqrt{x}, \sqrt[n]{x}, \pi, implicit products
 * (2\sqrt{3}, 4\pi, 2(3+1)). Anything else (a variable, \infty, an interval) has no value: undefined. This is the
 * part of latex2sympy + eval that MATH-Vision's is_equal relies on for numeric answers.
 */
export function evaluateMath(normalized: string): number | undefined {
  const tokens = normalized.match(/\d+(?:\.\d+)?|\.\d+|\\[a-z]+|\S/g) ?? [];
  if (tokens.length === 0) return undefined;
  try {
    const parser = new ExpressionParser(tokens);
    const value = parser.sum();
    return parser.done() && Number.isFinite(value) ? value : undefined;
  } catch (error) {
    if (error instanceof NotNumeric) return undefined;
    throw error;
  }
}

class NotNumeric extends Error {}

const PRIMARY_COMMANDS = new Set(["\\pi", "\\frac", "\\sqrt"]);

/** Recursive descent over sum → product → unary → power → primary, the usual precedence. */
class ExpressionParser {
  private at = 0;

  constructor(private readonly tokens: readonly string[]) {}

  done(): boolean {
    return this.at === this.tokens.length;
  }

  sum(): number {
    let value = this.product();
    for (let op = this.peek(); op === "+" || op === "-"; op = this.peek()) {
      this.at += 1;
      value = op === "+" ? value + this.product() : value - this.product();
    }
    return value;
  }

  private product(): number {
    let value = this.unary();
    for (;;) {
      const op = this.peek();
      if (op === "*" || op === "\\cdot" || op === "\\times") {
        this.at += 1;
        value *= this.unary();
      } else if (op === "/" || op === "\\div") {
        this.at += 1;
        value /= this.unary();
      } else if (startsPrimary(op)) {
        value *= this.power(); // an implicit product: 2\sqrt{3}, 4\pi, 2(3+1)
      } else {
        return value;
      }
    }
  }

  private unary(): number {
    const sign = this.peek();
    if (sign !== "-" && sign !== "+") return this.power();
    this.at += 1;
    return sign === "-" ? -this.unary() : this.unary();
  }

  /** Right-associative; the exponent may carry its own sign (2^-1). */
  private power(): number {
    const base = this.primary();
    if (this.peek() !== "^") return base;
    this.at += 1;
    if (this.peek() !== "-") return base ** this.power();
    this.at += 1;
    return base ** -this.power();
  }

  private primary(): number {
    const token = this.peek();
    this.at += 1;
    if (token !== undefined && isNumber(token)) return Number(token);
    if (token === "(") return this.closedBy(")");
    if (token === "{") return this.closedBy("}");
    if (token === "\\pi") return Math.PI;
    if (token === "\\frac") return this.group() / this.group();
    if (token === "\\sqrt") {
      if (this.peek() !== "[") return Math.sqrt(this.group());
      this.at += 1;
      const index = this.closedBy("]");
      return this.group() ** (1 / index);
    }
    throw new NotNumeric();
  }

  private group(): number {
    this.expect("{");
    return this.closedBy("}");
  }

  private closedBy(close: string): number {
    const value = this.sum();
    this.expect(close);
    return value;
  }

  private expect(token: string): void {
    if (this.peek() !== token) throw new NotNumeric();
    this.at += 1;
  }

  private peek(): string | undefined {
    return this.tokens[this.at];
  }
}

function isNumber(token: string): boolean {
  return /^(?:\d|\.\d)/.test(token);
}

function startsPrimary(token: string | undefined): boolean {
  return token !== undefined && (isNumber(token) || token === "(" || token === "{" || PRIMARY_COMMANDS.has(token));
}

/**
 * Python's round(x, decimals): the exact binary value rounded, an exact tie to the even neighbour (round(0.125, 2)
 * is 0.12). toFixed rounds the exact value too but breaks ties away from zero, so ties are settled here.
 */
export function roundLikePython(x: number, decimals: number): number {
  const fixed = Number(x.toFixed(decimals));
  if (!isExactTie(x, decimals)) return fixed;
  const scale = 10 ** decimals;
  const down = Math.trunc(Math.abs(x) * scale);
  const even = down % 2 === 0 ? down : down + 1;
  return (Math.sign(x) * even) / scale;
}

/** Whether x lies exactly halfway between two multiples of 10^-decimals. */
function isExactTie(x: number, decimals: number): boolean {
  if (!Number.isFinite(x) || Number.isInteger(x)) return false;
  // x = m / 2^k exactly, m an integer of at most 53 bits; x·10^d is a tie when 2·m·10^d / 2^k is an odd integer.
  let k = 0;
  let scaled = Math.abs(x);
  while (!Number.isInteger(scaled)) (scaled *= 2), (k += 1);
  const twice = 2n * BigInt(scaled) * 10n ** BigInt(decimals);
  const divisor = 2n ** BigInt(k);
  return twice % divisor === 0n && (twice / divisor) % 2n === 1n;
}
