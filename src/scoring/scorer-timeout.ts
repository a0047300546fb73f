import { z } from "zod";

/** `timeoutMs` of the user's own scorers (module, python): how long one answer may take, one minute unless told. */
export const scorerTimeoutMs = z.number().int().positive().default(60_000);
