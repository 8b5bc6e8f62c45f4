import { assessActionC } from "../../../shared/rules/action-c";
import { evaluateApplication } from "../../../shared/rules/evaluate";
import type { Worker } from "../../../shared/roster/worker";
import { application, roster } from "./roster-factory";

const part = { category: "パートタイマー", employmentType: "nonRegular" as const };
// パートタイマー: 1 woman of 3 (33.3%). Existing title: 主任 (M1).
const before = (): Worker[] =>
  roster(
    { employeeId: "P1", gender: "woman", ...part },
    { employeeId: "P2", ...part },
    { employeeId: "P3", ...part },
    { employeeId: "M1", positionTitle: "主任", grade: "subsectionChief" },
    { employeeId: "X1", employmentType: "dispatched", positionTitle: "班長" },
  );
const app = application(["C"], { C: "パートタイマー" });

describe("action C 非正規従業員でも登用可能な役職の新設", () => {
  it("achieved when a female non-regular worker takes a new title in the period", () => {
    const report = roster(
      {
        employeeId: "P1",
        gender: "woman",
        ...part,
        positionTitle: "パートリーダー",
        appointmentDate: "2025-10-01",
      },
      { employeeId: "P2", ...part },
      { employeeId: "M1", positionTitle: "主任", grade: "subsectionChief" },
    );
    const result = evaluateApplication(app, before(), report).actions.C;
    expect(result).toMatchObject({
      eligibleAtApplication: true,
      before: 0,
      after: 1,
      candidates: ["P1"],
      achieved: true,
      evidence: "P1",
      evidenceRow: 2,
    });
    const text = result.reasons.map((r) => r.ja);
    expect(text).toContain(
      "新設された役職（申請時に誰も就いていない役職名）: 「パートリーダー」。",
    );
    expect(text.some((t) => t.startsWith("参考: 対象者"))).toBe(false);
  });

  it("a title that existed at application (after normalisation) is not new", () => {
    const report = roster({
      employeeId: "P1",
      gender: "woman",
      ...part,
      positionTitle: "主任 ",
      appointmentDate: "2025-10-01",
    });
    const a = assessActionC(app, before(), report);
    expect(a.result).toMatchObject({ before: 0, after: 1, candidates: [] });
    expect(a.result.reasons.map((r) => r.ja)).toContain(
      "申請時の名簿にない新しい役職名が、実績報告時の名簿にありません。",
    );
  });

  it("half-width and full-width kana are the same title", () => {
    const withLeader = [
      ...before(),
      ...roster({ employeeId: "P9", ...part, positionTitle: "ﾊﾟｰﾄﾘｰﾀﾞｰ", row: 7 }),
    ];
    const report = roster({
      employeeId: "P1",
      gender: "woman",
      ...part,
      positionTitle: "パートリーダー",
      appointmentDate: "2025-10-01",
    });
    expect(assessActionC(app, withLeader, report).result.candidates).toEqual([]);
  });

  it("a regular woman or a man on the new title is not evidence", () => {
    const report = roster(
      { employeeId: "R1", gender: "woman", positionTitle: "統括", appointmentDate: "2025-10-01" },
      { employeeId: "P2", ...part, positionTitle: "統括", appointmentDate: "2025-10-01" },
    );
    const a = assessActionC(app, before(), report);
    expect(a.result.candidates).toEqual([]);
    expect(a.result.reasons.map((r) => r.ja)).toContain(
      "新設の役職に就いているのは R1（女性・正規）, P2（男性・非正規） で、女性の非正規従業員はいません。",
    );
  });

  it("an appointment one day after the period does not count", () => {
    const report = roster({
      employeeId: "P1",
      gender: "woman",
      ...part,
      positionTitle: "パートリーダー",
      appointmentDate: "2026-02-01",
    });
    const a = assessActionC(app, before(), report);
    expect(a.result.candidates).toEqual([]);
    expect(a.result.reasons.map((r) => r.ja)).toContain(
      "P1 は「パートリーダー」になりましたが、就任日 2026-02-01 が実施期間（2025-08-01〜2026-01-31）外です。",
    );
  });

  it("takes evidence only from the applied category: a holder in another category does not count (p.8 例3)", () => {
    const report = roster(
      {
        employeeId: "Q1",
        gender: "woman",
        employmentType: "nonRegular",
        category: "嘱託",
        positionTitle: "統括",
        appointmentDate: "2025-09-01",
      },
      {
        employeeId: "P1",
        gender: "woman",
        ...part,
        positionTitle: "パートリーダー",
        appointmentDate: "2025-10-01",
      },
    );
    const both = evaluateApplication(app, before(), report).actions.C;
    expect(both).toMatchObject({ candidates: ["P1"], evidence: "P1", achieved: true });

    const onlyOutside = evaluateApplication(app, before(), report.slice(0, 1)).actions.C;
    expect(onlyOutside).toMatchObject({ candidates: [], evidence: null, achieved: false });
    expect(onlyOutside.reasons.map((r) => r.ja).join("\n")).toContain(
      "Q1（嘱託） は申請した区分「パートタイマー」の従業員ではないため、取組Cの対象者になりません",
    );
  });

  it("a title held only by a dispatched worker at application is new, with a note", () => {
    const report = roster({
      employeeId: "P1",
      gender: "woman",
      ...part,
      positionTitle: "班長",
      appointmentDate: "2025-10-01",
    });
    const a = assessActionC(app, before(), report);
    expect(a.result.candidates).toEqual(["P1"]);
    expect(
      a.result.reasons.some((r) => r.ja.startsWith("参考: 「班長」は申請時に派遣労働者")),
    ).toBe(true);
  });

  it("the new position's category must be under 40%", () => {
    const evenSplit = roster(
      { employeeId: "P1", gender: "woman", ...part },
      { employeeId: "P2", ...part },
    );
    const report = roster({
      employeeId: "P1",
      gender: "woman",
      ...part,
      positionTitle: "パートリーダー",
      appointmentDate: "2025-10-01",
    });
    const result = evaluateApplication(app, evenSplit, report).actions.C;
    expect(result).toMatchObject({
      eligibleAtApplication: false,
      achieved: false,
      candidates: ["P1"],
    });
  });
});
