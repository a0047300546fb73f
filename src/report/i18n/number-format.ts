import type { Interval } from "../../analysis/types.js";
import type { Messages } from "./messages.js";

/** Numbers as a report shows them, in the report's locale; "–" for a missing or undefined value. */
export interface NumberFormat {
  percent(value: number | null | undefined, digits?: number): string;
  /** An interval of 0..1 scores as percentages: "42.1–57.3%". */
  percentInterval(interval: Interval | null | undefined): string;
  /** A difference of 0..1 scores in percentage points, signed: "+3.2 pt". */
  points(value: number | null | undefined): string;
  pointsInterval(interval: Interval | null | undefined): string;
  /** An interval of ratings (Bradley–Terry, 1000 the mean model), whole numbers: "−245 … 1,000" (a bound can be negative). */
  ratingInterval(interval: Interval | null | undefined): string;
  count(value: number | null | undefined): string;
  decimal(value: number | null | undefined, digits: number): string;
  ms(value: number | null | undefined): string;
  /** Dollars: cents from $0.01 up, two significant digits below (a cost per answer can be $0.0000056). */
  usd(value: number | null | undefined): string;
  pValue(value: number | null | undefined): string;
  /** A monthly token volume, compact in the report's language: "500M", "5億". */
  volume(value: number | null | undefined): string;
  /** An ISO timestamp, in UTC. */
  date(iso: string | null | undefined): string;
}

const DASH = "–";

export function numberFormat(messages: Messages): NumberFormat {
  const { locale } = messages;
  const fixed = new Map<number, Intl.NumberFormat>();
  const decimal = (value: number, digits: number) => {
    let format = fixed.get(digits);
    if (!format) {
      format = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
      fixed.set(digits, format);
    }
    // The minus sign (U+2212), as the signed differences print it: "-245–1,000" read as a range with a stray dash.
    return format.format(value).replace("-", "−");
  };
  const ok = (value: number | null | undefined): value is number => typeof value === "number" && Number.isFinite(value);
  const intervalOk = (i: Interval | null | undefined): i is Interval => !!i && ok(i.low) && ok(i.high);
  // The sign of the rounded value: a gap of −0.0004 prints "±0.0", never "−0.0".
  const signed = (value: number) => {
    const rounded = Math.round(value * 1000) / 10;
    return (rounded > 0 ? "+" : rounded < 0 ? "−" : "±") + decimal(Math.abs(rounded), 1);
  };
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  const small = new Intl.NumberFormat(locale, { maximumSignificantDigits: 2 });
  const compact = new Intl.NumberFormat(locale, { notation: "compact", maximumSignificantDigits: 3 });
  return {
    percent: (value, digits = 1) => (ok(value) ? `${decimal(value * 100, digits)}%` : DASH),
    percentInterval: (i) => (intervalOk(i) ? `${decimal(i.low * 100, 1)}–${decimal(i.high * 100, 1)}%` : DASH),
    points: (value) => (ok(value) ? `${signed(value)} pt` : DASH),
    pointsInterval: (i) => (intervalOk(i) ? `${signed(i.low)} … ${signed(i.high)} pt` : DASH),
    ratingInterval: (i) => (intervalOk(i) ? `${decimal(i.low, 0)} … ${decimal(i.high, 0)}` : DASH),
    count: (value) => (ok(value) ? decimal(value, 0) : DASH),
    decimal: (value, digits) => (ok(value) ? decimal(value, digits) : DASH),
    ms: (value) => {
      if (!ok(value)) return DASH;
      return value >= 10_000 ? `${decimal(value / 1000, 1)} s` : `${decimal(value, 0)} ms`;
    },
    usd: (value) => {
      if (!ok(value)) return DASH;
      if (value === 0) return "$0";
      return value < 0.01 ? `$${small.format(value)}` : `$${decimal(value, 2)}`;
    },
    volume: (value) => (ok(value) ? compact.format(value) : DASH),
    pValue: (value) => (!ok(value) ? DASH : value < 0.001 ? "< 0.001" : decimal(value, 3)),
    date: (iso) => {
      if (!iso) return DASH;
      const time = Date.parse(iso);
      return Number.isNaN(time) ? iso : `${dates.format(time)} UTC`;
    },
  };
}
