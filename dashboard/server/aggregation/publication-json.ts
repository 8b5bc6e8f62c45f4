import type { CellRow } from "../storage/aggregate-queries";
import { aggregatesOf } from "./cell-rows";
import { buildPublication, type RoundCapacity } from "./build-publication";

/**
 * A year's published tables as JSON, from its finest cells as the database returned them: the
 * roll-up (quartiles over every value) and the disclosure control. Pure computation, ~60–120 ms
 * at 100,000 records: the server runs it in a worker thread (publication-worker-client.ts).
 */
export function publicationJson(
  fiscalYear: number,
  rows: readonly CellRow[],
  rounds: readonly RoundCapacity[],
): string {
  return JSON.stringify(buildPublication(aggregatesOf(fiscalYear, rows), rounds));
}

/** Computes a publication (in a worker, or in-process where no worker is wanted). */
export type ComputePublication = (
  fiscalYear: number,
  rows: readonly CellRow[],
  rounds: readonly RoundCapacity[],
) => Promise<string>;

export const computeInProcess: ComputePublication = async (fiscalYear, rows, rounds) =>
  publicationJson(fiscalYear, rows, rounds);
