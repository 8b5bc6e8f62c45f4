import fc from "fast-check";
import { civilDate } from "../../../shared/dates/civil-date";
import type { Worker } from "../../../shared/roster/worker";
import { ACTION_IDS, type ActionId } from "../../../shared/rules/action-result";
import { evaluateApplication } from "../../../shared/rules/evaluate";
import { application, roster } from "./roster-factory";

const part = { employmentType: "nonRegular" as const, category: "パートタイマー" };
const trained = { trainingDate: "2025-12-10" };

// 総合職 20% women, パートタイマー 33.3%, nothing covered by retirement pay for non-regulars.
// M1 is the Tokyo-based insured regular worker that makes the company eligible (p.1 (2)).
const before = roster(
  { employeeId: "W1", gender: "woman" },
  { employeeId: "M1", workplace: "tokyo", employmentInsurance: true },
  { employeeId: "M2" },
  { employeeId: "M3" },
  { employeeId: "M4", grade: "director" },
  { employeeId: "P1", gender: "woman", ...part },
  { employeeId: "P2", ...part },
  { employeeId: "P3", ...part },
  { employeeId: "X1", employmentType: "dispatched", gender: "woman", grade: "sectionChief" },
);
const report = roster(
  {
    employeeId: "W1",
    gender: "woman",
    grade: "sectionChief",
    appointmentDate: "2025-10-01",
    ...trained,
  },
  { employeeId: "M1", ...trained },
  { employeeId: "M2", ...trained },
  { employeeId: "M3", ...trained },
  { employeeId: "M4", grade: "director", ...trained },
  {
    employeeId: "P1",
    gender: "woman",
    ...part,
    grade: "subsectionChief",
    positionTitle: "パートリーダー",
    appointmentDate: "2025-09-01",
    retirementPlan: true,
    ...trained,
  },
  { employeeId: "P2", ...part, ...trained },
  { employeeId: "P3", ...part, ...trained },
  {
    employeeId: "N1",
    gender: "woman",
    grade: "subsectionChief",
    positionTitle: "係長",
    positionAllowance: 8000,
    hireDate: "2025-11-01",
    ...trained,
  },
  { employeeId: "X1", employmentType: "dispatched", gender: "woman", grade: "sectionChief" },
);
const all = application(["A", "B", "C", "D"], { A: "総合職", B: "総合職", C: "パートタイマー" });

describe("evaluateApplication", () => {
  it("a company that does everything gets the ¥1,000,000 projection", () => {
    const result = evaluateApplication(all, before, report);
    expect(result.evaluated).toBe(true);
    expect(result.refused).toEqual([]);
    const summary = Object.fromEntries(
      ACTION_IDS.map((a) => [a, [result.actions[a].achieved, result.actions[a].evidence]]),
    );
    expect(summary).toEqual({
      A: [true, "W1"],
      B: [true, "N1"],
      C: [true, "P1"],
      D: [true, "P1"], // D is not under the distinct-person rule
    });
    expect(result.actions.A).toMatchObject({ before: 0, after: 1 }); // X1 (dispatched) never counts
    expect(result.training).toMatchObject({ complete: true, trained: 9, total: 9 });
    expect(result.grant).toMatchObject({ yen: 1_000_000, isProjection: true });
  });

  it("is ¥0 when 取組2 is not declared done", () => {
    expect(evaluateApplication(all, before, report, { planFiled: false }).grant.yen).toBe(0);
  });

  it("is ¥0 when one worker has not trained, and names her", () => {
    const untrained = report.map((w) =>
      w.employeeId === "P3" ? { ...w, trainingDate: undefined } : w,
    );
    const result = evaluateApplication(all, before, untrained);
    expect(result.grant.yen).toBe(0);
    expect(result.training.missing).toEqual([{ employeeId: "P3", row: 9, reason: "none" }]);
  });

  it("refuses D alone without judging anything", () => {
    const result = evaluateApplication(application(["D"]), before, report);
    expect(result.evaluated).toBe(false);
    expect(result.refused.map((r) => r.ja)).toEqual([
      "D のみを選択することはできません（p.7）。A〜C から 1 つ以上あわせて選んでください。",
    ]);
    expect(result.actions.D).toMatchObject({ selected: true, achieved: false, evidence: null });
    expect(result.grant.yen).toBe(0);
  });

  it("unselected actions are informative only", () => {
    const result = evaluateApplication(application(["A"], { A: "総合職" }), before, report);
    expect(result.actions.B).toMatchObject({
      selected: false,
      achieved: false,
      evidence: null,
      before: 0,
      after: 1,
      candidates: ["N1"],
    });
    expect(result.actions.D).toMatchObject({
      selected: false,
      eligibleAtApplication: true,
      achieved: false,
      candidates: ["P1"],
    });
    expect(result.grant.yen).toBe(300_000);
  });
});

describe("evaluateApplication never throws on random rosters", () => {
  const date = fc
    .record({
      y: fc.integer({ min: 2019, max: 2027 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ y, m, d }) => civilDate(y, m, d)!);
  const categories = ["総合職", "一般職", "パートタイマー", "ＳＥ"];
  const arbWorker = fc.record({
    employeeId: fc.constantFrom("1", "2", "3", "4", "5", "6", "7", "8"),
    gender: fc.constantFrom("woman" as const, "man" as const),
    category: fc.constantFrom(...categories),
    employmentType: fc.constantFrom(
      "regular" as const,
      "nonRegular" as const,
      "dispatched" as const,
    ),
    term: fc.option(fc.constantFrom("indefinite" as const, "fixed" as const), { nil: undefined }),
    hireDate: fc.option(date, { nil: undefined }),
    grade: fc.constantFrom(
      "officer" as const,
      "director" as const,
      "sectionChief" as const,
      "subsectionChief" as const,
      "none" as const,
    ),
    positionTitle: fc.option(fc.constantFrom("主任", "パートリーダー", "ﾊﾟｰﾄﾘｰﾀﾞｰ", "係長", ""), {
      nil: undefined,
    }),
    appointmentDate: fc.option(date, { nil: undefined }),
    positionAllowance: fc.constantFrom(0, 5000),
    retirementPlan: fc.option(fc.boolean(), { nil: undefined }),
    workplace: fc.option(fc.constantFrom("tokyo" as const, "outside" as const), { nil: undefined }),
    employmentInsurance: fc.option(fc.boolean(), { nil: undefined }),
    trainingDate: fc.option(date, { nil: undefined }),
  });
  const arbRoster = fc
    .array(arbWorker, { maxLength: 12 })
    .map((ws): Worker[] => ws.map((w, i) => ({ ...w, row: i + 2 })));
  const arbApp = fc.record({
    actions: fc.subarray<ActionId>(["A", "B", "C", "D"]),
    targets: fc.record(
      {
        A: fc.constantFrom(...categories, "営業職"),
        B: fc.constantFrom(...categories),
        C: fc.constantFrom(...categories),
      },
      { requiredKeys: [] },
    ),
    period: fc.constantFrom(
      { start: "2025-08-01", end: "2026-01-31" },
      { start: "2026-06-01", end: "2026-11-30" },
    ),
  });

  it("and keeps its invariants", () => {
    fc.assert(
      fc.property(arbApp, arbRoster, arbRoster, fc.boolean(), (app, a, b, planFiled) => {
        const result = evaluateApplication(app, a, b, { planFiled });
        expect(result.evaluated).toBe(result.refused.length === 0);
        const evidence = (["A", "B", "C"] as const)
          .map((x) => result.actions[x].evidence)
          .filter((e) => e !== null);
        expect(new Set(evidence).size).toBe(evidence.length);
        for (const id of ACTION_IDS) {
          const r = result.actions[id];
          if (r.achieved) {
            expect(r.selected).toBe(true);
            expect(r.eligibleAtApplication).toBe(true);
            expect(r.candidates).toContain(r.evidence);
            expect(r.evidenceRow).not.toBeNull();
          } else expect(r.evidence).toBeNull();
          for (const reason of r.reasons) {
            expect(reason.ja.length).toBeGreaterThan(0);
            expect(reason.en.length).toBeGreaterThan(0);
          }
          if ((id === "A" || id === "B") && r.achieved) expect(r.after).toBeGreaterThan(r.before);
        }
        expect(result.grant.yen % 100_000).toBe(0);
        expect(result.grant.yen).toBeLessThanOrEqual(1_000_000);
        if (!planFiled || !result.training.complete) expect(result.grant.yen).toBe(0);
      }),
      { numRuns: 500 },
    );
  });
});
