import fc from "fast-check";
import { fromDayNumber, toDayNumber, type CivilDate } from "../../../shared/dates/civil-date";
import { formatEraDate } from "../../../shared/roster/japanese-era";
import { parseRoster, type CellValue } from "../../../shared/roster/parse-roster";
import { readRosterCsv } from "../../../shared/roster/read-csv";
import type { RosterReadResult } from "../../../shared/roster/read-result";
import type { ColumnKey, Worker } from "../../../shared/roster/worker";
import { TEMPLATE } from "./roster-cells";

// ── invariants every result must satisfy ────────────────────────────────────────────────

function expectConsistent(result: RosterReadResult): void {
  for (let i = 1; i < result.issues.length; i++) {
    const a = result.issues[i - 1]!;
    const b = result.issues[i]!;
    const inOrder =
      a.row < b.row ||
      (a.row === b.row && (a.columnIndex ?? Infinity) <= (b.columnIndex ?? Infinity));
    expect(inOrder).toBe(true);
  }
  const rows = [...result.workers.map((w) => w.row), ...result.rejectedRows];
  expect(new Set(rows).size).toBe(rows.length);
  expect(rows.length).toBe(result.rowCount);
  for (const issue of result.issues) {
    expect(issue.messageJa.length).toBeGreaterThan(0);
    expect(issue.messageEn.length).toBeGreaterThan(0);
  }
}

// ── garbage ─────────────────────────────────────────────────────────────────────────────

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const controlChars = fc
  .array(fc.integer({ min: 0, max: 0x1f }), { maxLength: 5 })
  .map((cs) => String.fromCharCode(...cs));
const garbageCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.constantFrom(
    "😀",
    "👩‍💼",
    "女\u0000性",
    "\uFEFF",
    "２０，０００",
    "令和元年4月30日",
    "60",
    "-",
    "△",
    "¥",
    "円",
    "TRUE",
  ),
  loneSurrogate,
  controlChars,
  fc.integer({ min: 1000, max: 30000 }).map((n) => "あ".repeat(n)),
  fc.constantFrom(...TEMPLATE.map(([, h]) => h)),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constantFrom(null, undefined, ""),
);
const garbageSheet = fc.array(fc.array(garbageCell, { maxLength: 20 }), { maxLength: 12 });
const templateHeader: CellValue[] = TEMPLATE.map(([, h]) => h);

describe("property: garbage never throws", () => {
  it("random cells, with or without a real header row", () => {
    fc.assert(
      fc.property(garbageSheet, fc.boolean(), fc.boolean(), (rows, withHeader, date1904) => {
        const cells = withHeader ? [templateHeader, ...rows] : rows;
        expectConsistent(parseRoster(cells, { date1904 }));
      }),
      { numRuns: 300 },
    );
  });

  it("random bytes as a CSV file", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        expectConsistent(readRosterCsv(bytes));
      }),
      { numRuns: 300 },
    );
  });
});

// ── valid rosters, written in every accepted way ────────────────────────────────────────

/** A cell and the value parseRoster must read from it. */
type Written<T> = fc.Arbitrary<readonly [CellValue, T]>;

const spelled = <T>(...options: (readonly [string, T])[]): Written<T> =>
  fc.constantFrom(...options);

const FIRST_DAY = toDayNumber("1950-01-01");
const LAST_DAY = toDayNumber("2035-12-31");

const writtenDate: Written<CivilDate> = fc
  .tuple(
    fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
    fc.integer({ min: 0, max: 7 }),
    fc.boolean(),
  )
  .map(([day, style, pad]) => {
    const date = fromDayNumber(day);
    const [y, m, d] = date.split("-");
    const mm = pad ? m! : String(Number(m));
    const dd = pad ? d! : String(Number(d));
    const serial = day - toDayNumber("1899-12-30");
    const cells: CellValue[] = [
      date,
      `${y}/${mm}/${dd}`,
      `${y}.${mm}.${dd} 0:00:00`,
      `${y}年${mm}月${dd}日`,
      `${y}${m}${d}`,
      formatEraDate(date)!,
      serial,
      String(serial),
    ];
    return [cells[style]!, date] as const;
  });

const writtenAmount: Written<number> = fc
  .tuple(fc.integer({ min: 0, max: 2_000_000_000 }), fc.integer({ min: 0, max: 4 }))
  .map(([n, style]) => {
    const grouped = n.toLocaleString("en-US");
    const fullWidth = grouped.replace(/[0-9,]/g, (c) =>
      String.fromCharCode(c.charCodeAt(0) + 0xfee0),
    );
    const cells: CellValue[] = [String(n), grouped, fullWidth, `¥${grouped}`, n];
    return [cells[style]!, n] as const;
  });

const writtenHours: Written<number> = fc
  .tuple(fc.integer({ min: 1, max: 160 }), fc.boolean())
  .map(([half, asNumber]) => [asNumber ? half / 2 : String(half / 2), half / 2] as const);

const writtenId = (i: number): Written<string> =>
  fc.constantFrom(
    [`E${i}`, `E${i}`] as const,
    [`Ｅ${i}`, `E${i}`] as const,
    [i + 1000, String(i + 1000)] as const,
  );

const optional = <T>(written: Written<T>): Written<T | undefined> =>
  fc.oneof(written, fc.constant(["", undefined] as const));

function writtenRow(i: number): fc.Arbitrary<Record<ColumnKey, readonly [CellValue, unknown]>> {
  return fc.record({
    employeeId: writtenId(i),
    name: fc.constantFrom(["山田 花子", "山田 花子"] as const, ["", undefined] as const),
    gender: spelled(
      ["女性", "woman"],
      ["女", "woman"],
      ["F", "woman"],
      ["female", "woman"],
      ["男性", "man"],
      ["M", "man"],
      ["Male", "man"],
    ),
    category: spelled(["総合職", "総合職"], ["ﾊﾟｰﾄﾀｲﾏｰ", "パートタイマー"], [" 技術職 ", "技術職"]),
    employmentType: spelled(
      ["正規", "regular"],
      ["正社員", "regular"],
      ["非正規", "nonRegular"],
      ["ﾊﾟｰﾄ", "nonRegular"],
      ["アルバイト", "nonRegular"],
      ["契約社員", "nonRegular"],
      ["嘱託", "nonRegular"],
      ["派遣", "dispatched"],
    ),
    term: optional(spelled(["無期", "indefinite"], ["有期", "fixed"])),
    hireDate: optional(writtenDate),
    grade: spelled(
      ["役員", "officer"],
      ["部長級", "director"],
      ["課長級", "sectionChief"],
      ["係長級", "subsectionChief"],
      ["一般", "none"],
    ),
    officerEmployee: optional(spelled(["はい", true], ["いいえ", false])),
    expectedOneYear: optional(spelled(["はい", true], ["no", false])),
    positionTitle: optional(spelled(["係長", "係長"], ["ﾘｰﾀﾞｰ", "リーダー"])),
    appointmentDate: optional(writtenDate),
    positionAllowance: fc.oneof(writtenAmount, fc.constant(["", 0] as const)),
    retirementPlan: optional(spelled(["対象", true], ["対象外", false])),
    workplace: optional(spelled(["都内", "tokyo"], ["都外", "outside"])),
    employmentInsurance: optional(spelled(["加入", true], ["未加入", false])),
    trainingDate: optional(writtenDate),
    annualWage: optional(writtenAmount),
    weeklyHours: optional(writtenHours),
  });
}

interface ValidSheet {
  cells: CellValue[][];
  expected: Worker[];
  /** Spreadsheet row and 0-based column of each template key, for damaging cells. */
  columnOf: Record<ColumnKey, number>;
  rows: number[];
}

/** Valid rows under a shuffled header with extra columns, blank rows scattered between. */
const validSheet: fc.Arbitrary<ValidSheet> = fc
  .tuple(
    fc.integer({ min: 1, max: 25 }),
    fc.shuffledSubarray([...TEMPLATE.map(([key]) => key), "備考", "メモ"] as const, {
      minLength: 21,
      maxLength: 21,
    }),
  )
  .chain(([count, order]) =>
    fc.tuple(
      fc.tuple(...Array.from({ length: count }, (_, i) => writtenRow(i))),
      fc.array(fc.boolean(), { minLength: count, maxLength: count }),
      fc.constant(order),
    ),
  )
  .map(([written, blankBefore, order]) => {
    const headerOf = Object.fromEntries(TEMPLATE) as Record<string, string>;
    const cells: CellValue[][] = [order.map((key) => headerOf[key] ?? key)];
    const expected: Worker[] = [];
    const rows: number[] = [];
    written.forEach((row, i) => {
      if (blankBefore[i]) cells.push([]);
      cells.push(order.map((key) => (key in row ? row[key as ColumnKey][0] : "memo")));
      const worker: Record<string, unknown> = { row: cells.length };
      for (const [key] of TEMPLATE) worker[key] = row[key][1];
      expected.push(worker as unknown as Worker);
      rows.push(cells.length);
    });
    const columnOf = Object.fromEntries(order.map((key, i) => [key, i])) as Record<
      ColumnKey,
      number
    >;
    return { cells, expected, columnOf, rows };
  });

describe("property: valid rosters", () => {
  it("give exactly one Worker per row, with the written values, and no errors", () => {
    fc.assert(
      fc.property(validSheet, ({ cells, expected }) => {
        const result = parseRoster(cells);
        expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
        expect(result.workers).toEqual(expected);
        expect(result.rowCount).toBe(expected.length);
        expect(result.extraHeaders.sort()).toEqual(["メモ", "備考"]);
        expectConsistent(result);
      }),
      { numRuns: 200 },
    );
  });
});

// ── deliberately broken cells ───────────────────────────────────────────────────────────

const BROKEN: Partial<Record<ColumnKey, readonly CellValue[]>> = {
  employeeId: ["", "  "],
  gender: ["X", "女性?", true, 1, ""],
  category: ["", "\u3000"],
  employmentType: ["出向", false, ""],
  // A blank 職階 is 一般 since issue 16 (a grouped warning), so blanks are not broken here.
  grade: ["社長", 3],
  officerEmployee: ["多分", 1],
  expectedOneYear: ["未定"],
  term: ["永年"],
  hireDate: ["2025-02-29", "平成31年5月1日", "令和元年4月30日", "abc", 60, "0", true],
  appointmentDate: ["2025/13/1", "R1.4.30"],
  trainingDate: ["20250230", "yesterday"],
  positionAllowance: ["-5", "△5", "1.5", "abc", -1, 0.25],
  retirementPlan: ["はい"],
  workplace: ["東京", true],
  employmentInsurance: ["済"],
  annualWage: ["▲1", "1,5", "12.5", "x"],
  weeklyHours: ["0", "-1", "abc", "169", 0],
};
const breakable = Object.keys(BROKEN) as ColumnKey[];

describe("property: every broken cell is reported at its row and column", () => {
  it("whatever else is broken in the sheet", () => {
    const damaged = validSheet.chain((valid) =>
      fc.tuple(
        fc.constant(valid),
        fc.uniqueArray(
          fc.tuple(fc.constantFrom(...valid.rows), fc.constantFrom(...breakable), fc.nat()),
          { minLength: 1, maxLength: 12, selector: ([row, key]) => `${row}:${key}` },
        ),
      ),
    );
    fc.assert(
      fc.property(damaged, ([{ cells, columnOf }, breaks]) => {
        for (const [row, key, pick] of breaks) {
          const options = BROKEN[key]!;
          cells[row - 1]![columnOf[key]] = options[pick % options.length];
        }
        const result = parseRoster(cells);
        const errorAt = new Set(
          result.issues
            .filter((i) => i.severity === "error")
            .map((i) => `${i.row}:${i.columnIndex}`),
        );
        const broken = new Set(breaks.map(([row, key]) => `${row}:${columnOf[key]}`));
        expect([...broken].filter((place) => !errorAt.has(place))).toEqual([]);
        // …and nothing valid is blamed.
        expect([...errorAt].filter((place) => !broken.has(place))).toEqual([]);
        const requiredBroken = new Set(
          breaks
            .filter(([, key]) =>
              ["employeeId", "gender", "category", "employmentType", "grade"].includes(key),
            )
            .map(([row]) => row),
        );
        expect(result.rejectedRows).toEqual([...requiredBroken].sort((a, b) => a - b));
        expectConsistent(result);
      }),
      { numRuns: 200 },
    );
  });
});
