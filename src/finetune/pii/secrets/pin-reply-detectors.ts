import { gated, type PiiDetector, type Span } from "../detector.js";
import { OTHER_NUMBER_BETWEEN } from "./lock-code-detectors.js";
import { TURN } from "../contacts/spoken-detectors.js";

/**
 * A PIN or a door's code named in a turn of a chat or a call (ガソリンカードの暗証番号を忘れた, 暗証番号は？, what's the door
 * code?), then given bare in one of the next two turns (見ました、7730 で合ってる？, 4417 です): the code asked for or
 * being checked. The turn between, if any, gives no number; the answer's turn holds that one number only, of four to
 * eight digits, with no unit after it and no other number's word before it (部屋番号 1203, 末尾 0827).
 */

/** A PIN's or a lock's code word. */
const PIN_CUE =
  /暗証|パスコード|PIN|(?:解錠|開錠|ロック|ドア|キーボックス)(?:の)?(?:番号|コード)|(?<![A-Za-z])(?:[Pp]asscode|(?:[Dd]oor|[Gg]ate|[Ll]ock|[Ee]ntry|[Kk]eypad|[Aa]ccess|[Aa]larm|[Gg]arage|[Ll]ocker)[ -]?(?:code|combination))(?![A-Za-z])/;
const LEADING_TURN = new RegExp(`^${TURN}[ \\t]*`);
/** The one number of an answer: four to eight digits standing alone, no unit, time, date or amount after it. */
const BARE_CODE = /(?<![\d:/#-]|\d[.,])\d{4,8}(?![\d:/-]|[.,]\d|[ \t]*[桁文字回円年月日件分秒時%人個歳号階]|[ \t]*(?:yen|days?|years?|hours?|minutes?|times|pm|am)\b)/gi;

const MAX_TURNS_LATER = 2;

export const PIN_REPLY_DETECTORS: readonly PiiDetector[] = [
  gated(/暗証|パスコード|PIN|解錠|開錠|ロック|ドア|キーボックス|[Pp]asscode|code|combination/, {
    type: "SECRET",
    find(shadow) {
      if (!shadow.includes("\n")) return [];
      const lines: { start: number; text: string }[] = [];
      for (let start = 0; start <= shadow.length; ) {
        const end = shadow.indexOf("\n", start);
        const stop = end === -1 ? shadow.length : end;
        lines.push({ start, text: shadow.slice(start, stop) });
        start = stop + 1;
      }
      const spans: Span[] = [];
      lines.forEach((line, index) => {
        if (!LEADING_TURN.test(line.text) || !PIN_CUE.test(line.text)) return;
        for (let later = index + 1; later <= index + MAX_TURNS_LATER && later < lines.length; later++) {
          const turn = LEADING_TURN.exec(lines[later]!.text);
          if (turn === null) return;
          const said = lines[later]!.text.slice(turn[0].length);
          const codes = [...said.matchAll(BARE_CODE)];
          if (/\d/.test(said.replace(BARE_CODE, "")) || codes.length > 1) return;
          if (codes.length === 0) continue;
          const code = codes[0]!;
          if (OTHER_NUMBER_BETWEEN.test(said.slice(0, code.index))) return;
          const start = lines[later]!.start + turn[0].length + code.index!;
          spans.push({ start, end: start + code[0].length });
          return;
        }
      });
      return spans;
    },
  }),
];
