import { KurabeError } from "../errors.js";
import { isReportLanguage, REPORT_LANGUAGES, type ReportLanguage } from "../report/i18n/messages.js";

/** `--lang ja|en`, else the locale's language (LC_ALL, LC_MESSAGES, LANG): Japanese for ja*, English otherwise. */
export function languageOption(value: string | undefined, env: NodeJS.ProcessEnv): ReportLanguage {
  if (value !== undefined) {
    if (isReportLanguage(value)) return value;
    throw new KurabeError("input", `unknown language "${value}" (use ${REPORT_LANGUAGES.join(" or ")})`, { field: "--lang" });
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return locale.toLowerCase().startsWith("ja") ? "ja" : "en";
}
