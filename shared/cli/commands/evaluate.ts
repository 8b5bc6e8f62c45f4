import { ACTION_IDS, type ActionId } from "../../rules/action-result";
import { formatYen } from "../../rules/explain";
import { langOf, parseCommandArgs, t, type Lang } from "../args";
import type { CommandOutput } from "../command-output";
import { EVALUATION_OPTIONS, runEvaluation, type EvaluationRun } from "../evaluation-input";
import { groupIssues } from "../../roster/group-issues";
import { incompleteResult, type IncompleteResult } from "../../roster/incomplete-result";
import type { RosterIssue } from "../../roster/issue";
import { judgeRosterOrder, type RosterOrderJudgement } from "../../roster/roster-order";
import { groupJson, groupLine, incompleteJson } from "../format-issue";

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

/** While rows are excluded, no verdict is final (issue 16 §6). */
export function evaluationIncomplete(run: EvaluationRun): IncompleteResult | null {
  return incompleteResult([
    { labelJa: "申請時", labelEn: "Application", read: run.applicationRoster.result },
    { labelJa: "実績報告時", labelEn: "Report", read: run.reportRoster.result },
  ]);
}

/** A file's name (and sheet) as the swap check reads it. */
function rosterName(loaded: EvaluationRun["applicationRoster"]): string {
  const file = loaded.path.split(/[\\/]/).pop() ?? loaded.path;
  return loaded.source.startsWith("xlsx:") ? `${file} ${loaded.source.slice(5)}` : file;
}

/** Whether the two rosters look given the wrong way round (issue 16 §9). */
export function rosterOrder(run: EvaluationRun): RosterOrderJudgement {
  return judgeRosterOrder(
    { name: rosterName(run.applicationRoster), workers: run.applicationRoster.result.workers },
    { name: rosterName(run.reportRoster), workers: run.reportRoster.result.workers },
    run.applicationDate,
  );
}

/** Warnings about the run itself, not a roster row: `warnings[]` of the JSON. */
export function runWarnings(run: EvaluationRun, lang: Lang) {
  const order = rosterOrder(run);
  if (!order.looksSwapped) return [];
  return [
    {
      code: "ROSTERS_LOOK_SWAPPED",
      message: t(
        lang,
        "申請時と実績報告時の名簿が逆に指定されているようです。--application に申請時、--report に実績報告時の名簿を指定してください。",
        "The application and report rosters look swapped: give the application-date roster to --application and the report-date roster to --report.",
      ),
      clues: order.clues.filter((c) => c.weight > 0).map((c) => t(lang, c.ja, c.en)),
    },
  ];
}

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
    incomplete: incompleteJson(evaluationIncomplete(run), lang),
    warnings: runWarnings(run, lang),
    fiscalYear: run.round.fiscalYear,
    round: run.round.round,
    implementationPeriod: run.round.implementation,
    actions,
    training: {
      complete: evaluation.training.complete,
      missing: evaluation.training.missing.map((m) => m.employeeId),
      /** Hired after the period's last day: not required to train (issue 16 §4). */
      hiredAfterPeriod: evaluation.training.hiredAfterPeriod,
    },
    grantYen: evaluation.grant.yen,
    grantStatus: evaluation.grant.status,
    grantIsProjection: true,
    grantReasons: evaluation.grant.reasons.map((r) => t(lang, r.ja, r.en)),
    company: {
      regularlyEmployed: run.eligibility.regularlyEmployed.count,
      regularlyEmployedAtMost: run.eligibility.regularlyEmployed.atMost,
      atMost300: run.eligibility.regularlyEmployed.eligible,
      regularlyEmployedStatus: run.eligibility.regularlyEmployed.status,
      tokyoInsured: run.eligibility.tokyoInsured.satisfied,
      eligible: run.eligibility.rosterConditionsMet,
      officers: run.eligibility.officers,
      asOf: run.applicationDate,
    },
    rosters: {
      application: rosterCounts(
        run.applicationRoster.result.issues,
        run.applicationRoster.result.rejectedRows,
        lang,
      ),
      report: rosterCounts(
        [...run.reportRoster.result.issues, ...run.snapshotIssues],
        run.reportRoster.result.rejectedRows,
        lang,
      ),
    },
  };
}

function rosterCounts(issues: readonly RosterIssue[], rejectedRows: readonly number[], lang: Lang) {
  return {
    errors: issues.filter((i) => i.severity === "error").length,
    warnings: issues.filter((i) => i.severity === "warning").length,
    /** Rows left out of every count: the verdicts are final only once they are fixed. */
    rejectedRows,
    /** Identical issues once, with their rows (issue 16 §7). */
    groups: groupIssues(issues).map((g) => groupJson(g, lang)),
  };
}

/** The human report of an evaluation, Japanese by default. */
export function evaluateText(run: EvaluationRun, lang: Lang): string {
  const { evaluation, round } = run;
  const lines: string[] = [];
  const incomplete = evaluationIncomplete(run);
  if (incomplete !== null) lines.push(t(lang, incomplete.messageJa, incomplete.messageEn), "");
  const draft = incomplete === null ? "" : t(lang, "（下書き・未確定）", " (draft, not final)");
  for (const warning of runWarnings(run, lang))
    lines.push(`⚠ ${warning.message}`, ...warning.clues.map((c) => `  ・${c}`), "");
  lines.push(
    t(
      lang,
      `第${round.round}回（${round.fiscalYear}年度） 実施期間 ${round.implementation.start}〜${round.implementation.end}`,
      `Round ${round.round} (fiscal ${round.fiscalYear}), implementation ${round.implementation.start}–${round.implementation.end}`,
    ),
  );
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
    lines.push(...groupIssues(errors).map((group) => groupLine(group, lang)));
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
  lines.push(...groupIssues(run.snapshotIssues).map((group) => groupLine(group, lang)));
  for (const id of ACTION_IDS) {
    const a = evaluation.actions[id];
    if (!a.selected) continue;
    const verdict =
      (a.achieved
        ? t(lang, "○ 達成見込み", "✓ expected to be achieved")
        : t(lang, "× 未達成", "✗ not achieved")) + draft;
    lines.push(
      "",
      `${t(lang, `取組${id}`, `Action ${id}`)} ${t(lang, ACTION_NAMES[id].ja, ACTION_NAMES[id].en)}: ${verdict}`,
    );
    lines.push(...a.reasons.map((r) => `  ・${t(lang, r.ja, r.en)}`));
  }
  lines.push("", t(lang, "取組3（全従業員向け研修）", "Step 3 (all-staff training)"));
  lines.push(...evaluation.training.reasons.map((r) => `  ・${t(lang, r.ja, r.en)}`));
  const grant = evaluation.grant;
  lines.push(
    "",
    draft.trim() +
      (grant.status === "unknown"
        ? t(
            lang,
            "奨励金の見込額: 不明（支給対象事業者かどうか名簿から判断できません）",
            "Projected grant: unknown (the roster cannot establish that the company is eligible)",
          )
        : t(
            lang,
            `奨励金の見込額: ${formatYen(grant.yen)} 円（見込みであり、財団の審査で決まります）`,
            `Projected grant: ¥${formatYen(grant.yen)} (a projection; the foundation decides)`,
          )),
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
