import fc from "fast-check";
import iconv from "iconv-lite";
import { mergeIssues } from "../../../shared/roster/issue-order";
import { parseRoster } from "../../../shared/roster/parse-roster";
import {
  decodeCsv,
  malformedCsvIssues,
  parseCsv,
  readRosterCsv,
  streamCsv,
} from "../../../shared/roster/read-csv";
import { RosterBuilder } from "../../../shared/roster/roster-builder";
import type { Worker } from "../../../shared/roster/worker";
import { rosterSummarizer, summarizeRoster } from "../../../shared/evaluation/roster-summary";
import { TEMPLATE, VALID_ROW } from "./roster-cells";

/**
 * Issue 16 §13: readRosterCsv hands papaparse's rows to a RosterBuilder one at a time instead
 * of building the whole grid first. The grid path below is readRosterCsv as it was before;
 * on any file, however messy, both must give exactly the same workers, issues and counts.
 */
function readViaGrid(bytes: Uint8Array) {
  const { text, encoding } = decodeCsv(bytes);
  const { cells, problems } = parseCsv(text);
  const result = parseRoster(cells);
  result.issues = mergeIssues(result.issues, malformedCsvIssues(problems));
  return { ...result, encoding };
}

// ── messy roster files ──────────────────────────────────────────────────────────────────

const HEADERS = TEMPLATE.map(([, header]) => header);
/** A valid row, in template order. */
const VALUES = TEMPLATE.map(([key]) => VALID_ROW[key]);

/** Cell text a user's file really holds: valid values, near misses and outright junk. */
const messyCell = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...VALUES) },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      "",
      " ",
      "　",
      "女",
      "男性 ",
      "派遣",
      "有期",
      "役員",
      "部長級",
      "課長級",
      "一般",
      "はい",
      "いいえ",
      "都外",
      "未加入",
      "対象外",
      "令和7年4月1日",
      "R7.4.1",
      "2025/4/1",
      "20250401",
      "2025-02-30",
      "1900-01-01",
      "45000",
      "60",
      "２０，０００",
      "4,800,000",
      "-5",
      "12.5",
      "0",
      "99",
      "E001",
      "E002",
      "ｅ００１",
      "TRUE",
      "課長",
      "パートタイマー",
      "嘱託",
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom("a,b", 'say "hi"', "two\nlines", "cr\r\nlf") },
);

/** A header row: the template's, shuffled, trimmed short, padded or with a stranger. */
const header = fc.oneof(
  fc.constant(HEADERS),
  fc.shuffledSubarray(HEADERS, { minLength: 1 }),
  fc
    .tuple(fc.constant(HEADERS), fc.constantFrom("備考", "社員番号", " 性別 ", ""))
    .map(([h, extra]) => [...h, extra]),
);

const row = fc.oneof(
  { weight: 8, arbitrary: fc.array(messyCell, { minLength: 15, maxLength: 21 }) },
  { weight: 1, arbitrary: fc.constant([] as string[]) },
  { weight: 1, arbitrary: fc.array(messyCell, { maxLength: 4 }) },
);

function quote(cell: string, always: boolean): string {
  return always || /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

interface CsvShape {
  blankLead: number;
  header: string[];
  rows: string[][];
  newline: "\r\n" | "\n";
  quoteAll: boolean;
  delimiter: "," | "\t";
  /** Cut the file inside a quoted cell (papaparse's MissingQuotes). */
  unclosedAt: number | null;
  stray: string | null;
}

const csvShape: fc.Arbitrary<CsvShape> = fc.record({
  blankLead: fc.nat({ max: 2 }),
  header,
  rows: fc.array(row, { maxLength: 25 }),
  newline: fc.constantFrom("\r\n" as const, "\n" as const),
  quoteAll: fc.boolean(),
  delimiter: fc.constantFrom("," as const, "," as const, "\t" as const),
  unclosedAt: fc.option(fc.nat({ max: 30 })),
  stray: fc.option(fc.constantFrom('ab"c', '"x"y', '""', '"')),
});

function csvText(shape: CsvShape): string {
  const lines: string[] = Array.from({ length: shape.blankLead }, () => "");
  for (const cells of [shape.header, ...shape.rows]) {
    lines.push(cells.map((c) => quote(c, shape.quoteAll)).join(shape.delimiter));
  }
  if (shape.stray !== null) lines.splice(Math.min(lines.length, 3), 0, shape.stray);
  if (shape.unclosedAt !== null && shape.unclosedAt < lines.length) {
    lines[shape.unclosedAt] = `${lines[shape.unclosedAt]}${shape.delimiter}"never closed`;
  }
  return lines.join(shape.newline);
}

const encodings = ["utf-8", "utf-8-bom", "shift_jis", "utf-16le-bom"] as const;

function encode(text: string, encoding: (typeof encodings)[number]): Uint8Array {
  switch (encoding) {
    case "utf-8":
      return Buffer.from(text, "utf8");
    case "utf-8-bom":
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
    case "shift_jis":
      return iconv.encode(text, "cp932");
    case "utf-16le-bom":
      return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "utf-16le")]);
  }
}

describe("readRosterCsv streams rows: exactly the result of the whole grid", () => {
  it("property: messy roster files give the same workers, issues and counts", () => {
    fc.assert(
      fc.property(csvShape, fc.constantFrom(...encodings), (shape, encoding) => {
        const bytes = encode(csvText(shape), encoding);
        expect(readRosterCsv(bytes)).toStrictEqual(readViaGrid(bytes));
      }),
      { numRuns: 400 },
    );
  });

  it("property: random bytes give the same result", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(readRosterCsv(bytes)).toStrictEqual(readViaGrid(bytes));
      }),
      { numRuns: 300 },
    );
  });

  it("streamCsv delivers parseCsv's rows and complaints, numbered alike", () => {
    fc.assert(
      fc.property(csvShape, (shape) => {
        const text = csvText(shape);
        const rows: string[][] = [];
        const problems = streamCsv(text, (cells) => rows.push(cells));
        expect({ cells: rows, problems }).toStrictEqual(parseCsv(text));
      }),
      { numRuns: 300 },
    );
  });

  it("an unclosed quote is reported at its own row, after blank lines and quoted line breaks", () => {
    // Row 1 blank, row 2 the header, row 3 a worker whose name holds a line break, row 4
    // blank, row 5 the worker whose last cell opens a quote that never closes.
    const worker = (id: string, name: string) =>
      HEADERS.map((h, i) => (i === 0 ? id : i === 1 ? `"${name}"` : VALUES[i]!)).join(",");
    const text = [
      "",
      HEADERS.join(","),
      worker("E1", "山田\n花子"),
      "",
      `${worker("E2", "佐藤")},"x`,
    ];
    const result = readRosterCsv(Buffer.from(text.join("\r\n"), "utf8"));
    const malformed = result.issues.filter((i) => i.code === "MALFORMED_CSV");
    expect(malformed.map((i) => i.row)).toEqual([5]);
    expect(result).toStrictEqual(readViaGrid(Buffer.from(text.join("\r\n"), "utf8")));
  });

  it("property: a summary tallied while reading (onWorker) is summarizeRoster's, and keeps no workers", () => {
    const asOf = "2025-06-30";
    fc.assert(
      fc.property(csvShape, (shape) => {
        const bytes = encode(csvText(shape), "utf-8");
        const whole = readRosterCsv(bytes);
        const seen: Worker[] = [];
        const summarizer = rosterSummarizer(asOf);
        const streamed = readRosterCsv(bytes, {
          onWorker: (worker) => {
            seen.push(worker);
            summarizer.add(worker);
          },
        });
        expect(streamed.workers).toEqual([]);
        expect(seen).toStrictEqual(whole.workers);
        expect({ ...streamed, workers: whole.workers }).toStrictEqual(whole);
        expect(summarizer.summary(streamed)).toStrictEqual(summarizeRoster(whole, { asOf }));
      }),
      { numRuns: 300 },
    );
  });

  it("RosterBuilder numbers rows from firstRow and counts blank rows", () => {
    const builder = new RosterBuilder({ firstRow: 3 });
    builder.addRow([]);
    builder.addRow(HEADERS);
    builder.addRow(["", null, undefined]);
    builder.addRow(VALUES);
    const result = builder.finish();
    expect(result.rowCount).toBe(1);
    expect(result.workers.map((w) => [w.row, w.employeeId])).toEqual([[6, "E001"]]);
    expect(result.issues).toEqual([]);
  });

  it("a builder given no rows reports the empty roster at its first row", () => {
    const result = new RosterBuilder({ firstRow: 4 }).finish();
    expect(result.issues.map((i) => [i.code, i.row])).toEqual([["EMPTY_ROSTER", 4]]);
  });
});
