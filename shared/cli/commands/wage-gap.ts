import { wageGap, type GroupGap, type WageExclusion } from "../../rules/wage-gap";
import { normalizeText } from "../../roster/normalize-text";
import { langOf, parseCommandArgs, oneRosterFile, t } from "../args";
import type { CommandOutput } from "../command-output";
import { loadRoster } from "../load-roster";
import { UsageError } from "../usage-error";
import { dateOption } from "../date-option";
import { todayInTokyo } from "../../dates/today-in-tokyo";
import { wageGapBreakdown } from "../../rules/wage-gap-breakdown";
import { breakdownText } from "./wage-gap-explain";
import { wageGapText } from "../wage-gap-text";

function exclusionsOf(value: string | undefined): WageExclusion[] {
  if (value === undefined) return [];
  const items = normalizeText(value)
    .split(/[,\s、]+/)
    .filter((s) => s !== "");
  for (const item of items) {
    if (item !== "commuting" && item !== "retirement") {
      throw new UsageError(
        `--exclude は commuting（通勤手当）と retirement（退職手当）だけです（「${item}」）`,
        `--exclude takes commuting and/or retirement (got "${item}")`,
      );
    }
  }
  return [...new Set(items as WageExclusion[])];
}

function fullTimeHoursOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const hours = Number(normalizeText(value));
  if (!Number.isFinite(hours) || hours <= 0 || hours > 168) {
    throw new UsageError(
      `--full-time-hours は 0 より大きい時間数です（「${value}」）`,
      `--full-time-hours must be hours above 0 (got "${value}")`,
    );
  }
  return hours;
}

function groupJson(group: GroupGap) {
  return {
    percent: group.percent,
    women: group.women,
    men: group.men,
    reason: group.reason?.ja ?? null,
  };
}

/** `wage-gap <roster> [--hours-conversion] [--full-time-hours H] [--exclude commuting,retirement] [--json]`. */
export async function wageGapCommand(argv: string[]): Promise<CommandOutput> {
  const { values, positionals } = parseCommandArgs(argv, {
    "hours-conversion": { type: "boolean" },
    "full-time-hours": { type: "string" },
    exclude: { type: "string" },
    sheet: { type: "string" },
    explain: { type: "boolean" },
    "as-of": { type: "string" },
  });
  const lang = langOf(values.lang);
  const asOf = dateOption("as-of", values["as-of"]) ?? todayInTokyo();
  const loaded = await loadRoster(oneRosterFile(positionals, "wage-gap"), values.sheet);
  const options = {
    hoursConversion: values["hours-conversion"] === true,
    fullTimeHours: fullTimeHoursOf(values["full-time-hours"]),
    exclusions: exclusionsOf(values.exclude),
  };
  const result = wageGap(loaded.result.workers, options);
  // --explain: by 職階 and tenure band (from 採用日 to --as-of), and what the grade mix explains.
  const breakdown = values.explain
    ? wageGapBreakdown(loaded.result.workers, asOf, options)
    : undefined;
  const errors = loaded.result.issues.filter((i) => i.severity === "error").length;
  const stderr =
    errors > 0
      ? t(
          lang,
          `名簿にエラーが ${errors} 件あります（check コマンドで確認してください）`,
          `The roster has ${errors} error(s); run check to see them`,
        )
      : "";
  if (values.json) {
    return {
      stdout: JSON.stringify(
        {
          all: result.all.percent,
          regular: result.regular.percent,
          nonRegular: result.nonRegular.percent,
          groups: {
            all: groupJson(result.all),
            regular: groupJson(result.regular),
            nonRegular: groupJson(result.nonRegular),
          },
          notes: result.notes.map((n) => t(lang, n.ja, n.en)),
          fullTimeHours: result.fullTimeHours,
          excludedNoWage: result.excludedNoWage,
          ...(breakdown ? { breakdown } : {}),
        },
        null,
        2,
      ),
      stderr,
      exitCode: 0,
    };
  }
  const text = wageGapText(result, lang);
  return {
    stdout: breakdown ? `${text}\n\n${breakdownText(breakdown, lang)}` : text,
    stderr,
    exitCode: 0,
  };
}
