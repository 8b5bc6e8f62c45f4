import fc from "fast-check";
import { buildResultSheets } from "../../../shared/sheets/build-result-sheets";
import { isValidSheetName, safeSheetName, SheetNamer } from "../../../shared/sheets/sheet-name";
import { PERIOD, snapshot } from "./fixtures";

describe("sheet names", () => {
  test("forbidden characters become _, quotes at the ends go, 31 units at most", () => {
    expect(safeSheetName("a[b]c:d*e?f/g\\h")).toBe("a_b_c_d_e_f_g_h");
    expect(safeSheetName("'営業'")).toBe("営業");
    expect(safeSheetName("あ".repeat(40))).toHaveLength(31);
    expect(safeSheetName("")).toBe("シート");
    expect(safeSheetName("History")).toBe("シート");
  });

  test("a surrogate pair is never cut in half", () => {
    const name = safeSheetName("a".repeat(30) + "𠮷𠮷");
    expect(name).toBe("a".repeat(30));
    expect(isValidSheetName(name)).toBe(true);
  });

  test("clashes are told apart case-insensitively and still fit", () => {
    const namer = new SheetNamer();
    expect(namer.name("Sales")).toBe("Sales");
    expect(namer.name("SALES")).toBe("SALES (2)");
    const long = "x".repeat(40);
    expect(namer.name(long)).toBe("x".repeat(31));
    expect(namer.name(long)).toBe(`${"x".repeat(27)} (2)`);
  });

  test("property: every built sheet name is valid and unique for any category names", () => {
    const category = fc.oneof(
      fc.string({ minLength: 1, maxLength: 40 }),
      fc.constantFrom("=1+1", "+cmd", "区分一覧", "管理職一覧", "'", "[]", "a".repeat(50)),
    );
    fc.assert(
      fc.property(fc.array(category, { minLength: 1, maxLength: 6 }), (categories) => {
        const roster = snapshot(
          "x",
          categories.map((c, i) => ({ id: `E${i}`, sex: "男性" as const, category: c })),
        );
        const workers = roster.read.workers;
        const targets = workers.length > 0 ? workers[0]!.category : "x";
        const sheets = buildResultSheets({
          application: roster,
          report: roster,
          app: {
            actions: ["A", "B", "C"],
            targets: { A: targets, B: targets, C: targets },
            period: PERIOD,
          },
        });
        const names = sheets.map((s) => s.name);
        for (const name of names) expect(isValidSheetName(name)).toBe(true);
        expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
      }),
    );
  });
});
