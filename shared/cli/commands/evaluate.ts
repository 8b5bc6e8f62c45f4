import { ACTION_IDS, type ActionId } from "../../rules/action-result";
import { formatYen } from "../../rules/explain";
import { langOf, parseCommandArgs, t, type Lang } from "../args";
import type { CommandOutput } from "../command-output";
import { EVALUATION_OPTIONS, runEvaluation, type EvaluationRun } from "../evaluation-input";
import { issueLine } from "../format-issue";

const ACTION_NAMES: Record<ActionId, { ja: string; en: string }> = {
  A: { ja: "女性管理職の増加", en: "more women managers" },
  B: {
    ja: "役職手当の支給対象の女性従業員の増加",
    en: "more women receiving a position allowance",
  },
  C: { ja: "非正規従業員でも登用可能な役職の新設", en: "a new position open to non-regular staff" },
  D: {
    ja: "非正規従業員の退職金制度の導入（加算）",
    en: "a retirement plan for non-regular staff (add-on)",
  },
};

/** The `evaluate --json` document: a contract outside checks rely on (issue #2 §6). */
export function evaluateJson(run: EvaluationRun, lang: Lang) {
  const { evaluation } = run;
  const actions = Object.fromEntries(
    ACTION_IDS.map((id) => {
      const a = evaluation.actions[id];
      return [
        id,
        {
          selected: a.selected,
          eligibleAtApplication: a.eligibleAtApplication,
          achieved: a.achieved,
          before: a.before,
          after: a.after,
          evidence: a.evidence,
          reasons: a.reasons.map((r) => t(lang, r.ja, r.en)),
        },
      ];
    }),
  );
  return {
    fiscalYear: run.round.fiscalYear,
    round: run.round.round,
    implementationPeriod: run.round.implementation,
    actions,
    training: {
      complete: evaluation.training.complete,
      missing: evaluation.training.missing.map((m) => m.employeeId),
    },
    grantYen: evaluation.grant.yen,
    grantIsProjection: true,
    grantReasons: evaluation.grant.reasons.map((r) => t(lang, r.ja, r.en)),
    company: {
      regularlyEmployed: run.eligibility.regularlyEmployed.count,
      regularlyEmployedAtMost: run.eligibility.regularlyEmployed.atMost,
      atMost300: run.eligibility.regularlyEmployed.eligible,
      tokyoInsured: run.eligibility.tokyoInsured.satisfied,
      asOf: run.applicationDate,
    },
    rosters: {
      application: rosterCounts(
        run.applicationRoster.result.issues,
        run.applicationRoster.result.rejectedRows,
      ),
      report: rosterCounts(
        [...run.reportRoster.result.issues, ...run.snapshotIssues],
        run.reportRoster.result.rejectedRows,
      ),
    },
  };
}

function rosterCounts(issues: readonly { severity: string }[], rejectedRows: readonly number[]) {
  return {
    errors: issues.filter((i) => i.severity === "error").length,
    warnings: issues.filter((i) => i.severity === "warning").length,
    /** Rows left out of every count: the verdicts are final only once they are fixed. */
    rejectedRows,
  };
}

/** The human report of an evaluation, Japanese by default. */
export function evaluateText(run: EvaluationRun, lang: Lang): string {
  const { evaluation, round } = run;
  const lines: string[] = [
    t(
      lang,
      `第${round.round}回（${round.fiscalYear}年度） 実施期間 ${round.implementation.start}〜${round.implementation.end}`,
      `Round ${round.round} (fiscal ${round.fiscalYear}), implementation ${round.implementation.start}–${round.implementation.end}`,
    ),
  ];
  for (const [label, loaded] of [
    [t(lang, "申請時", "Application"), run.applicationRoster],
    [t(lang, "実績報告時", "Report"), run.reportRoster],
  ] as const) {
    const errors = loaded.result.issues.filter((i) => i.severity === "error");
    lines.push(
      t(
        lang,
        `${label}の名簿: ${loaded.path}（${loaded.result.rowCount} 行、エラー ${errors.length} 件）`,
        `${label} roster: ${loaded.path} (${loaded.result.rowCount} rows, ${errors.length} error(s))`,
      ),
    );
    lines.push(...errors.map((issue) => issueLine(issue, lang)));
    const rejected = loaded.result.rejectedRows;
    if (rejected.length > 0) {
      lines.push(
        t(
          lang,
          `  ⚠ ${rejected.join(", ")} 行目は必須項目のエラーのため判定に含まれていません。修正するまで以下の判定は確定しません。`,
          `  ⚠ Row(s) ${rejected.join(", ")} are left out of the verdicts because of errors in required columns: the verdicts below are not final until they are fixed.`,
        ),
      );
    }
  }
  lines.push(...run.snapshotIssues.map((issue) => issueLine(issue, lang)));
  for (const id of ACTION_IDS) {
    const a = evaluation.actions[id];
    if (!a.selected) continue;
    const verdict = a.achieved
      ? t(lang, "○ 達成見込み", "✓ expected to be achieved")
      : t(lang, "× 未達成", "✗ not achieved");
    lines.push(
      "",
      `${t(lang, `取組${id}`, `Action ${id}`)} ${t(lang, ACTION_NAMES[id].ja, ACTION_NAMES[id].en)}: ${verdict}`,
    );
    lines.push(...a.reasons.map((r) => `  ・${t(lang, r.ja, r.en)}`));
  }
  lines.push("", t(lang, "取組3（全従業員向け研修）", "Step 3 (all-staff training)"));
  lines.push(...evaluation.training.reasons.map((r) => `  ・${t(lang, r.ja, r.en)}`));
  lines.push(
    "",
    t(
      lang,
      `奨励金の見込額: ${formatYen(evaluation.grant.yen)} 円（見込みであり、財団の審査で決まります）`,
      `Projected grant: ¥${formatYen(evaluation.grant.yen)} (a projection; the foundation decides)`,
    ),
    ...evaluation.grant.reasons.map((r) => `  ・${t(lang, r.ja, r.en)}`),
  );
  return lines.join("\n");
}

/** `evaluate --round N --actions … --target A=… --application F --report F [--json]`: exit 0 when evaluated, 2 when refused. */
export async function evaluateCommand(argv: string[]): Promise<CommandOutput> {
  const { values } = parseCommandArgs(argv, EVALUATION_OPTIONS);
  const lang = langOf(values.lang);
  const run = await runEvaluation(values);
  const stderr = run.notices.join("\n");
  if (values.json)
    return { stdout: JSON.stringify(evaluateJson(run, lang), null, 2), stderr, exitCode: 0 };
  return { stdout: evaluateText(run, lang), stderr, exitCode: 0 };
}
