import { FIRST_MEASURES, type FirstMeasure } from "./blind-first-measures.js";
import { HELD_OUT_SETS, type HeldOutSetRow, setNumber } from "./blind-recall.js";

/**
 * What the README says of the fresh blind sets — each set's first measure (blind-first-measures.ts) beside its floor
 * now (blind-recall.ts's HELD_OUT_SETS) — written from those two sources only; readme-figures.test.ts checks that the
 * README holds exactly this.
 */

/** The README's last rows: the newest sets, where a reader judges what a fresh text gets. */
const TABLE_ROWS = 10;

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;
const share = (part: number, whole: number) => `${percent(part, whole)} (${part} of ${whole})`;

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const ordinal = (n: number): string => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
  return `${n}${suffix}`;
};

interface FreshSet {
  first: FirstMeasure;
  now: HeldOutSetRow;
}

function freshSets(): FreshSet[] {
  return FIRST_MEASURES.map((first) => {
    const now = HELD_OUT_SETS.find((row) => setNumber(row) === first.set);
    if (!now) throw new Error(`held-out-${first.set} has a first measure but no floor in HELD_OUT_SETS`);
    return { first, now };
  });
}

/** The figures both languages' sentences give. */
function summary(sets: readonly FreshSet[]) {
  const firstMasked = sets.map(({ first }) => (100 * first.masked) / first.planted);
  const firstKept = sets.map(({ first }) => (100 * first.kept) / first.lookAlikes);
  // A set no round has read yet (its floor is its first measure) says nothing of what the rounds did.
  const read = sets.filter(({ first, now }) => now.masked[0] !== first.masked || now.masked[1] !== first.planted);
  const nowMasked = read.map(({ now }) => (100 * now.masked[0]) / now.masked[1]);
  const latest = sets.at(-1)!;
  return {
    count: sets.length,
    from: sets[0]!.first.set,
    to: latest.first.set,
    medianMasked: median(firstMasked).toFixed(1),
    lowestMasked: Math.min(...firstMasked).toFixed(1),
    highestMasked: Math.max(...firstMasked).toFixed(1),
    medianKept: median(firstKept).toFixed(1),
    lowestNow: Math.min(...nowMasked).toFixed(1),
    latest,
  };
}

/** The English block: a sentence over every fresh set, then a table of the newest. */
export function freshSetsBlock(): string {
  const sets = freshSets();
  const s = summary(sets);
  const rows = sets.slice(-TABLE_ROWS).map(({ first, now }) => {
    const kept = now.kept ? percent(now.kept[0], now.kept[1]) : "≥ 97 %";
    return `| ${ordinal(first.set)} | ${share(first.masked, first.planted)} | ${share(first.kept, first.lookAlikes)} | ${share(now.masked[0], now.masked[1])} | ${kept} |`;
  });
  return [
    `Across the ${s.count} sets written blind since the ${ordinal(s.from)} (each measured once before any rule read it), the first`,
    `measure masked a median of ${s.medianMasked} % of the personal values (${s.lowestMasked} to ${s.highestMasked} %) and kept a median of`,
    `${s.medianKept} % of the look-alikes; the rounds by class that then read a set took each to at least ${s.lowestNow} % (the floors`,
    "its test asserts). The newest:",
    "",
    "| set | first measure: masked | look-alikes kept | masked now (its floor) | kept now |",
    "|---|---:|---:|---:|---:|",
    ...rows,
  ].join("\n");
}

/** The Japanese sentence. */
export function freshSetsSentenceJa(): string {
  const s = summary(freshSets());
  const { first } = s.latest;
  return (
    `検出規則を読まずに書いた手書きの組（第${s.from}〜第${s.to}組、${s.count} 組）を、規則を直す前に一度だけ測ると、個人情報のマスキング率は中央値 ${s.medianMasked} %` +
    `（${s.lowestMasked}〜${s.highestMasked} %）、直近の第${first.set}組で ${first.planted} 件中 ${first.masked} 件（${percent(first.masked, first.planted)}）でした。`
  );
}
