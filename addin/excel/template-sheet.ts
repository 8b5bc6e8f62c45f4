import { rosterTemplate } from "../../shared/sheets/roster-template";
import { safeSheetName } from "../../shared/sheets/sheet-name";
import { areaAddress, LAST_ROW_INDEX } from "./cell-address";
import { freeName } from "./free-name";
import type { ExcelRun } from "./excel-run";
import { columnWidthPoints, formatHeading } from "./heading-format";
import type { ApiSupport } from "./requirements";

/** Template columns are wide enough for their header and a typical value. */
const TEMPLATE_WIDTH = 12;

function isNameClash(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { code?: unknown }).code === "ItemAlreadyExists"
  );
}

function fill(ws: Excel.Worksheet, supports: ApiSupport): void {
  const { headers, dropDowns } = rosterTemplate();
  const header = ws.getRangeByIndexes(0, 0, 1, headers.length);
  // Text format first: a header is a label, never a number or formula to interpret.
  header.numberFormat = [headers.map(() => "@")];
  header.values = [headers];
  formatHeading(header);
  header.format.columnWidth = columnWidthPoints(TEMPLATE_WIDTH);
  ws.freezePanes.freezeRows(1);
  // Range.dataValidation is ExcelApi 1.8, above the manifest's 1.7: older Excel gets the
  // sheet without drop-downs rather than a failed batch.
  if (!supports(8)) return;
  for (const { columnIndex, values } of dropDowns) {
    const column = ws.getRange(areaAddress(1, columnIndex, LAST_ROW_INDEX, columnIndex));
    column.dataValidation.rule = { list: { inCellDropDown: true, source: values.join(",") } };
    // A warning, not a stop: the reader accepts other spellings too (女, 正社員, 部長 …).
    column.dataValidation.errorAlert = {
      showAlert: true,
      style: "Warning",
      title: "名簿の値",
      message: `次から選んでください: ${values.join("、")}`,
    };
  }
}

/**
 * Adds a roster sheet with the template's headers, drop-down lists on the closed columns
 * (ExcelApi 1.8) and a frozen heading row, and activates it: one batch. An existing sheet is never overwritten:
 * when the name is taken (Excel refuses the batch), one batch finds the names in use and one
 * more creates the sheet under a free name.
 */
export async function createTemplateSheet(
  run: ExcelRun,
  name: string,
  supports: ApiSupport,
): Promise<string> {
  const wanted = safeSheetName(name, "社員名簿");
  const create = (sheetName: string): Promise<string> =>
    run(async (context) => {
      const ws = context.workbook.worksheets.add(sheetName);
      fill(ws, supports);
      ws.activate();
      await context.sync();
      return sheetName;
    });
  try {
    return await create(wanted);
  } catch (error) {
    if (!isNameClash(error)) throw error;
  }
  const taken = await run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    return sheets.items.map((s) => s.name);
  });
  return create(freeName(wanted, taken));
}
