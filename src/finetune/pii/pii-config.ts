import { readFile } from "node:fs/promises";
import { z } from "zod";
import { describeIssues } from "../../config/describe-issues.js";
import { formatPath } from "../../config/format-path.js";
import { parsePositionedYaml } from "../../config/positioned-yaml.js";
import { ConfigError } from "../../errors.js";

/** A kind's name is also its placeholder: `EMPLOYEE_CODE` masks as `[EMPLOYEE_CODE]`. */
const kindName = z.string().regex(/^[A-Z][A-Z0-9_]*$/, "expected an upper-case name such as EMPLOYEE_CODE (it becomes the placeholder [EMPLOYEE_CODE])");

/**
 * The company's own personal data: `pii:` in kurabe.yaml (or a file given with --pii-config). Named regular
 * expressions (JavaScript syntax; `ignoreCase` for the `i` flag) and word lists (matched as written, after the same
 * width folding as the built-in detectors), each masked and reported under its name.
 */
export const piiConfigSchema = z
  .object({
    patterns: z
      .array(
        z
          .object({
            name: kindName,
            regex: z.string().min(1).superRefine((source, context) => {
              try {
                new RegExp(source, "u");
              } catch (error) {
                context.addIssue({ code: "custom", message: `invalid regular expression: ${(error as Error).message}` });
              }
            }),
            ignoreCase: z.boolean().default(false),
          })
          .strict(),
      )
      .default([]),
    words: z
      .array(z.object({ name: kindName, values: z.array(z.string().min(1)).min(1), ignoreCase: z.boolean().default(false) }).strict())
      .default([]),
  })
  .strict();

export type PiiConfig = z.infer<typeof piiConfigSchema>;

export const EMPTY_PII_CONFIG: PiiConfig = { patterns: [], words: [] };

/**
 * Reads the `pii:` section of a YAML document (kurabe.yaml or a file holding only that section). Every problem —
 * an unknown key, an invalid regular expression, a bad name — is a ConfigError at file:line: field, all at once.
 * A document without `pii:` gives the empty configuration.
 */
export function parsePiiConfig(text: string, file: string): PiiConfig {
  const yaml = parsePositionedYaml(text, file);
  const data: unknown = yaml.document.toJS();
  if (typeof data !== "object" || data === null || !("pii" in data)) return EMPTY_PII_CONFIG;
  const section = (data as { pii: unknown }).pii ?? {};
  const parsed = piiConfigSchema.safeParse(section, { reportInput: true });
  if (parsed.success) return parsed.data;
  const problems = describeIssues(parsed.error.issues, piiConfigSchema, section)
    .map((problem) => {
      const at = ["pii", ...problem.path];
      return new ConfigError(problem.message, { file, line: yaml.positionOf(at, { key: problem.key }).line, field: formatPath(at) });
    })
    .sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0));
  const [first, ...rest] = problems;
  if (!first) throw new ConfigError("invalid pii section", { file });
  throw new ConfigError([first.message, ...rest.map((problem) => problem.describe())].join("\n"), first.location, { cause: parsed.error });
}

/** The `pii:` section of a file; a missing file is the empty configuration only when `optional`. */
export async function loadPiiConfig(path: string, file: string, optional: boolean): Promise<PiiConfig> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if (optional && (error as NodeJS.ErrnoException).code === "ENOENT") return EMPTY_PII_CONFIG;
    throw new ConfigError("PII configuration file not found", { file, field: "--pii-config" }, { cause: error });
  }
  return parsePiiConfig(text, file);
}
