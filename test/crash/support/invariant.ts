import { canonicalJson } from "../../../dashboard/server/storage/canonical-json";
import type { StatsRecord } from "../../../shared/stats/record-schema";
import type { Ledger } from "./submitters";

export interface StoredRow {
  id: string;
  /** the stored jsonb body as text */
  body: string;
  body_id: string;
}

/** Checks the crash test's invariant (see crash-restart.test.ts); lists every violation. */
export function checkInvariant(
  sent: readonly StatsRecord[],
  ledger: Ledger,
  stored: readonly StoredRow[],
): { problems: string[]; answeredAlreadyStored: number } {
  const problems: string[] = [];
  const sentById = new Map(sent.map((r) => [r.submissionId.toLowerCase(), r]));
  const acked = new Set([...ledger.acked.keys()].map((id) => id.toLowerCase()));
  const times = new Map<string, number>();
  for (const row of stored) {
    const id = row.id.toLowerCase();
    times.set(id, (times.get(id) ?? 0) + 1);
    const record = sentById.get(id);
    if (!acked.has(id)) problems.push(`${id}: stored but never acknowledged`);
    if (record && canonicalJson(JSON.parse(row.body)) !== canonicalJson(record))
      problems.push(`${id}: content differs from what was sent`);
    if (row.body_id.toLowerCase() !== id) problems.push(`${id}: body names ${row.body_id}`);
  }
  for (const [id, n] of times) if (n > 1) problems.push(`${id}: stored ${n} times`);
  for (const id of acked) if (!times.has(id)) problems.push(`${id}: acknowledged but not stored`);
  const answeredAlreadyStored = [...ledger.acked.values()].filter((s) => s === 200).length;
  return { problems, answeredAlreadyStored };
}
