import { formatPercent } from "../../rules/female-ratio";
import { wageGapText } from "../wage-gap-text";
import { rosterSummarizer, type RosterSummary } from "../../evaluation/roster-summary";
import { langOf, parseCommandArgs, oneRosterFile, t, type Lang } from "../args";
import { dateOption } from "../date-option";
import { todayInTokyo } from "../../dates/today-in-tokyo";
import type { CommandOutput } from "../command-output";
import { byRowThenColumn } from "../../roster/issue-order";
import { groupIssues } from "../../roster/group-issues";
import { incompleteResult, type IncompleteResult } from "../../roster/incomplete-result";
import type { OfficerRatio } from "../../rules/officer-ratio";
import { groupJson, groupLine, incompleteJson, issueJson } from "../format-issue";
import { loadRoster, type LoadedRoster } from "../load-roster";

/** The `check --json` document: a contract outside checks rely on (issue #2 §6). */
export function checkJson(summary: RosterSummary, lang: Lang) {
  const { eligibility, wageGap } = summary;
  return {
    // Issue 16 §6: first, whether the figures below leave rows out (null when they do not).
    incomplete: incompleteJson(incompleteOf(summary), lang),
    rows: summary.rows,
    errors: summary.errors.map((issue) => issueJson(issue, lang)),
    warnings: summary.warnings.map((issue) => issueJson(issue, lang)),
    groups: groupIssues([...summary.errors, ...summary.warnings].sort(byRowThenColumn)).map((g) =>
      groupJson(g, lang),
    ),
    categories: eligibility.categories.map((c) => ({
      category: c.category,
      total: c.total,
      women: c.women,
      men: c.men,
      femaleRatioPercent: c.femaleRatioPercent,
      below40: c.below40,
    })),
    managers: summary.managers,
    allowanceRecipients: summary.allowanceRecipients,
    regularlyEmployed: eligibility.regularlyEmployed.count,
    regularlyEmployedStatus: eligibility.regularlyEmployed.status,
    officers: eligibility.officers,
    wageGap: {
      all: wageGap.all.percent,
      regular: wageGap.regular.percent,
      nonRegular: wageGap.nonRegular.percent,
    },
  };
}

function incompleteOf(summary: RosterSummary): IncompleteResult | null {
  return incompleteResult([
    { labelJa: "名簿", labelEn: "The", read: { rejectedRows: summary.rejectedRows } },
  ]);
}

/** 役員: counted for the officer ratio only (issue 16 §2). */
function officerLines(officers: OfficerRatio, lang: Lang): string[] {
  if (officers.total === 0) return [];
  return [
    t(
      lang,
      `役員: ${officers.total} 人中 女性 ${officers.women} 人 ${formatPercent(officers.percent)}（使用人兼務 ${officers.alsoEmployees} 人のほかは労働者として数えていません）`,
      `Officers: ${officers.women} women of ${officers.total}, ${formatPercent(officers.percent)} (only the ${officers.alsoEmployees} also employed as staff count as workers)`,
    ),
  ];
}

/** The human report of a check, Japanese by default. */
export function checkText(loaded: LoadedRoster, summary: RosterSummary, lang: Lang): string {
  const { eligibility, wageGap } = summary;
  const lines: string[] = [];
  const incomplete = incompleteOf(summary);
  if (incomplete !== null) lines.push(t(lang, incomplete.messageJa, incomplete.messageEn), "");
  lines.push(
    t(
      lang,
      `名簿チェック: ${loaded.path}（${loaded.source}、${summary.rows} 行）`,
      `Roster check: ${loaded.path} (${loaded.source}, ${summary.rows} rows)`,
    ),
  );
  lines.push(t(lang, `エラー ${summary.errors.length} 件`, `${summary.errors.length} error(s)`));
  lines.push(...groupIssues(summary.errors).map((group) => groupLine(group, lang)));
  if (summary.rejectedRows.length > 0) {
    lines.push(
      t(
        lang,
        `  → 必須項目が使えない ${summary.rejectedRows.length} 行（${summary.rejectedRows.join(", ")} 行目）は集計に含めていません。`,
        `  → ${summary.rejectedRows.length} row(s) with unusable required values (${summary.rejectedRows.join(", ")}) are left out of every count.`,
      ),
    );
  }
  lines.push(
    t(lang, `警告 ${summary.warnings.length} 件`, `${summary.warnings.length} warning(s)`),
  );
  lines.push(...groupIssues(summary.warnings).map((group) => groupLine(group, lang)));
  lines.push(
    "",
    t(
      lang,
      "雇用管理区分ごとの女性比率（4割を下回れば取組 A〜C の対象）",
      "Female ratio per employment category (under 40% qualifies for A–C)",
    ),
  );
  for (const c of eligibility.categories) {
    const verdict =
      c.femaleRatioPercent === null
        ? t(lang, "対象者なし（比率なし）", "no workers (no ratio)")
        : c.below40
          ? t(lang, "○ 40%未満", "✓ under 40%")
          : t(lang, "× 40%以上", "✗ 40% or more");
    lines.push(
      t(
        lang,
        `  ${c.category}: ${c.total} 人中 女性 ${c.women} 人 ${formatPercent(c.femaleRatioPercent)}  ${verdict}`,
        `  ${c.category}: ${c.women} women of ${c.total}, ${formatPercent(c.femaleRatioPercent)}  ${verdict}`,
      ),
    );
  }
  const re = eligibility.regularlyEmployed;
  lines.push(
    "",
    t(
      lang,
      `管理職: 女性 ${summary.managers.women} 人 / 男性 ${summary.managers.men} 人`,
      `Managers: ${summary.managers.women} women / ${summary.managers.men} men`,
    ),
    t(
      lang,
      `役職手当の支給対象者: 女性 ${summary.allowanceRecipients.women} 人 / 男性 ${summary.allowanceRecipients.men} 人`,
      `Position allowance recipients: ${summary.allowanceRecipients.women} women / ${summary.allowanceRecipients.men} men`,
    ),
    t(
      lang,
      `常時雇用する労働者: ${re.count} 人（${re.asOf ?? "基準日なし"} 時点）`,
      `Regularly employed workers: ${re.count} (as of ${re.asOf ?? "no date"})`,
    ),
    ...re.reasons.map((r) => `  ${t(lang, r.ja, r.en)}`),
    ...eligibility.tokyoInsured.reasons.map((r) => `  ${t(lang, r.ja, r.en)}`),
    ...officerLines(eligibility.officers, lang),
    "",
    // The same figures, reasons and notes the wage-gap command prints.
    wageGapText(wageGap, lang),
  );
  return lines.join("\n");
}

/** `check <roster> [--json] [--as-of D] [--sheet NAME]`: exit 0 no errors, 1 errors, 2 usage/unreadable. */
export async function checkCommand(argv: string[]): Promise<CommandOutput> {
  const { values, positionals } = parseCommandArgs(argv, {
    "as-of": { type: "string" },
    sheet: { type: "string" },
  });
  const lang = langOf(values.lang);
  const asOf = dateOption("as-of", values["as-of"]) ?? todayInTokyo();
  // Tallied while the rows are read: a check keeps no workers (issue 16 §13).
  const summarizer = rosterSummarizer(asOf);
  const loaded = await loadRoster(
    oneRosterFile(positionals, "check"),
    values.sheet,
    summarizer.add,
  );
  const summary = summarizer.summary(loaded.result);
  const exitCode = summary.errors.length > 0 ? 1 : 0;
  if (values.json) return { stdout: JSON.stringify(checkJson(summary, lang), null, 2), exitCode };
  return { stdout: checkText(loaded, summary, lang), exitCode };
}
