import type { StatsRecord } from "../../../shared/stats/record-schema";
import type { RecordInput } from "../storage/storage";

/** A validated record as the storage takes it; the one place its keys are copied out. */
export function recordInputOf(
  record: StatsRecord,
  source: RecordInput["source"],
  tokenId: number | null = null,
  /** the token, when it is a per-company one: the record is that company's one live record */
  companyTokenId: number | null = null,
): RecordInput {
  return {
    submissionId: record.submissionId,
    fiscalYear: record.fiscalYear,
    round: record.round,
    body: record,
    source,
    tokenId,
    companyTokenId,
  };
}
