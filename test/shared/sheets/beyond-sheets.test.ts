import { publishFigures } from "../../../shared/rules/publish-figures";
import { wageGapBreakdown } from "../../../shared/rules/wage-gap-breakdown";
import { publishFiguresSheet } from "../../../shared/sheets/publish-figures-sheet";
import { wageGapBreakdownSheet } from "../../../shared/sheets/wage-gap-breakdown-sheet";
import { many, roster } from "../rules/roster-factory";

const workers = roster(
  ...many(3, "D", { grade: "director", hireDate: "2005-04-01", annualWage: 10_000_000 }),
  ...many(3, "W", { gender: "woman", hireDate: "2023-04-01", annualWage: 4_000_000 }),
  ...many(3, "M", { hireDate: "2023-04-01", annualWage: 5_000_000 }),
);

describe("公表データ sheet", () => {
  const sheet = publishFiguresSheet(publishFigures(workers, "2025-10-01"));
  const row = (label: string) => sheet.rows.find((r) => r[0] === label);

  it("lists the database items in the form's order with figure, unit and counts", () => {
    expect(sheet.name).toBe("公表データ");
    expect(row("労働者に占める女性労働者の割合")).toEqual([
      "労働者に占める女性労働者の割合",
      33.3,
      "%",
      "女性 3 人 / 9 人",
      "",
    ]);
    // 3 of 3 managers are men → 0.0, a figure, not a blank.
    expect(row("管理職に占める女性労働者の割合")?.[1]).toBe(0);
    expect(row("男女の賃金の差異（全労働者）")?.[1]).toBe(53.3);
  });

  it("shows a missing item as — with the reason, and the 説明欄 notes below", () => {
    const officers = row("役員に占める女性の割合")!;
    expect(officers[1]).toBe("—");
    expect(String(officers[4])).toContain("役員がいない");
    // Non-regular: nobody → no figure, never 0.
    expect(row("男女の賃金の差異（パート・有期労働者）")?.[1]).toBe("—");
    const texts = sheet.rows.map((r) => String(r[0] ?? ""));
    expect(texts.some((t) => t.includes("小数点第2位を四捨五入"))).toBe(true);
  });
});

describe("賃金差異の要因 sheet", () => {
  const sheet = wageGapBreakdownSheet(wageGapBreakdown(workers, "2025-10-01"), "2025-10-01");

  it("puts the plain-Japanese sentence first and hides small cells as —", () => {
    expect(String(sheet.rows[1]![0])).toContain(
      "差異 53.3 のうち、職階の構成の違いで説明できるのは約 26.7 ポイント",
    );
    expect(sheet.rows).toContainEqual(["部長級", "—", 0, 3, expect.stringContaining("3人未満")]);
    expect(sheet.rows).toContainEqual(["一般", 80, 3, 3, ""]);
    expect(sheet.rows).toContainEqual(["3年未満", 80, 3, 3, ""]);
  });
});
