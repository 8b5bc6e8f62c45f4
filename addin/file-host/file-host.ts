import type { CellValue } from "../../shared/roster/cell-value";
import { decodeCsv, malformedCsvIssues, parseCsv } from "../../shared/roster/read-csv";
import { RosterFileError } from "../../shared/roster/roster-file-error";
import type { ResultSheet } from "../../shared/sheets/result-sheet";
import type { CellMark, SheetCells, WorkbookHost } from "../workbook-host";
import { downloadBytes, XLSX_TYPE } from "./download";
import { baseName, detectFileKind } from "./file-kind";
import { indexedDbStore, type RosterStore, type SavedSource } from "./saved-rosters";

/** A roster source without Excel: files the user picked or dropped, or cells the demo supplies. */
export interface FileHost extends WorkbookHost {
  readonly kind: "file";
  /** Reads files into named rosters; returns the names added (one per sheet of an .xlsx). */
  addFiles(files: readonly File[]): Promise<string[]>;
  /** Adds rows of cells under a name (the demo company's rosters), replacing one of that name. */
  addCells(name: string, cells: CellValue[][]): string;
  /** The marks of the latest check (the pane shows them in its issue list). */
  readonly marks: readonly CellMark[];
  /**
   * Brings back the rosters chosen before a reload (kept in this browser only); returns how
   * many sources came back. A saved file that no longer reads is dropped, not fatal.
   */
  restore(): Promise<number>;
  /** Deletes the kept copies and unloads every roster. */
  forget(): Promise<void>;
}

/** Where the result workbook goes: its file name in the user's downloads. */
export const RESULT_FILE_NAME = "katsuyaku-結果.xlsx";
export const TEMPLATE_FILE_NAME = "katsuyaku-名簿テンプレート.xlsx";

interface Entry {
  load(): Promise<Omit<SheetCells, "name">>;
}

function csvEntry(bytes: Uint8Array): Entry {
  return {
    async load() {
      const { text } = decodeCsv(bytes);
      const { cells, problems } = parseCsv(text);
      const fileIssues = malformedCsvIssues(problems);
      return { cells, firstRow: 1, firstColumn: 0, date1904: false, fileIssues };
    },
  };
}

function unreadable(ja: string, en: string): RosterFileError {
  return new RosterFileError("unreadable", ja, en);
}

/** ExcelJS is large: it is fetched only when a workbook arrives (or one is written). */
async function xlsxCells(bytes: Uint8Array, sheet?: string) {
  const { xlsxToCells } = await import("../../shared/roster/read-xlsx");
  return xlsxToCells(bytes, sheet);
}

export function createFileHost(store: RosterStore = indexedDbStore()): FileHost {
  const entries = new Map<string, Entry>();
  let marks: readonly CellMark[] = [];
  let sources: SavedSource[] = [];

  /** Keeping a copy is a convenience: a full or blocked store must not stop the check. */
  async function persist(): Promise<void> {
    try {
      await store.save(sources);
    } catch (error) {
      console.warn("Katsuyaku: the rosters could not be kept in this browser", error);
    }
  }

  /** A name not yet taken, so two files called 名簿.csv both stay reachable. */
  const freeName = (wanted: string): string => {
    let name = wanted;
    for (let n = 2; entries.has(name); n++) name = `${wanted} (${n})`;
    return name;
  };

  /** One file's rosters (a CSV, or each sheet of an .xlsx) under names not yet taken. */
  async function addBytes(fileName: string, bytes: Uint8Array): Promise<string[]> {
    const file = { name: fileName };
    const kind = detectFileKind(file.name, bytes);
    if (kind === "legacyExcel")
      throw unreadable(
        `「${file.name}」は古い .xls 形式か、パスワード付きのブックです。パスワードを外し、.xlsx か CSV で保存し直してください。`,
        `"${file.name}" is an old .xls workbook or a password-protected one. Remove the password and save it as .xlsx or CSV.`,
      );
    if (kind === "unsupported")
      throw unreadable(
        `「${file.name}」は名簿として読めない形式です。CSV か Excel（.xlsx）のファイルを選んでください。`,
        `"${file.name}" is not a roster format. Choose a CSV or Excel (.xlsx) file.`,
      );
    if (kind === "csv") {
      const name = freeName(baseName(file.name));
      entries.set(name, csvEntry(bytes));
      return [name];
    }
    let first: Awaited<ReturnType<typeof xlsxCells>>;
    try {
      first = await xlsxCells(bytes);
    } catch (error) {
      if (error instanceof RosterFileError)
        throw unreadable(
          `「${file.name}」: ${error.messageJa}`,
          `"${file.name}": ${error.messageEn}`,
        );
      throw error;
    }
    const several = first.sheetNames.length > 1;
    return first.sheetNames.map((sheet) => {
      const name = freeName(several ? `${baseName(file.name)} / ${sheet}` : baseName(file.name));
      entries.set(name, {
        async load() {
          const read = sheet === first.sheetName ? first : await xlsxCells(bytes, sheet);
          return { cells: read.cells, firstRow: 1, firstColumn: 0, date1904: read.date1904 };
        },
      });
      return name;
    });
  }

  return {
    kind: "file",
    get marks() {
      return marks;
    },
    async listSheets() {
      return [...entries.keys()];
    },
    async readSheet(name, onProgress) {
      const entry = entries.get(name);
      if (entry === undefined)
        throw new RosterFileError(
          "unknownSheet",
          `「${name}」が読み込まれていません。ファイルをもう一度選んでください。`,
          `"${name}" is not loaded. Choose the file again.`,
        );
      onProgress?.(0, 1);
      const sheet = await entry.load();
      onProgress?.(1, 1);
      return { name, ...sheet };
    },
    async addFiles(files) {
      const names: string[] = [];
      for (const file of files) {
        const bytes = new Uint8Array(await file.arrayBuffer());
        names.push(...(await addBytes(file.name, bytes)));
        sources.push({ kind: "file", fileName: file.name, bytes });
      }
      await persist();
      return names;
    },
    addCells(name, cells) {
      entries.set(name, {
        load: async () => ({ cells, firstRow: 1, firstColumn: 0, date1904: false }),
      });
      sources = [...sources.filter((s) => s.kind !== "cells" || s.name !== name)];
      sources.push({ kind: "cells", name, cells });
      void persist();
      return name;
    },
    async restore() {
      let saved: SavedSource[];
      try {
        saved = await store.load();
      } catch (error) {
        console.warn("Katsuyaku: no rosters kept in this browser could be read", error);
        return 0;
      }
      for (const source of saved) {
        if (source.kind === "cells") {
          entries.set(source.name, {
            load: async () => ({
              cells: source.cells,
              firstRow: 1,
              firstColumn: 0,
              date1904: false,
            }),
          });
          sources.push(source);
          continue;
        }
        try {
          await addBytes(source.fileName, source.bytes);
          sources.push(source);
        } catch (error) {
          console.warn(`Katsuyaku: a kept roster could not be read again`, error);
        }
      }
      return sources.length;
    },
    async forget() {
      entries.clear();
      sources = [];
      marks = [];
      await store.clear();
    },
    async markCells(_sheet, newMarks) {
      // No sheet to colour: the pane lists the marks with the issues instead.
      marks = [...newMarks];
    },
    async selectCell() {
      // The pane highlights the chosen issue itself; there is no cell to select.
    },
    async createTemplateSheet() {
      // An .xlsx rather than a CSV: only a workbook can carry the drop-down lists.
      const { rosterTemplateXlsx } = await import("../../shared/sheets/roster-template-xlsx");
      downloadBytes(await rosterTemplateXlsx(), TEMPLATE_FILE_NAME, XLSX_TYPE);
      return TEMPLATE_FILE_NAME;
    },
    async writeResultSheets(sheets: readonly ResultSheet[]) {
      const { resultSheetsToXlsx } = await import("../../shared/sheets/result-sheets-xlsx");
      const bytes = await resultSheetsToXlsx([...sheets]);
      downloadBytes(bytes, RESULT_FILE_NAME, XLSX_TYPE);
      return { names: sheets.map((s) => s.name), notes: [] };
    },
  };
}
