/**
 * Each fresh blind set's first measure — taken once, before any rule read the set — as its section of the corpus
 * README records it (test/finetune/support/blind-pii-corpus/README.md; where a Decision changed a marking before the
 * measure was registered, the figure after it). The README's table of fresh sets reads them from here beside each set's
 * floor now (readme-figures.test.ts checks both places). Sets before the ninth were measured before the corpus README
 * kept counts.
 */
export interface FirstMeasure {
  /** The set's number: held-out-12's is 12. */
  set: number;
  masked: number;
  planted: number;
  kept: number;
  lookAlikes: number;
}

const measure = (set: number, masked: number, planted: number, kept: number, lookAlikes: number): FirstMeasure => ({ set, masked, planted, kept, lookAlikes });

export const FIRST_MEASURES: readonly FirstMeasure[] = [
  measure(9, 267, 318, 220, 223),
  measure(10, 282, 331, 166, 171),
  measure(11, 361, 405, 237, 249),
  measure(12, 404, 451, 248, 253),
  measure(13, 445, 528, 249, 254),
  measure(14, 456, 546, 276, 279),
  measure(15, 438, 521, 259, 264),
  measure(16, 455, 517, 243, 250),
  measure(17, 457, 535, 320, 326),
  measure(18, 428, 522, 350, 355),
  measure(19, 453, 543, 347, 353),
  measure(20, 518, 557, 332, 342),
  measure(21, 519, 560, 336, 348),
  measure(22, 479, 534, 350, 354),
  measure(23, 495, 559, 333, 345),
  measure(24, 541, 637, 422, 434),
  measure(25, 559, 639, 329, 339),
  measure(26, 527, 626, 335, 344),
  measure(27, 546, 616, 328, 349),
  measure(28, 555, 618, 344, 349),
  measure(29, 548, 629, 350, 357),
  measure(30, 531, 612, 340, 347),
  measure(31, 607, 673, 422, 436),
  measure(32, 635, 688, 403, 410),
  measure(33, 533, 578, 326, 337),
  measure(34, 532, 621, 352, 359),
  measure(35, 683, 737, 409, 427),
  measure(36, 621, 692, 378, 384),
  measure(37, 662, 725, 411, 423),
  measure(38, 624, 676, 439, 448),
  measure(39, 666, 720, 408, 419),
  measure(40, 608, 717, 387, 403),
  measure(41, 671, 720, 368, 379),
  measure(42, 659, 724, 386, 392),
  measure(43, 706, 762, 383, 389),
  measure(44, 721, 776, 382, 398),
];
