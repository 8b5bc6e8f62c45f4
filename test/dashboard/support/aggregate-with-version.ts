import type { RawAggregates } from "../../../dashboard/server/aggregation/raw-aggregates";
import { aggregatesOf } from "../../../dashboard/server/aggregation/cell-rows";
import type { Storage } from "../../../dashboard/server/storage/storage";

/** The raw aggregates and the data version they are of, from one snapshot of the storage. */
export async function aggregateWithVersion(
  storage: Storage,
  fiscalYear: number,
): Promise<{ version: string; raw: RawAggregates }> {
  const { version, rows } = await storage.cellRowsWithVersion(fiscalYear);
  return { version, raw: aggregatesOf(fiscalYear, rows) };
}

/** The raw aggregates of a year as the server computes them: stored cells, then the roll-up. */
export async function aggregateOf(storage: Storage, fiscalYear: number): Promise<RawAggregates> {
  return (await aggregateWithVersion(storage, fiscalYear)).raw;
}
