import Papa from "papaparse";
import type { RosterIssue } from "./issue";
import { mergeIssues } from "./issue-order";
import { malformedCsv } from "./layout-messages";
import type { RosterReadResult } from "./read-result";
import { RosterBuilder, type RosterBuilderOptions } from "./roster-builder";

export type CsvEncoding = "utf-8" | "shift_jis" | "utf-16le" | "utf-16be";

/**
 * UTF-16 without a BOM: text whose every other byte is NUL (the high byte of ASCII commas,
 * digits and line ends: at odd offsets in little-endian, even ones in big-endian). Real CSV
 * never holds NUL, so a handful of them in the first bytes settles it before the UTF-8 check
 * would accept them.
 */
function looksUtf16(bytes: Uint8Array, firstNul: 0 | 1): boolean {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 4) return false;
  let nuls = 0;
  for (let i = firstNul; i < n; i += 2) if (bytes[i] === 0) nuls++;
  return nuls * 4 >= n;
}

/**
 * Decodes a CSV file, detecting rather than asking the encoding: a BOM decides; otherwise
 * bytes that are valid UTF-8 are UTF-8 (Shift_JIS Japanese almost never is), and anything
 * else is what Japanese Excel saves: Shift_JIS, decoded as CP932 (①, 髙 and NEC/IBM extensions).
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes), encoding: "utf-16le" };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes), encoding: "utf-16be" };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes), encoding: "utf-8" };
  }
  if (looksUtf16(bytes, 1)) {
    return { text: new TextDecoder("utf-16le").decode(bytes), encoding: "utf-16le" };
  }
  if (looksUtf16(bytes, 0)) {
    return { text: new TextDecoder("utf-16be").decode(bytes), encoding: "utf-16be" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // WHATWG's "shift_jis" decoder is CP932 (windows-31j), which is what Excel writes.
    return { text: new TextDecoder("shift_jis").decode(bytes), encoding: "shift_jis" };
  }
}

// The header line decides; looking further only costs time on a big file.
const SNIFF_LIMIT = 1 << 16;

/**
 * Comma or tab, whichever the first line with either uses more (outside quotes). papaparse
 * can guess too, but its guess splits the whole file once per candidate delimiter.
 */
export function detectDelimiter(text: string): "," | "\t" {
  let tabs = 0;
  let commas = 0;
  let quoted = false;
  const end = Math.min(text.length, SNIFF_LIMIT);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 0x09) tabs++;
    else if (c === 0x2c) commas++;
    else if (c === 0x0a && tabs + commas > 0) break;
  }
  return tabs > commas ? "\t" : ",";
}

/** A structural problem papaparse met, at a spreadsheet row (header = 1). */
export interface CsvProblem {
  row: number;
  detail: string;
}

function csvProblem(error: Papa.ParseError, row: number): CsvProblem {
  return {
    row,
    detail:
      error.code === "MissingQuotes" ? '閉じられていない「"」 / unclosed quote' : error.message,
  };
}

/** Splits CSV text into cells, keeping papaparse's complaints: a lost quote swallows rows. */
export function parseCsv(text: string): { cells: string[][]; problems: CsvProblem[] } {
  const parsed = Papa.parse<string[]>(text, {
    delimiter: detectDelimiter(text),
    skipEmptyLines: false,
  });
  const problems = parsed.errors
    .filter((e) => e.type === "Quotes")
    .map((e) => csvProblem(e, (e.row ?? 0) + 1));
  return { cells: parsed.data, problems };
}

/**
 * parseCsv without the grid: each row goes to `onRow` as papaparse splits it, so a big file's
 * cells become garbage row by row instead of all living until the roster is read. The same
 * parser runs over the same whole text, so the rows and complaints are parseCsv's; papaparse
 * numbers a step's errors within the step, hence the count kept here.
 */
export function streamCsv(text: string, onRow: (cells: string[]) => void): CsvProblem[] {
  const problems: CsvProblem[] = [];
  let rowIndex = 0;
  Papa.parse<string[]>(text, {
    delimiter: detectDelimiter(text),
    skipEmptyLines: false,
    step: (results) => {
      const { errors } = results;
      for (let i = 0; i < errors.length; i++)
        if (errors[i]!.type === "Quotes") problems.push(csvProblem(errors[i]!, rowIndex + 1));
      onRow(results.data);
      rowIndex++;
    },
  });
  return problems;
}

/** Splits CSV text into cells. Blank lines are kept so row numbers match Excel's. */
export function csvToCells(text: string): string[][] {
  return parseCsv(text).cells;
}

/** The MALFORMED_CSV errors for what papaparse could not split (an unclosed quote, …). */
export function malformedCsvIssues(problems: readonly CsvProblem[]): RosterIssue[] {
  return problems.map((p) => ({
    severity: "error",
    code: "MALFORMED_CSV",
    row: p.row,
    column: "",
    ...malformedCsv(p.detail),
  }));
}

/** Reads a roster CSV file's bytes, row by row (see streamCsv). */
export function readRosterCsv(
  bytes: Uint8Array,
  options: Pick<RosterBuilderOptions, "onWorker"> = {},
): RosterReadResult & { encoding: CsvEncoding } {
  const { text, encoding } = decodeCsv(bytes);
  const builder = new RosterBuilder(options);
  const problems = streamCsv(text, (cells) => builder.addRow(cells));
  const result = builder.finish();
  result.issues = mergeIssues(result.issues, malformedCsvIssues(problems));
  return { ...result, encoding };
}
