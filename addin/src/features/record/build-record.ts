import { buildStatsRecord, RecordRefused } from "../../../../shared/stats/build-record";
import {
  INDUSTRY_CODES,
  type IndustryCode,
  type StatsRecord,
} from "../../../../shared/stats/record-schema";
import type { Derived } from "../../evaluation/derive";
import type { Session } from "../../app/session";
import type { Said } from "./api/send-record";

export type RecordState =
  | { kind: "record"; record: StatsRecord }
  | { kind: "refused"; message: Said }
  | { kind: "waiting" };

/** The anonymized record the way the CLI's `stats` makes it, or why there is none yet. */
export function recordFor(
  session: Pick<Session, "application" | "report">,
  derived: Pick<Derived, "evaluation" | "round" | "applicationSummary">,
  industry: string,
  submissionId: string,
): RecordState {
  const { application, report } = session;
  if (
    !application ||
    !report ||
    !derived.evaluation ||
    !derived.round ||
    !derived.applicationSummary ||
    submissionId === ""
  )
    return { kind: "waiting" };
  const code = (INDUSTRY_CODES as readonly string[]).includes(industry)
    ? (industry as IndustryCode)
    : null;
  try {
    return {
      kind: "record",
      record: buildStatsRecord({
        round: derived.round,
        industry: code,
        application: application.read.workers,
        report: report.read.workers,
        evaluation: derived.evaluation,
        regularlyEmployed: derived.applicationSummary.eligibility.regularlyEmployed.count,
        submissionId,
        rejectedRows: {
          application: application.read.rejectedRows,
          report: report.read.rejectedRows,
        },
      }),
    };
  } catch (error) {
    if (error instanceof RecordRefused)
      return { kind: "refused", message: { ja: error.messageJa, en: error.messageEn } };
    throw error;
  }
}
