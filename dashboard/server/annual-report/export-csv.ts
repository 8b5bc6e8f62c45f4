import Papa from "papaparse";
import { formulaSafeText } from "../../../shared/sheets/formula-safe-text";
import type { ReportDocument } from "./report-document";

/**
 * CSV for Japanese Excel: UTF-8 with a BOM (else Excel reads Shift_JIS and garbles it), CRLF,
 * and formula escaping of every cell by its first character (formula-safe-text.ts), so a text
 * typed as "=HYPERLINK(…)
…" stays text in a spreadsheet. papaparse's own escapeFormulae is
 * not used: its pattern misses any text with a line break.
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
  const safe = data.map((row) => row.map(formulaSafeText));
  // An escaped cell is also quoted, as papaparse's own escaping did (and OWASP advises).
  return (
    Papa.BYTE_ORDER_MARK +
    Papa.unparse(safe, {
      newline: "\r\n",
      quotes: (value: unknown) => typeof value === "string" && value.startsWith("'"),
    })
  );
}
