import { Workbook, type DataValidation, type Worksheet } from "exceljs";
import { rosterTemplate } from "./roster-template";

/** Rows 2–1001 carry the drop-downs: enough for the companies this grant is for. */
export const TEMPLATE_DATA_ROWS = 1000;
export const TEMPLATE_SHEET_NAME = "社員名簿";

const HEADING_FILL = "FFE7E6E6";
/** Text format: keeps leading zeros of a 社員番号 such as 00123. */
const TEXT_FORMAT = "@";

/**
 * The instruction rides on the first header cell as a note, not on a second sheet: the pane
 * reads every sheet of a dropped workbook as a roster, and an instruction sheet would be
 * taken for the report roster.
 */
const INSTRUCTION = [
  "1行目の見出しは変えずに、2行目から1人1行で入力してください。",
  "性別・雇用形態・職階などの列は、セルの▼から値を選べます。",
  "職階が空欄の行は「一般」として扱います。",
  "役員は「使用人兼務」が「はい」の人だけ従業員として数えます。",
  "有期雇用で1年以上雇用する見込みの人は「1年以上雇用見込み」を「はい」にしてください。",
  "申請時と実績報告時の名簿は、別のシートかファイルにしてください。",
  "氏名は任意です。ブックの外には出ません。",
].join("\n");

/** `ExcelJS` keeps sheet-level validations in `dataValidations`, which its typings leave out. */
interface RangeValidations {
  dataValidations: { add(address: string, validation: DataValidation): void };
}

/** "A", …, "Z", "AA": the template has 17 columns, but nothing here assumes fewer than 27. */
function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Full-width headers need about two width units per character. */
function widthFor(header: string): number {
  return Math.max(12, header.length * 2 + 2);
}

function addDropDowns(ws: Worksheet): void {
  const { headers, dropDowns } = rosterTemplate();
  const validations = (ws as Worksheet & RangeValidations).dataValidations;
  for (const { columnIndex, values } of dropDowns) {
    const letter = columnLetter(columnIndex);
    const list = values.join(",");
    // A warning, not a stop, as in the Excel pane: the reader accepts other spellings too.
    validations.add(`${letter}2:${letter}${TEMPLATE_DATA_ROWS + 1}`, {
      type: "list",
      allowBlank: true,
      formulae: [`"${list}"`],
      showErrorMessage: true,
      errorStyle: "warning",
      errorTitle: "名簿の値",
      error: `次から選んでください: ${values.join("、")}`,
      showInputMessage: true,
      promptTitle: headers[columnIndex],
      prompt: values.join(" / "),
    });
  }
}

/**
 * The roster template as an .xlsx for the pane without Excel: the headers of
 * {@link rosterTemplate} in a bold, frozen first row, and its drop-down lists on the
 * closed-value columns, so the file matches the sheet the Excel pane creates.
 */
export async function rosterTemplateXlsx(): Promise<Uint8Array> {
  const { headers } = rosterTemplate();
  const workbook = new Workbook();
  workbook.creator = "Katsuyaku";
  const ws = workbook.addWorksheet(TEMPLATE_SHEET_NAME, {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1 }],
  });
  headers.forEach((header, i) => {
    const column = ws.getColumn(i + 1);
    column.width = widthFor(header);
    if (header === "社員番号") column.numFmt = TEXT_FORMAT;
  });
  const row = ws.getRow(1);
  headers.forEach((header, i) => {
    const cell = row.getCell(i + 1);
    cell.value = header;
    cell.numFmt = TEXT_FORMAT;
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADING_FILL } };
  });
  row.getCell(1).note = INSTRUCTION;
  addDropDowns(ws);
  const buffer = await workbook.xlsx.writeBuffer();
  // Node hands back a Buffer, browsers an ArrayBuffer: both become a plain Uint8Array.
  return new Uint8Array(buffer as unknown as ArrayBuffer);
}
