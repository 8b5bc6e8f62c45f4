import { formatFigure } from "./format-figure";
import type { ReportDocument } from "./report-document";
import { REPORT_DOCUMENT_JA } from "../messages/annual-report-text";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * A self-contained page to print (A4 landscape): the header row repeats on every page, rows do
 * not break across pages, and nothing is loaded from elsewhere (the response forbids it).
 */
export function reportHtml(document: ReportDocument): string {
  const e = escapeHtml;
  const body = document.rows
    .map((row) =>
      row.kind === "heading"
        ? `<tr class="heading level-${row.level}"><th colspan="4" scope="colgroup">${e(row.text)}</th></tr>`
        : `<tr><td class="number">${e(row.number)}</td><td>${e(row.title)}</td><td>${e(row.planText)}</td><td>${e(row.achievement)}</td></tr>`,
    )
    .join("\n");
  const annexHead = document.annex.header.map((h) => `<th scope="col">${e(h)}</th>`).join("");
  const annexRows = document.annex.rows
    .map(
      ({ label, cells }) =>
        `<tr><th scope="row">${e(label)}</th>${cells
          .map((c) => `<td class="num">${e(formatFigure(c.figure, c.digits))}</td>`)
          .join("")}</tr>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>${e(document.title)}</title>
<style>
  @page { size: A4 landscape; margin: 12mm; }
  body { font-family: "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", sans-serif; font-size: 10.5pt; color: #000; margin: 0 auto; max-width: 277mm; }
  h1 { font-size: 14pt; margin: 0 0 4mm; }
  h2 { font-size: 12pt; margin: 8mm 0 3mm; break-after: avoid; }
  p.programme { margin: 0 0 4mm; }
  table { border-collapse: collapse; width: 100%; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  th, td { border: 0.5pt solid #000; padding: 1.5mm 2mm; vertical-align: top; text-align: left; }
  thead th { background: #e8e8e8; }
  tr.heading th { background: #f4f4f4; font-weight: bold; }
  td.number { white-space: nowrap; text-align: center; width: 4em; }
  td.num { text-align: right; white-space: nowrap; }
  table.plan col.title { width: 14%; } table.plan col.plan { width: 38%; } table.plan col.achievement { width: 42%; }
  .annex { page-break-before: always; break-before: page; }
  ul.notes { font-size: 9pt; padding-left: 1.2em; }
</style>
</head>
<body>
<h1>${e(document.title)}</h1>
<p class="programme">${e(document.programme)}</p>
<table class="plan">
<colgroup><col class="number"><col class="title"><col class="plan"><col class="achievement"></colgroup>
<thead><tr>${document.columns.map((c) => `<th scope="col">${e(c)}</th>`).join("")}</tr></thead>
<tbody>
${body}
</tbody>
</table>
<section class="annex">
<h2>${e(REPORT_DOCUMENT_JA.annexTitle(String(document.fiscalYear)))}</h2>
<table>
<thead><tr>${annexHead}</tr></thead>
<tbody>
${annexRows}
</tbody>
</table>
<ul class="notes">
${document.notes.map((n) => `<li>${e(n)}</li>`).join("\n")}
</ul>
</section>
</body>
</html>
`;
}
