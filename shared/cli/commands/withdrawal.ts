import { parseCommandArgs, langOf, t } from "../args";
import { dateOption } from "../date-option";
import { todayInTokyo } from "../../dates/today-in-tokyo";
import { withdrawalStatus } from "../../schedule/withdrawal";
import { loadScheduleFiles, SCHEDULE_OPTIONS } from "../schedule-options";
import { UsageError } from "../usage-error";
import type { CommandOutput } from "../command-output";

/** `withdrawal --notified D [--date D]`: the last day to withdraw, and which form applies on a date. */
export function withdrawalCommand(argv: string[]): CommandOutput {
  const { values } = parseCommandArgs(argv, {
    notified: { type: "string" },
    date: { type: "string" },
    ...SCHEDULE_OPTIONS,
  });
  const lang = langOf(values.lang);
  // Accepted like every date-aware command; the withdrawal deadline depends on no round.
  loadScheduleFiles(values.schedule);
  const notified = dateOption("notified", values.notified);
  if (!notified) {
    throw new UsageError(
      "--notified（支給決定の通知日）を指定してください",
      "--notified (the decision notice date) is required",
    );
  }
  const date = dateOption("date", values.date) ?? todayInTokyo();
  const status = withdrawalStatus(notified, date);
  if (values.json)
    return { stdout: JSON.stringify({ notified, date, ...status }, null, 2), exitCode: 0 };
  return {
    stdout: [
      t(lang, `撤回の期限: ${status.deadline}`, `Withdrawal deadline: ${status.deadline}`),
      t(lang, `${date} の場合: `, `On ${date}: `) +
        t(lang, status.explanation.ja, status.explanation.en),
    ].join("\n"),
    exitCode: 0,
  };
}
