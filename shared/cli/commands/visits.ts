import { parseCommandArgs, langOf, t } from "../args";
import { roundOption } from "../cli-options";
import { dateOption } from "../date-option";
import { checkVisitPlan, earliestSecondVisit, nextVisitDays } from "../../schedule/expert-visits";
import { loadScheduleFiles, SCHEDULE_OPTIONS } from "../schedule-options";
import { UsageError } from "../usage-error";
import type { CommandOutput } from "../command-output";

/**
 * `visits --round N --first D [--second D]`: checks a plan of the two expert visits and,
 * for the planner, lists the first days the second visit could be.
 */
export function visitsCommand(argv: string[]): CommandOutput {
  const { values } = parseCommandArgs(argv, {
    round: { type: "string" },
    ...SCHEDULE_OPTIONS,
    first: { type: "string" },
    second: { type: "string" },
  });
  const lang = langOf(values.lang);
  loadScheduleFiles(values.schedule);
  const first = dateOption("first", values.first);
  const round = roundOption(values.round, values["fiscal-year"], first);
  if (!first)
    throw new UsageError(
      "--first（1回目の派遣日）を指定してください",
      "--first (the first visit) is required",
    );
  const second = dateOption("second", values.second);
  const check = checkVisitPlan(round, first, second);
  const earliest = earliestSecondVisit(first);
  const candidates = nextVisitDays(earliest, 5, round.implementation.end);
  if (values.json) {
    return {
      stdout: JSON.stringify(
        { ...check, earliestSecondVisit: earliest, secondVisitCandidates: candidates },
        null,
        2,
      ),
      exitCode: 0,
    };
  }
  const lines = [
    t(
      lang,
      `専門家派遣の計画（第${round.round}回、実施期間 ${round.implementation.start}〜${round.implementation.end}）`,
      `Expert visit plan (round ${round.round}, implementation ${round.implementation.start}–${round.implementation.end})`,
    ),
    t(
      lang,
      check.ok ? "判定: 問題ありません" : "判定: 問題があります",
      check.ok ? "Verdict: OK" : "Verdict: problems found",
    ),
    ...check.problems.map((p) => `  ✗ ${t(lang, p.ja, p.en)}`),
    ...check.advice.map((p) => `  ! ${t(lang, p.ja, p.en)}`),
    t(
      lang,
      `2回目は ${earliest} 以降（候補: ${candidates.join(", ") || "なし"}）`,
      `Second visit on or after ${earliest} (candidates: ${candidates.join(", ") || "none"})`,
    ),
  ];
  return { stdout: lines.join("\n"), exitCode: 0 };
}
