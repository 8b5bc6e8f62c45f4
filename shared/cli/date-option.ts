import type { CivilDate } from "../dates/civil-date";
import { normalizeText } from "../roster/normalize-text";
import { isDateProblem, parseDateText } from "../roster/parse-date";
import { UsageError } from "./usage-error";

/** A date option in any format a roster accepts (ISO, 2025/8/20, 令和7年8月20日, R7.8.20). */
export function dateOption(name: string, value: string | undefined): CivilDate | undefined {
  if (value === undefined) return undefined;
  const parsed = parseDateText(normalizeText(value), false);
  // The schedule and holiday data cover these years; beyond them date arithmetic has no meaning here.
  if (isDateProblem(parsed) || parsed < "1900-01-01" || parsed > "2099-12-31") {
    throw new UsageError(
      `--${name} の日付「${value}」を読めません（1900〜2099年の日付。例: 2025-08-20、令和7年8月20日）`,
      `Cannot read the date "${value}" of --${name} (a date from 1900 to 2099, e.g. 2025-08-20)`,
    );
  }
  return parsed;
}
