/** The stages of a build that take time on a large log, in order. */
export type BuildStage = "reading and masking" | "deduplicating" | "counting tokens";

/** Told how far a stage has come (reading: in KiB of the file); called every few hundred items, never per character. */
export type BuildProgress = (stage: BuildStage, done: number, total: number) => void;

/** How often a loop reports: often enough for a bar, rarely enough to cost nothing. */
export const PROGRESS_EVERY = 500;
