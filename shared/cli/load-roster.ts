import { readFileSync } from "node:fs";
import { readRosterCsv } from "../roster/read-csv";
import type { RosterReadResult } from "../roster/read-result";
import type { Worker } from "../roster/worker";
import { UsageError } from "./usage-error";

export interface LoadedRoster {
  path: string;
  /** "UTF-8", "Shift_JIS", "UTF-16LE" or "xlsx:<sheet>" — told to the user so surprises show. */
  source: string;
  result: RosterReadResult;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: Excel 97–2003 .xls, and also a password-protected .xlsx. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Reads a roster file; the format is told by its content (an .xlsx is a zip), not trusted to
 * its name. With `onWorker`, each worker goes there as it is read and `result.workers` stays
 * empty (see RosterBuilderOptions).
 */
export async function loadRoster(
  path: string,
  sheet?: string,
  onWorker?: (worker: Worker) => void,
): Promise<LoadedRoster> {
  let bytes: Uint8Array;
  try {
    // One read() of the whole file: fs/promises reads in 512 KiB steps, each a trip through
    // the event loop, and costs a module load besides (issue 16 §13's whole-process ratio).
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    throw new UsageError(
      `ファイル「${path}」を読めません（${code}）。パスを確認してください。`,
      `Cannot read the file "${path}" (${code}). Check the path.`,
    );
  }
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    throw new UsageError(
      `「${path}」は古い .xls 形式か、パスワード付きのブックです。パスワードを外し、.xlsx か CSV で保存し直してください。`,
      `"${path}" is an old .xls workbook or a password-protected one. Remove the password and save it as .xlsx or CSV.`,
    );
  }
  const isZip = ZIP_MAGIC.every((b, i) => bytes[i] === b);
  if (isZip) {
    try {
      // ExcelJS is large: load it only when a workbook actually arrives.
      const { readRosterXlsx } = await import("../roster/read-xlsx");
      const read = await readRosterXlsx(bytes, sheet, { onWorker });
      return { path, source: `xlsx:${read.sheetName}`, result: read };
    } catch (error) {
      const message = error as { messageJa?: string; messageEn?: string; message?: string };
      throw new UsageError(
        `「${path}」を .xlsx として読めません: ${message.messageJa ?? message.message ?? ""}`,
        `Cannot read "${path}" as .xlsx: ${message.messageEn ?? message.message ?? ""}`,
      );
    }
  }
  if (sheet !== undefined) {
    throw new UsageError(
      `--sheet は .xlsx ファイルにだけ使えます`,
      `--sheet applies to .xlsx files only`,
    );
  }
  const read = readRosterCsv(bytes, { onWorker });
  const names = {
    "utf-8": "UTF-8",
    shift_jis: "Shift_JIS",
    "utf-16le": "UTF-16LE",
    "utf-16be": "UTF-16BE",
  } as const;
  return { path, source: names[read.encoding], result: read };
}
