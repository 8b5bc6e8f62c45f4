import fc from "fast-check";
import { parseRoster } from "../../../shared/roster/parse-roster";
import { demoApplicationCells, demoReportCells } from "../../../shared/demo/demo-company";
import { evaluateApplication } from "../../../shared/rules/evaluate";
import { buildStatsRecord, RecordRefused } from "../../../shared/stats/build-record";
import { statsRecordSchema } from "../../../shared/stats/record-schema";
import { newSubmissionId } from "../../../shared/stats/submission-id";
import { sizeBandOf } from "../../../shared/stats/size-band";
import type { Worker } from "../../../shared/roster/worker";
import type { ActionId } from "../../../shared/rules/action-result";
import { roster, PERIOD } from "../rules/roster-factory";

const ROUND = { fiscalYear: 2025, round: 1 } as const;

function recordFor(
  application: Worker[],
  report: Worker[],
  actions: readonly ActionId[] = ["A", "B", "C", "D"],
  targets: Record<string, string> = {},
) {
  const evaluation = evaluateApplication({ actions, targets, period: PERIOD }, application, report);
  return buildStatsRecord({
    round: ROUND,
    industry: "E",
    application,
    report,
    evaluation,
    regularlyEmployed: application.length,
    submissionId: newSubmissionId(),
  });
}

describe("the anonymized statistics record", () => {
  it("counts the demo company by hand: 1 → 2 female managers, all four actions achieved, ¥1,000,000", () => {
    const application = parseRoster(demoApplicationCells()).workers;
    const report = parseRoster(demoReportCells()).workers;
    const record = recordFor(application, report, ["A", "B", "C", "D"], {
      A: "総合職",
      B: "総合職",
      C: "パートタイマー",
    });
    expect(record.sizeBand).toBe("1-29");
    expect(record.counts.application.managers).toEqual({ women: 1, men: 2 });
    expect(record.counts.report.managers).toEqual({ women: 2, men: 2 });
    expect(record.counts.application.allowanceRecipients).toEqual({ women: 1, men: 1 });
    expect(record.counts.report.allowanceRecipients).toEqual({ women: 2, men: 1 });
    // 23 non-dispatched at application: 10 women; the dispatched woman is not counted.
    expect(record.counts.application.employees).toEqual({ women: 10, men: 13 });
    expect(record.counts.application.nonRegularRetirementCovered).toEqual({ women: 0, men: 0 });
    expect(record.counts.report.nonRegularRetirementCovered).toEqual({ women: 3, men: 4 });
    // 総合職 27.3%, 一般職 80%, パートタイマー 33.3%, 嘱託 100%; the dispatched-only category has no workers.
    expect(record.categories).toEqual({ total: 4, below40: 2 });
    expect(record.actions.achieved).toEqual({ A: true, B: true, C: true, D: true });
    expect(record.training).toEqual({ trained: 24, total: 24, complete: true });
    expect(record.projectedGrantYen).toBe(1_000_000);
  });

  it("carries no name, employee ID, category name or date, even when they are distinctive", () => {
    const secrets = {
      name: "ZQX秘密花子",
      id: "ID-ZZZ-987654",
      category: "極秘区分XYZ",
      title: "秘密リーダー",
    };
    const application = roster(
      {
        employeeId: secrets.id,
        name: secrets.name,
        gender: "woman",
        category: secrets.category,
        hireDate: "2011-11-11",
      },
      { employeeId: "ID-QQQ-1", name: "ZQX秘密太郎", category: secrets.category },
      { employeeId: "ID-QQQ-2", name: "ZQX秘密次郎", category: secrets.category },
    );
    const report = roster(
      {
        employeeId: secrets.id,
        name: secrets.name,
        gender: "woman",
        category: secrets.category,
        grade: "sectionChief",
        positionTitle: secrets.title,
        appointmentDate: "2025-09-09",
        trainingDate: "2025-10-10",
      },
      {
        employeeId: "ID-QQQ-1",
        name: "ZQX秘密太郎",
        category: secrets.category,
        trainingDate: "2025-10-10",
      },
      {
        employeeId: "ID-QQQ-2",
        name: "ZQX秘密次郎",
        category: secrets.category,
        trainingDate: "2025-10-10",
      },
    );
    const record = recordFor(application, report, ["A"], { A: secrets.category });
    expect(record.actions.achieved.A).toBe(true); // the record really describes this company
    const json = JSON.stringify(record);
    for (const secret of [
      ...Object.values(secrets),
      "ZQX",
      "ID-",
      "QQQ",
      "2011",
      "2025-",
      "09-09",
      "10-10",
    ]) {
      expect(json).not.toContain(secret);
    }
    // The random UUID may hold "4429-8"; dates are looked for everywhere else.
    const { submissionId: _id, ...rest } = record;
    expect(JSON.stringify(rest)).not.toMatch(/\d{4}[-/年.]\d{1,2}/);
  });

  it("never lets a name, an ID or a category through, for any roster", () => {
    const token = fc.stringMatching(/^[A-Z]{6}[0-9]{3}$/);
    fc.assert(
      fc.property(
        fc.uniqueArray(token, { minLength: 2, maxLength: 12 }),
        fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
        (ids, women) => {
          const workers = ids.map(
            (id, i) =>
              ({
                row: i + 2,
                employeeId: id,
                name: `N${id}`,
                gender: women[i] ? "woman" : "man",
                category: `C${id.slice(0, 4)}`,
                employmentType: i % 3 === 0 ? "nonRegular" : "regular",
                grade: i % 4 === 0 ? "sectionChief" : "none",
                positionAllowance: 0,
              }) as Worker,
          );
          const record = recordFor(workers, workers, ["A"], { A: workers[0]!.category });
          const json = JSON.stringify(record);
          for (const w of workers) {
            expect(json).not.toContain(w.employeeId);
            expect(json).not.toContain(w.category);
          }
          expect(statsRecordSchema.safeParse(record).success).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("is rejected by the schema when a field is added, missing or out of range", () => {
    const application = parseRoster(demoApplicationCells()).workers;
    const record = recordFor(application, application, ["A"], { A: "総合職" });
    expect(statsRecordSchema.safeParse(record).success).toBe(true);
    expect(statsRecordSchema.safeParse({ ...record, companyName: "株式会社デモ" }).success).toBe(
      false,
    );
    expect(
      statsRecordSchema.safeParse({
        ...record,
        counts: { ...record.counts, application: { ...record.counts.application, names: [] } },
      }).success,
    ).toBe(false);
    // A year may have any number of rounds (the server checks the schedule), never 100 or 0.
    expect(statsRecordSchema.safeParse({ ...record, round: 100 }).success).toBe(false);
    expect(statsRecordSchema.safeParse({ ...record, round: 0 }).success).toBe(false);
    expect(statsRecordSchema.safeParse({ ...record, submissionId: "not-a-uuid" }).success).toBe(
      false,
    );
    expect(statsRecordSchema.safeParse({ ...record, projectedGrantYen: 350_000 }).success).toBe(
      false,
    );
    const dAlone = { ...record.actions.selected, A: false, B: false, C: false, D: true };
    expect(
      statsRecordSchema.safeParse({
        ...record,
        actions: { selected: dAlone, achieved: { A: false, B: false, C: false, D: false } },
      }).success,
    ).toBe(false);
    const { wageGap: _dropped, ...missing } = record;
    expect(statsRecordSchema.safeParse(missing).success).toBe(false);
  });

  it("refuses a company above 300 regularly employed workers instead of inventing a band", () => {
    expect(sizeBandOf(29)).toBe("1-29");
    expect(sizeBandOf(30)).toBe("30-99");
    expect(sizeBandOf(99)).toBe("30-99");
    expect(sizeBandOf(100)).toBe("100-300");
    expect(sizeBandOf(300)).toBe("100-300");
    expect(sizeBandOf(301)).toBeUndefined();
    const workers = roster(
      { employeeId: "1", gender: "woman" },
      { employeeId: "2" },
      { employeeId: "3" },
    );
    const evaluation = evaluateApplication(
      { actions: ["A"], targets: { A: "総合職" }, period: PERIOD },
      workers,
      workers,
    );
    expect(() =>
      buildStatsRecord({
        round: ROUND,
        industry: null,
        application: workers,
        report: workers,
        evaluation,
        regularlyEmployed: 301,
        submissionId: newSubmissionId(),
      }),
    ).toThrow(RecordRefused);
  });

  it("gives every submission a fresh random id", () => {
    const ids = new Set(Array.from({ length: 100 }, () => newSubmissionId()));
    expect(ids.size).toBe(100);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  describe("never builds a record outside the server's ranges (issue 15 §5)", () => {
    const wageRoster = (womanWage: number, manWage: number) =>
      roster(
        { employeeId: "W1", gender: "woman", annualWage: womanWage },
        { employeeId: "M1", gender: "man", annualWage: manWage },
        { employeeId: "M2", gender: "man", category: "一般職", annualWage: manWage },
      );

    it("a wage gap over 1,000 % (a wage in the wrong unit) is refused, naming the figure", () => {
      const workers = wageRoster(4_000_000_000, 3_900_000);
      let refused: unknown;
      try {
        recordFor(workers, workers, ["A"], { A: "総合職" });
      } catch (error) {
        refused = error;
      }
      expect(refused).toBeInstanceOf(RecordRefused);
      expect((refused as RecordRefused).messageJa).toContain("男女の賃金の差異（全労働者）");
      expect((refused as RecordRefused).messageJa).toContain("1000%");
    });

    it("exactly 1,000 % is built", () => {
      const workers = wageRoster(39_000_000, 3_900_000);
      expect(recordFor(workers, workers, ["A"], { A: "総合職" }).wageGap.all).toBe(1000);
    });

    it("property: any record it builds passes the server's schema, or it refuses", () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 10_000_000_000 }),
          fc.integer({ min: 1, max: 10_000_000_000 }),
          (womanWage, manWage) => {
            const workers = wageRoster(womanWage, manWage);
            try {
              const record = recordFor(workers, workers, ["A"], { A: "総合職" });
              expect(statsRecordSchema.safeParse(record).success).toBe(true);
            } catch (error) {
              expect(error).toBeInstanceOf(RecordRefused);
            }
          },
        ),
        { numRuns: 300 },
      );
    });
  });
});

describe("no record from a roster with excluded rows (issue 16 §6)", () => {
  it("refuses with a typed reason naming the rows", () => {
    const application = parseRoster(demoApplicationCells()).workers;
    const report = parseRoster(demoReportCells()).workers;
    const app = { actions: ["A"] as ActionId[], targets: { A: "総合職" }, period: PERIOD };
    const input = {
      round: ROUND,
      industry: "E" as const,
      application,
      report,
      evaluation: evaluateApplication(app, application, report, { applicationDate: "2025-06-30" }),
      regularlyEmployed: 23,
      submissionId: newSubmissionId(),
    };
    expect(buildStatsRecord(input).projectedGrantYen).toBe(300_000);
    let refused: unknown;
    try {
      buildStatsRecord({ ...input, rejectedRows: { application: [], report: [5, 9] } });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(RecordRefused);
    expect((refused as RecordRefused).reason).toBe("incompleteRoster");
    expect((refused as RecordRefused).messageJa).toContain("実績報告時の名簿 5, 9 行目");
  });
});
