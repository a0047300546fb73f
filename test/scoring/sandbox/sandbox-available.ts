import { sandboxAvailability } from "../../../src/scoring/sandbox/availability.js";

const availability = await sandboxAvailability();

/** Whether bubblewrap runs here; tests that need it skip (with the note below) when it does not. CI installs it. */
export const sandboxAvailable = availability.available;

export const sandboxSkipReason = availability.available ? "" : `${availability.reason}. ${availability.fix}`;

if (!sandboxAvailable) console.warn(`[kurabe tests] sandboxed tests skipped: ${sandboxSkipReason}`);
