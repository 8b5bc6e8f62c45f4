/**
 * A small fake of the Office.js surface that addin/excel uses. It keeps Office's batch model:
 * every call and property write is queued and runs, in order, at `context.sync()`; loaded
 * properties can be read only after the sync that loaded them. Each sync is recorded with
 * the JSON bytes of its request (the queued commands and their arguments) and of its
 * response (the loaded values), so tests can hold the add-in to Excel on the web's 5 MB.
 * Writing text into a cell behaves as typing it would: "=…" (or "+…", "-…", "@…") becomes a
 * formula and "0123" a number unless the cell's format is Text. Members of ExcelApi sets newer
 * than the fake's `apiMinor` fail at sync (ApiNotFound); addresses outside the grid fail
 * (InvalidArgument); conditional formats fetched by id are bound to that priority, which
 * Excel's reference says must be fetched again once it changes.
 */
import { FakeContext } from "./fake-context";
import { ModelWorkbook } from "./fake-model";
import type { SyncRecord } from "./fake-proxy-support";

// The proxies live in files of their own; tests and the bench import them from here.
export { FakeContext } from "./fake-context";
export { FakeRuleCollection } from "./fake-conditional-formats";
export type { SyncRecord } from "./fake-proxy-support";
export { FakeRange } from "./fake-range";
export { FakeWorksheet } from "./fake-worksheet";

export interface Fault {
  label: string;
  code: string;
  times: number;
  /** Occurrences let through before the fault fires. */
  skip: number;
}

/** The fake Excel: a workbook model, an `Excel.run` stand-in and the log of every sync. */
export class FakeExcel {
  readonly workbook = new ModelWorkbook();
  syncs: SyncRecord[] = [];
  /**
   * Excel on the web's limit on a request and on a response, in JSON bytes: a batch over it
   * fails with Request/ResponsePayloadSizeLimitExceeded (tests lower it to provoke that).
   */
  payloadLimit = 5_000_000;
  /** While the user edits a cell, Excel refuses every batch (InvalidOperationInCellEditMode). */
  cellEditMode = false;
  /** Commands that fail at sync as a real Excel's did (see failOn). */
  readonly faults: Fault[] = [];
  /** Syncs (counted from the next one) that fail before running anything: a lost connection. */
  readonly failingSyncs = new Map<number, string>();
  private syncsSeen = 0;

  /**
   * @param apiMinor the newest ExcelApi set this Excel implements (1.`apiMinor`). Members of a
   * newer set fail the batch with ApiNotFound at sync, as Excel reports them.
   */
  constructor(readonly apiMinor = 21) {}

  /** Satisfies ExcelRun; fails a batch that leaves commands unsynced (they would be lost). */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.pending > 0) throw new Error(`fake: ${context.pending} commands never synced`);
    return result;
  };

  /**
   * Makes the next `times` commands labelled `label` (after `skip` of them) fail with `code` at sync, as real Excel
   * fails them in cases the fake does not model (a user's stacked rules, a lost connection).
   */
  failOn(label: string, code: string, times = 1, skip = 0): void {
    this.faults.push({ label, code, times, skip });
  }

  /** Makes the `n`th sync from now (1 = the next) fail before any of its commands runs. */
  failSync(n: number, code = "GeneralException"): void {
    this.failingSyncs.set(this.syncsSeen + n, code);
  }

  /** Counts a sync; the code it must fail with, if any. */
  nextSyncFault(): string | undefined {
    this.syncsSeen++;
    return this.failingSyncs.get(this.syncsSeen);
  }

  /** The fault a command meets now, used up once it fires. */
  takeFault(label: string): Fault | undefined {
    const fault = this.faults.find((f) => f.label === label && f.times > 0);
    if (!fault) return undefined;
    if (fault.skip > 0) {
      fault.skip--;
      return undefined;
    }
    fault.times--;
    return fault;
  }

  resetLog(): void {
    this.syncs = [];
  }

  get maxRequestBytes(): number {
    return Math.max(0, ...this.syncs.map((s) => s.requestBytes));
  }

  get maxResponseBytes(): number {
    return Math.max(0, ...this.syncs.map((s) => s.responseBytes));
  }
}
