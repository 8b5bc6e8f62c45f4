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

/** The fake Excel: a workbook model, an `Excel.run` stand-in and the log of every sync. */
export class FakeExcel {
  readonly workbook = new ModelWorkbook();
  syncs: SyncRecord[] = [];

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
