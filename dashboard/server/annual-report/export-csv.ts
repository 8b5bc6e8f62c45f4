import Papa from "papaparse";
import type { ReportDocument } from "./report-document";

/**
 * CSV for Japanese Excel: UTF-8 with a BOM (else Excel reads Shift_JIS and garbles it), CRLF,
 * and formula escaping, so a text typed as "=HYPERLINK(…)" stays text in a spreadsheet.
 * Heading rows carry the heading in the first column, like the printed table. The first line
 * names the organisation, as the annual report (seed 000) does above its table.
 */
export function reportCsv(document: ReportDocument): string {
  const data: string[][] = [
    [document.organisation, "", "", ""],
    [...document.columns],
    ...document.rows.map((row) =>
      row.kind === "heading"
        ? [row.text, "", "", ""]
        : [row.number, row.title, row.planText, row.achievement],
    ),
  ];
  return Papa.BYTE_ORDER_MARK + Papa.unparse(data, { escapeFormulae: true, newline: "\r\n" });
}
