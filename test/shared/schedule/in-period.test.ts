import { findRound } from "../../../shared/schedule/find-round";
import { isInImplementationPeriod } from "../../../shared/schedule/in-period";
import type { RoundNumber } from "../../../shared/schedule/round";

describe("isInImplementationPeriod: first and last day inclusive", () => {
  it.each([
    [1, "2025-07-31", "2025-08-01", "2026-01-31", "2026-02-01"],
    [2, "2025-09-30", "2025-10-01", "2026-03-31", "2026-04-01"],
    [3, "2025-11-30", "2025-12-01", "2026-05-31", "2026-06-01"],
    [4, "2026-01-31", "2026-02-01", "2026-07-31", "2026-08-01"],
    [5, "2026-03-31", "2026-04-01", "2026-09-30", "2026-10-01"],
    [6, "2026-05-31", "2026-06-01", "2026-11-30", "2026-12-01"],
  ] as const)("round %i: %s out, %s in, %s in, %s out", (n, before, first, last, after) => {
    const round = findRound(2025, n as RoundNumber)!;
    expect(isInImplementationPeriod(round, before)).toBe(false);
    expect(isInImplementationPeriod(round, first)).toBe(true);
    expect(isInImplementationPeriod(round, last)).toBe(true);
    expect(isInImplementationPeriod(round, after)).toBe(false);
  });
});
