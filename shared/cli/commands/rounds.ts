import { parseCommandArgs, langOf, t } from "../args";
import { todayInTokyo } from "../../dates/today-in-tokyo";
import { allWindowsClosed, knownFiscalYears } from "../../schedule/find-round";
import { scheduleOf } from "../../schedule/schedule-book";
import { toScheduleFile } from "../../schedule/schedule-file";
import { fiscalYearOption, loadScheduleFiles, SCHEDULE_OPTIONS } from "../schedule-options";
import { UsageError } from "../usage-error";
import type { CommandOutput } from "../command-output";

/**
 * `rounds [--schedule FILE …] [--fiscal-year Y]`: a fiscal year's schedule as loaded (the newest
 * known year by default). `--json` prints it in the schedule file's own form, so a printed
 * table can be edited into next year's file.
 */
export function roundsCommand(argv: string[]): CommandOutput {
  const { values } = parseCommandArgs(argv, SCHEDULE_OPTIONS);
  const lang = langOf(values.lang);
  loadScheduleFiles(values.schedule);
  const fiscalYear = fiscalYearOption(values["fiscal-year"]);
  const schedule = scheduleOf(fiscalYear);
  if (!schedule) {
    const years = knownFiscalYears().join(", ");
    throw new UsageError(
      `${fiscalYear}年度の日程はありません（読み込み済みの年度: ${years}）。--schedule で日程ファイルを指定してください`,
      `No schedule for fiscal ${fiscalYear} (known: ${years}); give its file with --schedule`,
    );
  }
  if (values.json)
    return { stdout: JSON.stringify(toScheduleFile(schedule), null, 2), exitCode: 0 };
  const lines = [
    t(
      lang,
      `${fiscalYear}年度の申請回（${schedule.source}）`,
      `Rounds of fiscal ${fiscalYear} (${schedule.source})`,
    ),
  ];
  for (const r of schedule.rounds) {
    lines.push(
      t(
        lang,
        `第${r.round}回 定員${r.capacity}社  申請 ${r.application.start}〜${r.application.end}  実施期間 ${r.implementation.start}〜${r.implementation.end}  実績報告 〜${r.reportUntil}`,
        `Round ${r.round}, capacity ${r.capacity}: application ${r.application.start}–${r.application.end}, implementation ${r.implementation.start}–${r.implementation.end}, report until ${r.reportUntil}`,
      ),
    );
  }
  for (const b of schedule.visitBlackouts) {
    lines.push(
      t(lang, `専門家派遣なし: ${b.start}〜${b.end}`, `No expert visits: ${b.start}–${b.end}`),
    );
  }
  const today = todayInTokyo();
  if (allWindowsClosed(today)) {
    lines.push(closedNotice(lang));
  }
  return { stdout: lines.join("\n"), exitCode: 0 };
}

function closedNotice(lang: "ja" | "en"): string {
  const newest = knownFiscalYears().at(-1)!;
  return t(
    lang,
    `${newest}年度（令和${newest - 2018}年度）までの申請はすべて締め切られました。新しい年度の募集要項の日程を --schedule で読み込んでください`,
    `Every application window up to fiscal ${newest} has closed; load the new year's schedule with --schedule`,
  );
}
