import type { RawAggregates } from "../../../dashboard/server/aggregation/raw-aggregates";
import { aggregatesOf } from "../../../dashboard/server/aggregation/cell-rows";
import type { Storage } from "../../../dashboard/server/storage/storage";

/** The raw aggregates of a year as the server computes them: the cells of its records, rolled up. */
export async function aggregateOf(storage: Storage, fiscalYear: number): Promise<RawAggregates> {
  return aggregatesOf(fiscalYear, await storage.cellRows(fiscalYear));
}
