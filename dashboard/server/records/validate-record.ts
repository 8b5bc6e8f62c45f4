import { statsRecordSchema, type StatsRecord } from "../../../shared/stats/record-schema";
import { findRound } from "../../../shared/schedule/find-round";
import type { RoundNumber } from "../../../shared/schedule/round";
import type { FieldProblem } from "../http/api-error";
import { fieldsFromIssues } from "../http/zod-fields";
import { RECORD_MESSAGES } from "../messages/records";

export type RecordCheck = { ok: true; record: StatsRecord } | { ok: false; fields: FieldProblem[] };

/**
 * The shared zod schema (strict: unknown fields are refused, so nothing personal rides along),
 * then the schedule: a record must belong to a round that exists. The submission id is
 * lower-cased so that one UUID written in two cases is one submission.
 */
export function checkRecord(value: unknown): RecordCheck {
  const parsed = statsRecordSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) return { ok: false, fields: fieldsFromIssues(parsed.error.issues) };
  const record = { ...parsed.data, submissionId: parsed.data.submissionId.toLowerCase() };
  if (!findRound(record.fiscalYear, record.round as RoundNumber)) {
    return {
      ok: false,
      fields: [
        {
          path: "round",
          code: "unknown_round",
          ...RECORD_MESSAGES.roundNotInSchedule(record.fiscalYear, record.round),
        },
      ],
    };
  }
  return { ok: true, record };
}
