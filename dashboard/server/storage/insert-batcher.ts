import { canonicalJson } from "./canonical-json";
import { afterGap } from "./flushes";
import type { SqlClient } from "./sql-client";
import type { InsertOutcome, RecordInput } from "./storage";
import {
  insertMany,
  insertRecord,
  replaceCompanyRecord,
  sameAsStored,
  storedRows,
  type FirstOutcome,
} from "./record-queries";

interface Pending {
  record: RecordInput;
  resolve(outcome: InsertOutcome): void;
  reject(error: unknown): void;
}

export interface InsertBatcherOptions {
  /** statements in flight at once: 1 for PGlite (one connection), a few for a pg pool */
  maxInFlight: number;
  /** records per statement (bounds the JSON parameter, ~1 KB per record) */
  maxBatch?: number;
  /** ms from the start of one statement to the next at the earliest (flushes.ts) */
  gapMs?: number;
  /** called with the records a statement stored, after it committed */
  onStored?: (records: readonly RecordInput[]) => void;
}

/**
 * Group commit for single submissions. Every record that arrives while the database is busy (or
 * in the same turn of the event loop) goes into ONE multi-row `INSERT … ON CONFLICT DO NOTHING
 * RETURNING`, an autocommitted statement: each caller is answered only after that statement —
 * and so its transaction — has committed, exactly as with one INSERT per request. Per-request
 * cost falls from a round trip and a commit to a share of one, which is what lets 200 clients
 * get answers within milliseconds (on PGlite's single connection especially).
 *
 * The outcome of each record is what insertRecord() would say: "stored" when its row was
 * inserted by this statement, otherwise "same"/"conflict" by comparing canonical JSON with the
 * row that is there. Two requests for one id in the same batch are resolved in arrival order:
 * the first is inserted (or compared), later ones are compared with the winner's content.
 */
export class InsertBatcher {
  private queue: Pending[] = [];
  private inFlight = 0;
  private scheduled = false;
  private lastStart = Number.NEGATIVE_INFINITY;
  private readonly maxBatch: number;

  constructor(
    private readonly db: SqlClient,
    private readonly options: InsertBatcherOptions,
  ) {
    this.maxBatch = options.maxBatch ?? 500;
  }

  insert(record: RecordInput): Promise<InsertOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ record, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.queue.length === 0 || this.inFlight >= this.options.maxInFlight)
      return;
    this.scheduled = true;
    // The requests whose bodies were parsed in this turn (and, under load, until the gap since
    // the last statement is over) join the same batch.
    this.lastStart = afterGap(this.lastStart, this.options.gapMs ?? 0, () => {
      this.scheduled = false;
      while (this.inFlight < this.options.maxInFlight && this.queue.length > 0) {
        const batch = this.queue.splice(0, this.maxBatch);
        this.inFlight++;
        void this.run(batch).finally(() => {
          this.inFlight--;
          this.schedule();
        });
      }
    });
  }

  private async run(batch: Pending[]): Promise<void> {
    let outcomes: FirstOutcome[];
    try {
      outcomes = await this.insertBatch(batch.map((p) => p.record));
    } catch {
      // Nothing of a failed statement was committed. Retry one by one, so that a record the
      // database refuses fails only its own request.
      const stored: RecordInput[] = [];
      await Promise.all(
        batch.map((p) =>
          insertRecord(this.db, p.record)
            .then((first) => this.settle(p.record, first))
            .then((outcome) => {
              if (outcome === "stored" || outcome === "replaced") stored.push(p.record);
              p.resolve(outcome);
            }, p.reject),
        ),
      );
      this.options.onStored?.(stored);
      return;
    }
    // A company's second record replaces its first (one transaction each, in arrival order):
    // rare, so it does not slow the batch of first submissions down.
    for (let i = 0; i < batch.length; i++) {
      if (outcomes[i] !== "replace") continue;
      try {
        outcomes[i] = await this.settle(batch[i]!.record, "replace");
      } catch (error) {
        batch[i]!.reject(error);
      }
    }
    batch.forEach((p, i) => {
      if (outcomes[i] !== "replace") p.resolve(outcomes[i] as InsertOutcome);
    });
    this.options.onStored?.(
      batch
        .filter((_, i) => outcomes[i] === "stored" || outcomes[i] === "replaced")
        .map((p) => p.record),
    );
  }

  private settle(record: RecordInput, first: FirstOutcome): Promise<InsertOutcome> {
    return first === "replace" ? replaceCompanyRecord(this.db, record) : Promise.resolve(first);
  }

  private async insertBatch(records: readonly RecordInput[]): Promise<FirstOutcome[]> {
    const ids = records.map((r) => r.submissionId.toLowerCase());
    const firstIndex = new Map<string, number>();
    ids.forEach((id, i) => {
      if (!firstIndex.has(id)) firstIndex.set(id, i);
    });
    const firsts = [...firstIndex.values()].map((i) => records[i]!);
    const stored = await insertMany(this.db, firsts);
    const existing = await storedRows(
      this.db,
      [...firstIndex.keys()].filter((id) => !stored.has(id)),
    );
    return records.map((r, i) => {
      const id = ids[i]!;
      const winnerIndex = firstIndex.get(id)!;
      if (stored.has(id)) {
        if (winnerIndex === i) return "stored";
        const winner = records[winnerIndex]!;
        const row = { canonical: canonicalJson(winner.body), tokenId: winner.tokenId };
        return sameAsStored(row, r) ? "same" : "conflict";
      }
      const there = existing.get(id);
      // Not stored and no row with this id: the company already has a live record.
      if (there === undefined && r.companyTokenId != null) return "replace";
      return sameAsStored(there, r) ? "same" : "conflict";
    });
  }
}
