import type { Reason } from "../../rules/action-result";
import { formatPercent } from "../../rules/female-ratio";
import { publishFigures, type PublishFigures, type RatioFigure } from "../../rules/publish-figures";
import type { TenureFigure } from "../../rules/tenure";
import { wageGapBreakdown, type WageGapBreakdown } from "../../rules/wage-gap-breakdown";
import { langOf, oneRosterFile, parseCommandArgs, t, type Lang } from "../args";
import { dateOption } from "../date-option";
import { todayInTokyo } from "../../dates/today-in-tokyo";
import type { CommandOutput } from "../command-output";
import { loadRoster } from "../load-roster";
import { breakdownText } from "./wage-gap-explain";
import { wageGapText } from "../wage-gap-text";

const pickReason = (r: Reason | undefined, lang: Lang) => (r ? t(lang, r.ja, r.en) : undefined);

/** The `publish-figures --json` document: the MHLW database items under the issue's keys. */
export function publishFiguresJson(f: PublishFigures, lang: Lang) {
  const reasons: Record<string, string> = {};
  const note = (key: string, r: Reason | undefined) => {
    const text = pickReason(r, lang);
    if (text !== undefined) reasons[key] = text;
  };
  note("femaleWorkerRatioPercent", f.femaleWorkerRatio.reason);
  note("femaleSectionChiefRatioPercent", f.femaleSectionChiefRatio.reason);
  note("femaleManagerRatioPercent", f.femaleManagerRatio.reason);
  note("femaleOfficerRatioPercent", f.femaleOfficerRatio.reason);
  note("averageTenureYears.female", f.averageTenure.female.reason);
  note("averageTenureYears.male", f.averageTenure.male.reason);
  note("wageGap.all", f.wageGap.all.reason);
  note("wageGap.regular", f.wageGap.regular.reason);
  note("wageGap.nonRegular", f.wageGap.nonRegular.reason);
  const counts = (r: RatioFigure) => ({ women: r.women, total: r.total });
  return {
    asOf: f.asOf,
    femaleWorkerRatioPercent: f.femaleWorkerRatio.percent,
    femaleWorkerRatioByCategory: f.femaleWorkerRatioByCategory.map((c) => ({
      category: c.category,
      percent: c.percent,
    })),
    femaleSectionChiefRatioPercent: f.femaleSectionChiefRatio.percent,
    femaleManagerRatioPercent: f.femaleManagerRatio.percent,
    femaleOfficerRatioPercent: f.femaleOfficerRatio.percent,
    averageTenureYears: { female: f.averageTenure.female.years, male: f.averageTenure.male.years },
    wageGap: {
      all: f.wageGap.all.percent,
      regular: f.wageGap.regular.percent,
      nonRegular: f.wageGap.nonRegular.percent,
    },
    reasons,
    notes: {
      averageTenureYears: f.averageTenure.notes.map((n) => t(lang, n.ja, n.en)),
      wageGap: f.wageGap.notes.map((n) => t(lang, n.ja, n.en)),
    },
    counts: {
      workers: counts(f.femaleWorkerRatio),
      sectionChiefs: counts(f.femaleSectionChiefRatio),
      managers: counts(f.femaleManagerRatio),
      officers: counts(f.femaleOfficerRatio),
      byCategory: f.femaleWorkerRatioByCategory.map((c) => ({
        category: c.category,
        ...counts(c),
      })),
    },
  };
}

function ratioLine(label: string, r: RatioFigure, lang: Lang): string {
  const why = pickReason(r.reason, lang);
  return why
    ? `  ${label}: —（${why}）`
    : `  ${label}: ${formatPercent(r.percent)}（${t(lang, `${r.total} 人中 女性 ${r.women} 人`, `${r.women} women of ${r.total}`)}）`;
}

function tenureText(x: TenureFigure, lang: Lang): string {
  const why = pickReason(x.reason, lang);
  if (x.years === null) return `—（${why ?? ""}）`;
  return t(
    lang,
    `${x.years.toFixed(1)} 年（${x.counted} 人）`,
    `${x.years.toFixed(1)} years (${x.counted})`,
  );
}

/** The figures in the order of the database's form, for a person to transcribe. */
export function publishFiguresText(
  f: PublishFigures,
  lang: Lang,
  breakdown?: WageGapBreakdown,
): string {
  const lines = [
    t(
      lang,
      `女性の活躍推進企業データベースに公表する数値（${f.asOf} 時点）`,
      `Figures for the MHLW women's participation database (as of ${f.asOf})`,
    ),
    ratioLine(
      t(lang, "労働者に占める女性労働者の割合", "Women among workers"),
      f.femaleWorkerRatio,
      lang,
    ),
    ...f.femaleWorkerRatioByCategory.map((c) =>
      ratioLine(t(lang, `  うち ${c.category}`, `  of which ${c.category}`), c, lang),
    ),
    ratioLine(
      t(lang, "係長級にある者に占める女性労働者の割合", "Women at subsection-chief level"),
      f.femaleSectionChiefRatio,
      lang,
    ),
    ratioLine(
      t(lang, "管理職に占める女性労働者の割合", "Women among managers"),
      f.femaleManagerRatio,
      lang,
    ),
    ratioLine(
      t(lang, "役員に占める女性の割合", "Women among officers"),
      f.femaleOfficerRatio,
      lang,
    ),
    t(lang, "  男女の平均継続勤務年数", "  Average tenure"),
    `    ${t(lang, "女性", "Women")}: ${tenureText(f.averageTenure.female, lang)}`,
    `    ${t(lang, "男性", "Men")}: ${tenureText(f.averageTenure.male, lang)}`,
    ...f.averageTenure.notes.map((n) => `    ・${t(lang, n.ja, n.en)}`),
    "",
    wageGapText(f.wageGap, lang),
  ];
  if (breakdown) lines.push("", breakdownText(breakdown, lang));
  return lines.join("\n");
}

/** `publish-figures <roster> [--as-of D] [--explain] [--json] [--sheet NAME]`. */
export async function publishFiguresCommand(argv: string[]): Promise<CommandOutput> {
  const { values, positionals } = parseCommandArgs(argv, {
    "as-of": { type: "string" },
    explain: { type: "boolean" },
    sheet: { type: "string" },
  });
  const lang = langOf(values.lang);
  const asOf = dateOption("as-of", values["as-of"]) ?? todayInTokyo();
  const loaded = await loadRoster(oneRosterFile(positionals, "publish-figures"), values.sheet);
  const workers = loaded.result.workers;
  const figures = publishFigures(workers, asOf);
  const breakdown = values.explain ? wageGapBreakdown(workers, asOf) : undefined;
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
    const json: Record<string, unknown> = publishFiguresJson(figures, lang);
    if (breakdown) json.wageGapBreakdown = breakdown;
    return { stdout: JSON.stringify(json, null, 2), stderr, exitCode: 0 };
  }
  return { stdout: publishFiguresText(figures, lang, breakdown), stderr, exitCode: 0 };
}
