import { writeFile } from "node:fs/promises";
import { actionPlanDocx } from "../../documents/action-plan-docx";
import { actionPlanDraft, type ActionPlanDraft } from "../../documents/action-plan-draft";
import { resultReportText } from "../../documents/result-report-text";
import { publishFigures } from "../../rules/publish-figures";
import { parseCommandArgs } from "../args";
import type { CommandOutput } from "../command-output";
import { EVALUATION_OPTIONS, runEvaluation } from "../evaluation-input";
import { UsageError } from "../usage-error";

function planText(plan: ActionPlanDraft): string {
  return [
    plan.notice,
    "",
    plan.title,
    plan.intro,
    ...plan.sections.flatMap((s) => ["", s.heading, ...s.paragraphs]),
  ].join("\n");
}

/**
 * `documents <evaluate's options> [--docx FILE]`: the 一般事業主行動計画 draft and the 様式第9号
 * text (Japanese documents), and with --docx the plan as a Word file to edit and file.
 */
export async function documentsCommand(argv: string[]): Promise<CommandOutput> {
  const { values } = parseCommandArgs(argv, { ...EVALUATION_OPTIONS, docx: { type: "string" } });
  const run = await runEvaluation(values);
  const workers = run.applicationRoster.result.workers;
  const plan = actionPlanDraft(
    run.application,
    workers,
    publishFigures(workers, run.application.period.start),
  );
  const form = resultReportText(
    run.application,
    run.reportRoster.result.workers,
    run.evaluation,
    plan,
  );
  const notices = [...run.notices];
  if (values.docx !== undefined) {
    try {
      await writeFile(values.docx, await actionPlanDocx(plan));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "";
      throw new UsageError(
        `「${values.docx}」に書き込めません（${code}）。フォルダーと権限を確認してください。`,
        `Cannot write "${values.docx}" (${code}). Check the folder and permissions.`,
      );
    }
    notices.push(
      `行動計画（案）を ${values.docx} に書き出しました / Wrote the plan draft to ${values.docx}`,
    );
  }
  if (values.json)
    return {
      stdout: JSON.stringify({ actionPlan: plan, resultReport: form }, null, 2),
      stderr: notices.join("\n"),
      exitCode: 0,
    };
  return {
    stdout: `${planText(plan)}\n\n${"─".repeat(40)}\n\n${form.text}`,
    stderr: notices.join("\n"),
    exitCode: 0,
  };
}
