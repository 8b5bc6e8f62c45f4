import type { Round } from "../round";

/**
 * 令和7年度 (fiscal 2025) schedule, transcribed from the guideline's table (p.3). Data, not
 * code: a new fiscal year is a new file like this one, listed in `ROUND_TABLES`.
 */
export const FY2025_ROUNDS: readonly Round[] = [
  {
    fiscalYear: 2025,
    round: 1,
    capacity: 100,
    application: { start: "2025-05-15", end: "2025-06-30" },
    implementation: { start: "2025-08-01", end: "2026-01-31" },
    reportUntil: "2026-02-28",
  },
  {
    fiscalYear: 2025,
    round: 2,
    capacity: 80,
    application: { start: "2025-07-01", end: "2025-08-31" },
    implementation: { start: "2025-10-01", end: "2026-03-31" },
    reportUntil: "2026-04-30",
  },
  {
    fiscalYear: 2025,
    round: 3,
    capacity: 80,
    application: { start: "2025-09-01", end: "2025-10-31" },
    implementation: { start: "2025-12-01", end: "2026-05-31" },
    reportUntil: "2026-06-30",
  },
  {
    fiscalYear: 2025,
    round: 4,
    capacity: 80,
    application: { start: "2025-11-01", end: "2025-12-31" },
    implementation: { start: "2026-02-01", end: "2026-07-31" },
    reportUntil: "2026-08-31",
  },
  {
    fiscalYear: 2025,
    round: 5,
    capacity: 80,
    application: { start: "2026-01-01", end: "2026-02-28" },
    implementation: { start: "2026-04-01", end: "2026-09-30" },
    reportUntil: "2026-10-31",
  },
  {
    fiscalYear: 2025,
    round: 6,
    capacity: 80,
    application: { start: "2026-03-01", end: "2026-04-30" },
    implementation: { start: "2026-06-01", end: "2026-11-30" },
    reportUntil: "2026-12-31",
  },
];
