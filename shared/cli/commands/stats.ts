import { INDUSTRY_CODES, type IndustryCode } from "../../stats/record-schema";
import { buildStatsRecord, RecordRefused } from "../../stats/build-record";
import { newSubmissionId } from "../../stats/submission-id";
import { normalizeText } from "../../roster/normalize-text";
import { parseCommandArgs, langOf } from "../args";
import type { CommandOutput } from "../command-output";
import { EVALUATION_OPTIONS, runEvaluation } from "../evaluation-input";
import { UsageError } from "../usage-error";

function industryOf(value: string | undefined): IndustryCode | null {
  if (value === undefined) return null;
  const code = normalizeText(value).toUpperCase();
  if (!(INDUSTRY_CODES as readonly string[]).includes(code)) {
    throw new UsageError(
      `--industry は日本標準産業分類の大分類 A〜T の1文字です（「${value}」）`,
      `--industry is a JSIC major division letter A–T (got "${value}")`,
    );
  }
  return code as IndustryCode;
}

/** `stats <evaluate's arguments> [--industry X]`: the anonymized record as JSON on stdout, nothing else. */
export async function statsCommand(argv: string[]): Promise<CommandOutput> {
  const { values } = parseCommandArgs(argv, {
    ...EVALUATION_OPTIONS,
    industry: { type: "string" },
  });
  langOf(values.lang);
  const industry = industryOf(values.industry);
  const run = await runEvaluation(values);
  try {
    const record = buildStatsRecord({
      round: run.round,
      industry,
      application: run.applicationRoster.result.workers,
      report: run.reportRoster.result.workers,
      evaluation: run.evaluation,
      regularlyEmployed: run.eligibility.regularlyEmployed.count,
      submissionId: newSubmissionId(),
      rejectedRows: {
        application: run.applicationRoster.result.rejectedRows,
        report: run.reportRoster.result.rejectedRows,
      },
    });
    return { stdout: JSON.stringify(record, null, 2), stderr: run.notices.join("\n"), exitCode: 0 };
  } catch (error) {
    if (error instanceof RecordRefused) throw new UsageError(error.messageJa, error.messageEn);
    throw error;
  }
}
