import { xmlSafeText } from "./xml-safe-text";

/**
 * Characters that make a spreadsheet read a cell as a formula when they come first (OWASP's
 * CSV injection list plus LF, and the full-width forms Japanese Excel also accepts). Whatever
 * follows — including line breaks, which papaparse's escapeFormulae pattern stops at — the
 * first character alone decides.
 */
const FORMULA_START = /^[=+\-@\t\r\n＝＋－＠]/;

export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/**
 * The text as a cell of any export may carry it: a leading apostrophe before a formula start,
 * so Excel, LibreOffice and Sheets show text instead of running it. THE one escaping of user
 * text for every CSV and .xlsx the dashboard writes and every result sheet of the add-in.
 */
export function formulaSafeText(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}

/**
 * For .xlsx cells: first drop what XML cannot hold, then escape — in that order, because
 * dropping a leading control character can bring a "=" to the front.
 */
export function sheetSafeText(text: string): string {
  return formulaSafeText(xmlSafeText(text));
}
