import type { CivilDate } from "../dates/civil-date";
import { findRound, knownFiscalYears } from "../schedule/find-round";
import type { Round } from "../schedule/round";
import { intOption } from "./args";
import { fiscalYearOption } from "./schedule-options";
import { UsageError } from "./usage-error";

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
