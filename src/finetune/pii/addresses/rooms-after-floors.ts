import type { PiiDetector, Span } from "../detector.js";

/** A floor that ends an address found: its number, in digits, and 階 or F (グラッセリア青山 7F, 梅田ビル 12階). */
const FLOOR_AT_END = /(\d{1,2})(?:階|F)$/;
/**
 * The room after that floor, numbered as Japanese buildings number rooms: the floor's number and two digits (7F 701,
 * 12階 1203号室). The floor's number repeated says the digits are the room's, where any number after a floor may be a
 * count, a time or a price.
 */
const ROOM_AFTER = /^[ \t　]?(\d{1,2})\d{2}(?:号室|号)?(?![\d-]|\s?[件個名人回円年月日時分秒%])/;

/** The room written after a building's floor joins the address the detector found: it is one flat's door. */
export function withRoomAfterFloor(detector: PiiDetector): PiiDetector {
  return {
    type: detector.type,
    gate: detector.gate,
    find(shadow, found) {
      const spans = detector.find(shadow, found);
      if (spans.length === 0 || !/[階F][ \t　]?\d/.test(shadow)) return spans;
      return spans.map((span): Span => {
        const floor = FLOOR_AT_END.exec(shadow.slice(Math.max(span.start, span.end - 4), span.end));
        if (floor === null) return span;
        const room = ROOM_AFTER.exec(shadow.slice(span.end, span.end + 12));
        if (room === null || room[1] !== floor[1]) return span;
        return { start: span.start, end: span.end + room[0].length };
      });
    },
  };
}
