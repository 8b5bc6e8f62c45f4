import fc from "fast-check";
import { COLUMNS } from "../../shared/roster/columns";
import { parseRoster, type CellValue } from "../../shared/roster/parse-roster";
import type { RosterReadResult } from "../../shared/roster/read-result";
import { sheet, TEMPLATE } from "../shared/roster/roster-cells";
import { FORMULAS, hostileCell } from "./hostile-cells";

/**
 * A valid roster with hostile values planted in random cells. Whatever is planted, parseRoster
 * does not throw, rejects only rows that were touched, and says for every rejected row where
 * (row and column, as Excel shows them) and why (both languages).
 */
const ROWS = 12;
const plant = fc.array(
  fc.record({
    row: fc.integer({ min: 0, max: ROWS - 1 }),
    column: fc.integer({ min: 0, max: TEMPLATE.length - 1 }),
    value: hostileCell,
  }),
  { minLength: 1, maxLength: 8 },
);

function plantedSheet(planted: { row: number; column: number; value: CellValue }[]) {
  const cells = sheet(Array.from({ length: ROWS }, () => ({})));
  for (const p of planted) cells[p.row + 1]![p.column] = p.value;
  return cells;
}

function expectRejectionsExplained(result: RosterReadResult, touchedRows: Set<number>): void {
  for (const row of result.rejectedRows) {
    expect(touchedRows.has(row)).toBe(true);
    const errors = result.issues.filter((i) => i.row === row && i.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    for (const issue of errors) {
      expect(issue.column.length).toBeGreaterThan(0);
      expect(issue.messageJa.length).toBeGreaterThan(0);
      expect(issue.messageEn.length).toBeGreaterThan(0);
    }
  }
  for (const issue of result.issues) {
    // An issue copies at most 200 characters of the offending value (plus an ellipsis).
    expect((issue.value ?? "").length).toBeLessThanOrEqual(201);
    if (issue.row > 1 && issue.severity === "error") expect(issue.columnIndex).toBeDefined();
  }
}

describe("fuzz: hostile roster cells", () => {
  it("never throws; every rejected row is a touched row, explained by row and column", () => {
    fc.assert(
      fc.property(plant, fc.boolean(), (planted, date1904) => {
        const result = parseRoster(plantedSheet(planted), { date1904 });
        // Spreadsheet rows: header is row 1, so data row i is row i + 2.
        expectRejectionsExplained(result, new Set(planted.map((p) => p.row + 2)));
        expect(result.rowCount).toBe(ROWS);
      }),
      { numRuns: 400 },
    );
  });

  it("a formula in a date, amount, hours or enum column is an error at exactly that cell", () => {
    const typed = COLUMNS.map((c, index) => ({ ...c, index })).filter((c) => c.kind !== "text");
    fc.assert(
      fc.property(
        fc.constantFrom(...typed),
        fc.constantFrom(...FORMULAS.filter((f) => !/^[-+]?\d/.test(f) && !f.startsWith("-"))),
        fc.integer({ min: 0, max: ROWS - 1 }),
        (column, formula, row) => {
          const result = parseRoster(plantedSheet([{ row, column: column.index, value: formula }]));
          const here = result.issues.filter(
            (i) => i.row === row + 2 && i.columnIndex === column.index && i.severity === "error",
          );
          expect(here.length).toBe(1);
          expect(here[0]!.column).toBe(column.header);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("a formula in a free-text column stays inert text (never evaluated, never an error)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...FORMULAS), fc.integer({ min: 0, max: ROWS - 1 }), (f, row) => {
        const result = parseRoster(plantedSheet([{ row, column: 8, value: f }])); // 役職名
        expect(result.rejectedRows).toEqual([]);
        expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  it("numbers where text belongs and text where numbers belong, in every column", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: TEMPLATE.length - 1 }),
        fc.oneof(fc.double(), fc.integer(), fc.string({ maxLength: 8 })),
        (column, value) => {
          const result = parseRoster(plantedSheet([{ row: 3, column, value }]));
          expectRejectionsExplained(result, new Set([5]));
        },
      ),
      { numRuns: 400 },
    );
  });
});
