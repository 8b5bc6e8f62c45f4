import type { ReleaseWithRaw } from "../storage/release-queries";
import type { RawAggregates } from "./raw-aggregates";
import type { RecordParts } from "./record-changes";

/**
 * A stored release's raw aggregates as they were when it was made: the aggregates, and its
 * records' parts from their own row (migration 13) or, for releases stored before it, from
 * inside the aggregates. Key order as createRelease builds them (aggregates, then parts), so an
 * unchanged year serialises to the same text (interval-protection.ts's shortcut).
 */
export function storedRawOf(release: ReleaseWithRaw): RawAggregates {
  const raw = JSON.parse(release.rawJson) as RawAggregates;
  if (release.partsJson === null) return raw;
  const recordParts = JSON.parse(release.partsJson) as RecordParts | null;
  return recordParts ? { ...raw, recordParts } : raw;
}
