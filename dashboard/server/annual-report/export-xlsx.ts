import ExcelJS from "exceljs";
import { sheetSafeText } from "../../../shared/sheets/formula-safe-text";
import { xmlSafeText } from "../../../shared/sheets/xml-safe-text";
import { formatFigure } from "./format-figure";
import type { ReportDocument } from "./report-document";
import { REPORT_DOCUMENT_JA } from "../messages/annual-report-text";

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/**
 * The report as a workbook laid out for printing: A4 landscape, one page wide, the column
 * header repeated on each page, wrapped text, page numbers in the footer. Cell values are
 * plain strings, never formulas, so edited text cannot run as a formula.
 */
export async function reportXlsx(document: ReportDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Katsuyaku";
  // Document properties are XML too: a character XML cannot hold there breaks the file.
  workbook.title = xmlSafeText(document.title);

  const sheet = workbook.addWorksheet(REPORT_DOCUMENT_JA.sheetPlan, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: "3:3",
    },
    headerFooter: { oddFooter: "&C&P / &N" },
    views: [{ state: "frozen", ySplit: 3 }],
  });
  sheet.columns = [{ width: 8 }, { width: 22 }, { width: 60 }, { width: 70 }];

  sheet.mergeCells("A1:D1");
  sheet.getCell("A1").value = sheetSafeText(document.title);
  sheet.getCell("A1").font = { bold: true, size: 14 };
  sheet.mergeCells("A2:D2");
  sheet.getCell("A2").value = sheetSafeText(document.programme);

  const header = sheet.getRow(3);
  header.values = document.columns.map(sheetSafeText);
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8E8E8" } };
    cell.border = THIN;
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  });

  for (const row of document.rows) {
    if (row.kind === "heading") {
      const added = sheet.addRow([sheetSafeText(row.text)]);
      sheet.mergeCells(added.number, 1, added.number, 4);
      const cell = added.getCell(1);
      cell.font = { bold: true };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF4F4F4" } };
      cell.border = THIN;
      cell.alignment = { vertical: "top", wrapText: true };
    } else {
      // Edited texts may carry pasted characters XML cannot hold; left in, Excel refuses the file.
      const added = sheet.addRow([
        sheetSafeText(row.number),
        sheetSafeText(row.title),
        sheetSafeText(row.planText),
        sheetSafeText(row.achievement),
      ]);
      added.eachCell({ includeEmpty: true }, (cell, column) => {
        cell.border = THIN;
        cell.alignment = {
          vertical: "top",
          wrapText: true,
          horizontal: column === 1 ? "center" : "left",
        };
      });
    }
  }

  const annex = workbook.addWorksheet(REPORT_DOCUMENT_JA.sheetAnnex, {
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "2:2",
    },
    headerFooter: { oddFooter: "&C&P / &N" },
  });
  annex.getCell("A1").value = REPORT_DOCUMENT_JA.annexTitle(String(document.fiscalYear));
  annex.getCell("A1").font = { bold: true, size: 12 };
  annex.columns = document.annex.header.map((_, i) => ({ width: i === 0 ? 10 : 14 }));
  const annexHeader = annex.getRow(2);
  annexHeader.values = document.annex.header;
  annexHeader.eachCell((cell) => {
    cell.font = { bold: true };
    cell.border = THIN;
    cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  });
  for (const { label, cells } of document.annex.rows) {
    // Numbers stay numbers (so they can be summed in Excel); "X" and "-" are text.
    const added = annex.addRow([
      label,
      ...cells.map(({ figure }) =>
        figure.value !== null && !figure.suppressed ? figure.value : formatFigure(figure),
      ),
    ]);
    added.eachCell({ includeEmpty: true }, (cell, column) => {
      cell.border = THIN;
      cell.alignment = { horizontal: column === 1 ? "left" : "right" };
      const digits = cells[column - 2]?.digits;
      if (column > 1 && typeof cell.value === "number") {
        cell.numFmt = digits === 1 ? "0.0" : "#,##0";
      }
    });
  }
  annex.addRow([]);
  for (const note of document.notes) annex.addRow([note]);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
