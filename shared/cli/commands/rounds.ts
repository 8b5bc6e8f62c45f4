import { parseCommandArgs, langOf, t, intOption } from "../args";
import { ROUND_TABLES, knownFiscalYears } from "../../schedule/find-round";
import { UsageError } from "../usage-error";
import type { CommandOutput } from "../command-output";

/** `rounds [--fiscal-year Y]`: the schedule table (p.3). */
export function roundsCommand(argv: string[]): CommandOutput {
  const { values } = parseCommandArgs(argv, { "fiscal-year": { type: "string" } });
  const lang = langOf(values.lang);
  const years = knownFiscalYears();
  const fiscalYear =
    intOption("fiscal-year", values["fiscal-year"], 1900, 9999) ?? years[years.length - 1]!;
  const rounds = ROUND_TABLES[fiscalYear];
  if (!rounds) {
    throw new UsageError(
      `${fiscalYear}年度の日程はありません`,
      `No schedule for fiscal ${fiscalYear}`,
    );
  }
  if (values.json) return { stdout: JSON.stringify(rounds, null, 2), exitCode: 0 };
  const lines = [t(lang, `${fiscalYear}年度の申請回`, `Rounds of fiscal ${fiscalYear}`)];
  for (const r of rounds) {
    lines.push(
      t(
        lang,
        `第${r.round}回 定員${r.capacity}社  申請 ${r.application.start}〜${r.application.end}  実施期間 ${r.implementation.start}〜${r.implementation.end}  実績報告 〜${r.reportUntil}`,
        `Round ${r.round}, capacity ${r.capacity}: application ${r.application.start}–${r.application.end}, implementation ${r.implementation.start}–${r.implementation.end}, report until ${r.reportUntil}`,
      ),
    );
  }
  return { stdout: lines.join("\n"), exitCode: 0 };
}
