import type { CivilDate } from "../dates/civil-date";
import { normalizeText } from "../roster/normalize-text";
import { isDateProblem, parseDateText } from "../roster/parse-date";
import { findRound, knownFiscalYears } from "../schedule/find-round";
import type { Round } from "../schedule/round";
import { intOption } from "./args";
import { fiscalYearOption } from "./schedule-options";
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

/**
 * `--round N [--fiscal-year Y]` → the round of the schedule, or a UsageError. Without
 * `--fiscal-year`, the year that `hint` (a date the command was given) falls in.
 */
export function roundOption(
  roundValue: string | undefined,
  fiscalYearValue: string | undefined,
  hint?: CivilDate,
): Round {
  if (roundValue === undefined) {
    throw new UsageError(
      "--round（第N回の N）を指定してください",
      "--round (the N of round N) is required",
    );
  }
  const years = knownFiscalYears();
  const roundNumber = intOption("round", roundValue, 1, 99)!;
  const fiscalYear = fiscalYearOption(fiscalYearValue, hint, roundNumber);
  const round = findRound(fiscalYear, roundNumber);
  if (!round) {
    throw new UsageError(
      `${fiscalYear}年度 第${roundValue}回 の日程はありません（登録済みの年度: ${years.join(", ")}）`,
      `There is no round ${roundValue} of fiscal ${fiscalYear} (known fiscal years: ${years.join(", ")})`,
    );
  }
  return round;
}
