import type { TrainingMessage } from "./types.js";

/** The role of an example's first user or assistant turn that is blank (the build drops such an example), if any. */
export const blankTurnOf = (messages: readonly TrainingMessage[]): TrainingMessage["role"] | undefined =>
  messages.find((message) => message.role !== "system" && message.content.trim() === "")?.role;
