import { releaseSuggestions } from "../../../dashboard/server/aggregation/served-release";
import type { ReleaseInfo } from "../../../dashboard/server/storage/storage";

// 2026-07-15 in Tokyo: the 実績報告 windows of rounds 1–3 of FY2025 have closed.
const JULY = new Date("2026-07-15T03:00:00Z");
const release = (recordCount: number, createdAt = "2026-03-01T00:00:00Z"): ReleaseInfo => ({
  id: 1,
  fiscalYear: 2025,
  round: null,
  createdAt,
  recordCount,
  createdBy: null,
  algorithm: "test",
});

describe("the schedule's release suggestion", () => {
  it("says when a release now would differ from the latest by only one or two companies", () => {
    const apart = (records: number) =>
      releaseSuggestions(2025, [release(200)], JULY, records).map((s) => s.fewCompaniesApart);
    // Rounds 2 and 3 closed after that release: both are due.
    expect(apart(201)).toEqual([1, 1]);
    expect(apart(202)).toEqual([2, 2]);
    expect(apart(198)).toEqual([-2, -2]);
    expect(apart(200)).toEqual([null, null]);
    expect(apart(203)).toEqual([null, null]);
  });

  it("has nothing to compare with before the first release", () => {
    expect(
      releaseSuggestions(2025, [], JULY, 1).map((s) => [s.round, s.fewCompaniesApart]),
    ).toEqual([
      [1, null],
      [2, null],
      [3, null],
    ]);
  });
});
