import { readFileSync } from "node:fs";
import { join } from "node:path";
import fy2025 from "../../../shared/schedule/schedules/fy2025.json";
import {
  parseScheduleFile,
  scheduleProblemText,
  toScheduleFile,
  type ScheduleFile,
} from "../../../shared/schedule/schedule-file";

const FY2026 = JSON.parse(
  readFileSync(join(__dirname, "../../fixtures/schedules/fy2026-made-up.json"), "utf8"),
) as ScheduleFile;

const clone = (): ScheduleFile => structuredClone(FY2026);
const problemsOf = (json: unknown): string[] => {
  const parsed = parseScheduleFile(json);
  return parsed.ok ? [] : parsed.problems.map((p) => scheduleProblemText(p, "ja"));
};

describe("parseScheduleFile", () => {
  it("reads the bundled FY2025 file into the guideline's table (p.3)", () => {
    const parsed = parseScheduleFile(fy2025);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.schedule.rounds).toHaveLength(6);
    expect(parsed.schedule.rounds[5]).toEqual({
      fiscalYear: 2025,
      round: 6,
      capacity: 80,
      application: { start: "2026-03-01", end: "2026-04-30" },
      implementation: { start: "2026-06-01", end: "2026-11-30" },
      reportUntil: "2026-12-31",
    });
    expect(parsed.schedule.visitBlackouts).toEqual([{ start: "2025-12-29", end: "2026-01-03" }]);
  });

  it("reads a year with two rounds and writes it back unchanged", () => {
    const parsed = parseScheduleFile(FY2026);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.schedule.rounds.map((r) => r.round)).toEqual([1, 2]);
    expect(toScheduleFile(parsed.schedule)).toEqual(FY2026);
  });

  it("sorts rounds by number whatever the file's order", () => {
    const file = clone();
    file.rounds.reverse();
    const parsed = parseScheduleFile(file);
    expect(parsed.ok && parsed.schedule.rounds.map((r) => r.round)).toEqual([1, 2]);
  });

  it("names the field of a date that does not exist", () => {
    const file = clone();
    file.rounds[1]!.periodEnd = "2027-02-30";
    expect(problemsOf(file)).toEqual([
      "rounds[1].periodEnd: 日付は YYYY-MM-DD の実在する日で書いてください",
    ]);
  });

  it("names a missing field, an unknown field and a wrong type", () => {
    const file = clone() as unknown as Record<string, unknown>;
    delete file.source;
    file.extra = 1;
    (file.rounds as Record<string, unknown>[])[0]!.capacity = "100";
    const problems = problemsOf(file);
    expect(problems).toContain("source: 必須の項目です");
    expect(problems).toContain("(ファイル全体): 知らない項目があります: extra");
    expect(problems).toContain("rounds[0].capacity: 型が違います（number が必要です）");
  });

  it("refuses a file that is not an object at all, saying so", () => {
    expect(problemsOf([1, 2])).toEqual(["(ファイル全体): 型が違います（object が必要です）"]);
    expect(problemsOf(null)).toHaveLength(1);
  });

  it.each([
    [
      "applicationEnd",
      "2026-05-14",
      "rounds[0].applicationEnd: 申請期間の終了日が開始日より前です",
    ],
    [
      "periodStart",
      "2026-06-29",
      "rounds[0].periodStart: 実施期間が申請期間の終了より前に始まります",
    ],
    ["periodEnd", "2026-07-31", "rounds[0].periodEnd: 実施期間の終了日が開始日より前です"],
    ["reportEnd", "2027-01-30", "rounds[0].reportEnd: 実績報告の期限が実施期間の終了より前です"],
  ] as const)("refuses dates out of order: %s = %s", (field, value, expected) => {
    const file = clone();
    file.rounds[0]![field] = value;
    expect(problemsOf(file)).toEqual([expected]);
  });

  it("accepts the same day at both ends of a window (both ends inclusive)", () => {
    const file = clone();
    file.rounds[0]!.applicationEnd = file.rounds[0]!.applicationStart;
    expect(problemsOf(file)).toEqual([]);
  });

  it("refuses a round number used twice and overlapping application windows", () => {
    const file = clone();
    file.rounds[1]!.round = 1;
    file.rounds[1]!.applicationStart = "2026-06-30";
    const problems = problemsOf(file);
    expect(problems).toContain("rounds[1].round: 第1回が2回あります");
    expect(problems).toContain(
      "rounds[1].applicationStart: 第1回の申請期間が第1回と重なっています",
    );
  });

  it("refuses a blackout that ends before it starts", () => {
    const file = clone();
    file.visitBlackouts = [["2027-01-03", "2026-12-29"]];
    expect(problemsOf(file)).toEqual(["visitBlackouts[0]: 終了日が開始日より前です"]);
  });

  it("allows a year without blackouts", () => {
    const file = clone();
    file.visitBlackouts = [];
    expect(parseScheduleFile(file).ok).toBe(true);
  });
});
