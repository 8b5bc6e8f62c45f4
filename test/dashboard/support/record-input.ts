import { recordInputOf } from "../../../dashboard/server/records/record-input";
import type { RecordInput } from "../../../dashboard/server/storage/storage";
import type { StatsRecord } from "../../../shared/stats/record-schema";

/** A record as the storage takes it (what the submission route or the import builds). */
export function recordInput(
  record: StatsRecord,
  source: RecordInput["source"] = "submission",
): RecordInput {
  return recordInputOf(record, source);
}
