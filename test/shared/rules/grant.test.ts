import type { ActionId } from "../../../shared/rules/action-result";
import { GRANT_CAP, projectedGrant } from "../../../shared/rules/grant";

type Flags = Record<ActionId, { selected: boolean; achieved: boolean }>;
const trained = { complete: true, missing: [] };

function actions(achieved: ActionId[], selected: ActionId[] = achieved): Flags {
  const flags = (a: ActionId) => ({
    selected: selected.includes(a),
    achieved: achieved.includes(a),
  });
  return { A: flags("A"), B: flags("B"), C: flags("C"), D: flags("D") };
}

describe("projectedGrant", () => {
  it("A + B + C + D is the maximum ¥1,000,000", () => {
    const g = projectedGrant(actions(["A", "B", "C", "D"]), trained, true);
    expect(g).toMatchObject({ yen: 1_000_000, isProjection: true });
    expect(g.reasons.map((r) => r.ja)).toEqual([
      "取組A: 300,000 円",
      "取組B: 300,000 円",
      "取組C: 300,000 円",
      "取組D（加算）: 100,000 円",
      "見込額 1,000,000 円。これは見込みであり、審査により減額されることがあります（p.11）。専門家派遣 2 回と期限内の実績報告もここでは判定していません。",
    ]);
  });

  it("A + D is ¥400,000", () => {
    expect(projectedGrant(actions(["A", "D"]), trained, true).yen).toBe(400_000);
  });

  it("D without any of A–C achieved adds nothing", () => {
    const g = projectedGrant(actions(["D"], ["A", "D"]), trained, true);
    expect(g.yen).toBe(0);
    expect(g.reasons.map((r) => r.ja)).toContain(
      "取組Dは加算要件のため、取組A〜Cのいずれかが達成されない限り加算されません。",
    );
  });

  it("an achieved but unselected action earns nothing", () => {
    expect(projectedGrant(actions(["A", "B"], ["A"]), trained, true).yen).toBe(300_000);
  });

  it("is ¥0 without 取組2 or with 取組3 incomplete", () => {
    const g2 = projectedGrant(actions(["A"]), trained, false);
    expect(g2.yen).toBe(0);
    expect(g2.reasons.some((r) => r.ja.startsWith("取組2"))).toBe(true);
    const g3 = projectedGrant(actions(["A"]), { complete: false, missing: [1, 2] }, true);
    expect(g3.yen).toBe(0);
    expect(g3.reasons.map((r) => r.ja)).toContain(
      "取組3（全従業員の研修）が完了していないため（未受講 2 人）、0 円です。",
    );
  });

  it("never exceeds the cap and follows the formula for every combination", () => {
    const ids: ActionId[] = ["A", "B", "C", "D"];
    for (let mask = 0; mask < 16; mask++) {
      const achieved = ids.filter((_, i) => mask & (1 << i));
      const ac = achieved.filter((a) => a !== "D").length;
      const expected = ac * 300_000 + (achieved.includes("D") && ac > 0 ? 100_000 : 0);
      const yen = projectedGrant(actions(achieved), trained, true).yen;
      expect(yen).toBe(expected);
      expect(yen).toBeLessThanOrEqual(GRANT_CAP);
    }
  });
});
