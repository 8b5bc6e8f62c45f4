import fc from "fast-check";
import type { MatchedActionId } from "../../../shared/rules/action-result";
import {
  assignDistinctEvidence,
  type EvidenceRequest,
  maximumMatching,
} from "../../../shared/rules/distinct-evidence";
import { evaluateApplication } from "../../../shared/rules/evaluate";
import { application, roster } from "./roster-factory";

describe("assignDistinctEvidence (p.7 ※ different workers for A, B, C)", () => {
  it("gives both actions a person when one woman could serve A and B and another only A", () => {
    const result = assignDistinctEvidence([
      { action: "A", candidates: ["W1", "W2"] },
      { action: "B", candidates: ["W1"] },
    ]);
    expect(result.evidence).toEqual({ A: "W2", B: "W1" });
    expect(result.blocked).toEqual([]);
    expect(result.reasons.A?.[0]?.ja).toBe(
      "取組Aの対象者候補 W1 は他の取組の対象者としたため（W1 → 取組B）、W2 を対象者にしました（取組A〜Cの対象者は別の労働者: p.7 ※）。",
    );
  });

  it("explains an action that fails only because its one candidate serves another action", () => {
    const result = assignDistinctEvidence([
      { action: "A", candidates: ["W1"] },
      { action: "C", candidates: ["W1"] },
    ]);
    expect(result.evidence).toEqual({ A: "W1" });
    expect(result.blocked).toEqual(["C"]);
    expect(result.reasons.C?.[0]?.ja).toBe(
      "取組Cは他の要件を満たしていますが、対象者になり得る女性 W1 はほかの取組の対象者です（W1 → 取組A）。取組A〜Cの対象者は別の労働者でなければならないため（p.7 ※）、この取組は達成になりません。",
    );
  });

  it("needs a long augmenting path: A→W1, B→W2, C only W1", () => {
    const result = assignDistinctEvidence([
      { action: "A", candidates: ["W1", "W2"] },
      { action: "B", candidates: ["W2", "W3"] },
      { action: "C", candidates: ["W1"] },
    ]);
    expect(result.evidence).toEqual({ A: "W2", B: "W3", C: "W1" });
  });

  it("uses a preferred candidate only when it costs no action", () => {
    expect(
      assignDistinctEvidence([
        { action: "A", candidates: ["W1", "W2"] },
        { action: "C", candidates: ["W1", "W2"], preferred: ["W2"] },
      ]).evidence,
    ).toEqual({ A: "W1", C: "W2" });
    expect(
      assignDistinctEvidence([
        { action: "A", candidates: ["W2"] },
        { action: "C", candidates: ["W1", "W2"], preferred: ["W2"] },
      ]).evidence,
    ).toEqual({ A: "W2", C: "W1" });
  });

  describe("end to end: B and C", () => {
    const part = { employmentType: "nonRegular" as const, category: "パートタイマー" };
    const before = roster(
      { employeeId: "P1", gender: "woman", ...part },
      { employeeId: "P2", ...part },
      { employeeId: "P3", ...part },
      { employeeId: "R1", gender: "woman" },
      ...Array.from({ length: 4 }, (_, i) => ({ employeeId: `M${i}` })),
    );
    const app = application(["B", "C"], { B: "総合職", C: "パートタイマー" });
    // P1 (row 2) became パートリーダー, a new 係長級 title with an allowance: she could serve B or C.
    const p1 = {
      employeeId: "P1",
      gender: "woman" as const,
      ...part,
      grade: "subsectionChief" as const,
      positionTitle: "パートリーダー",
      positionAllowance: 5000,
      appointmentDate: "2025-09-01",
    };
    // R1 (row 3) became 係長 with an allowance: she can serve B only.
    const r1 = {
      employeeId: "R1",
      gender: "woman" as const,
      grade: "subsectionChief" as const,
      positionTitle: "係長",
      positionAllowance: 5000,
      appointmentDate: "2025-09-01",
    };

    it("gives both actions a person when P1 could serve B and C and R1 only B", () => {
      const result = evaluateApplication(app, before, roster(p1, r1));
      expect(result.actions.B).toMatchObject({
        candidates: ["P1", "R1"],
        achieved: true,
        evidence: "R1",
      });
      // 係長 is also new and held by R1, but R1 is regular: C's only candidate is P1.
      expect(result.actions.C).toMatchObject({
        candidates: ["P1"],
        achieved: true,
        evidence: "P1",
      });
      expect(result.grant.yen).toBe(0); // nobody trained
    });

    it("explains C failing only because P1 is B's evidence", () => {
      const result = evaluateApplication(app, before, roster(p1));
      expect(result.actions.B).toMatchObject({ achieved: true, evidence: "P1" });
      expect(result.actions.C).toMatchObject({
        candidates: ["P1"],
        achieved: false,
        evidence: null,
      });
      expect(result.actions.C.reasons.map((r) => r.ja)).toContain(
        "取組Cは他の要件を満たしていますが、対象者になり得る女性 P1 はほかの取組の対象者です（P1 → 取組B）。取組A〜Cの対象者は別の労働者でなければならないため（p.7 ※）、この取組は達成になりません。",
      );
    });
  });
});

const ACTIONS: MatchedActionId[] = ["A", "B", "C"];

/** The largest number of actions that can get distinct people, by trying every assignment. */
function bruteForceMaximum(lists: Map<MatchedActionId, string[]>): number {
  let best = 0;
  const go = (i: number, used: Set<string>, count: number): void => {
    if (i === ACTIONS.length) {
      best = Math.max(best, count);
      return;
    }
    const action = ACTIONS[i]!;
    go(i + 1, used, count); // no person for this action
    for (const person of lists.get(action) ?? []) {
      if (used.has(person)) continue;
      used.add(person);
      go(i + 1, used, count + 1);
      used.delete(person);
    }
  };
  go(0, new Set(), 0);
  return best;
}

const people = ["W1", "W2", "W3", "W4"];
const lists = fc.tuple(
  fc.subarray(people),
  fc.subarray(people),
  fc.subarray(people),
  fc.subarray(people),
  fc.subarray(people),
  fc.subarray(people),
);

describe("matching properties", () => {
  it("never uses one person twice, only uses candidates, and is as large as the brute-force maximum", () => {
    fc.assert(
      fc.property(lists, ([a, b, c, pa, pb, pc]) => {
        const requests: EvidenceRequest[] = [
          { action: "A", candidates: a, preferred: pa },
          { action: "B", candidates: b, preferred: pb },
          { action: "C", candidates: c, preferred: pc },
        ];
        const { evidence, blocked } = assignDistinctEvidence(requests);
        const used = Object.values(evidence);
        if (new Set(used).size !== used.length) return false;
        const byAction = new Map<MatchedActionId, string[]>([
          ["A", a],
          ["B", b],
          ["C", c],
        ]);
        for (const [action, person] of Object.entries(evidence))
          if (!byAction.get(action as MatchedActionId)!.includes(person)) return false;
        // An action with candidates but no person must be blocked, and vice versa.
        for (const action of ACTIONS) {
          const shouldBlock = byAction.get(action)!.length > 0 && evidence[action] === undefined;
          if (shouldBlock !== blocked.includes(action)) return false;
        }
        const plain = maximumMatching(ACTIONS, byAction);
        return used.length === bruteForceMaximum(byAction) && plain.size === used.length;
      }),
      { numRuns: 2000 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(lists, ([a, b, c]) => {
        const requests: EvidenceRequest[] = [
          { action: "A", candidates: a },
          { action: "B", candidates: b },
          { action: "C", candidates: c },
        ];
        return (
          JSON.stringify(assignDistinctEvidence(requests)) ===
          JSON.stringify(assignDistinctEvidence([...requests].reverse()))
        );
      }),
    );
  });
});
