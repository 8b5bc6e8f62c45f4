import type { FakeExcel } from "./fake-excel";
import { FakeOfficeError } from "./fake-model";
import { bytes, type Op, type SyncRecord } from "./fake-proxy-support";
import { FakeWorkbookProxy } from "./fake-workbook";

/** `Excel.RequestContext`: queues every command and runs the queue, in order, at `sync()`. */
export class FakeContext {
  private queue: Op[] = [];
  readonly workbook: FakeWorkbookProxy;

  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  enqueue(label: string, payload: unknown, run: (record: SyncRecord) => void = () => {}): void {
    this.queue.push({ label, requestBytes: bytes([label, payload]), run });
  }

  /** Queues what Excel does with a member of ExcelApi 1.`minor` when it lacks that set. */
  requireApi(minor: number, member: string): void {
    if (this.excel.apiMinor >= minor) return;
    this.enqueue(`requires ExcelApi 1.${minor}`, member, () => {
      throw new FakeOfficeError("ApiNotFound", `${member} needs ExcelApi 1.${minor}`);
    });
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const record: SyncRecord = {
      requestBytes: ops.reduce((sum, op) => sum + op.requestBytes, 0),
      responseBytes: 0,
      commands: ops.map((op) => op.label),
    };
    this.excel.syncs.push(record);
    const refuse = (label: string, code: string): never => {
      record.failed = label;
      throw new FakeOfficeError(code, `${label}: ${code}`);
    };
    if (this.excel.cellEditMode) refuse("sync", "InvalidOperationInCellEditMode");
    const lost = this.excel.nextSyncFault();
    if (lost !== undefined) refuse("sync", lost);
    // An oversized request is refused whole: none of its commands run.
    if (record.requestBytes > this.excel.payloadLimit)
      refuse("sync", "RequestPayloadSizeLimitExceeded");
    for (const op of ops) {
      try {
        const fault = this.excel.takeFault(op.label);
        if (fault) throw new FakeOfficeError(fault.code, `${op.label} failed (${fault.code})`);
        op.run(record);
      } catch (error) {
        // Excel stops a batch at the failing command; what ran before it stays done.
        record.failed = op.label;
        throw error;
      }
    }
    // The commands ran (reads change nothing), but the answer is too big to be sent back.
    if (record.responseBytes > this.excel.payloadLimit)
      refuse("sync", "ResponsePayloadSizeLimitExceeded");
  }
}
