import { randomUUID } from "node:crypto";
import type { StatsRecord } from "../../../shared/stats/record-schema";

/** A valid record of fiscal 2025 round 1 (A selected and achieved), fresh id each time. */
export function makeRecord(change: (record: StatsRecord) => void = () => undefined): StatsRecord {
  const record: StatsRecord = {
    schemaVersion: 1,
    submissionId: randomUUID(),
    fiscalYear: 2025,
    round: 1,
    sizeBand: "30-99",
    industry: "E",
    actions: {
      selected: { A: true, B: false, C: false, D: false },
      achieved: { A: true, B: false, C: false, D: false },
    },
    counts: {
      application: snapshot(1, 5),
      report: snapshot(2, 5),
    },
    categories: { total: 3, below40: 2 },
    wageGap: { all: 72.5, regular: 78.1, nonRegular: 90 },
    training: { trained: 50, total: 50, complete: true },
    projectedGrantYen: 300_000,
  };
  change(record);
  return record;
}

function snapshot(
  womenManagers: number,
  menManagers: number,
): StatsRecord["counts"]["application"] {
  return {
    employees: { women: 20, men: 30 },
    regular: { women: 12, men: 26 },
    nonRegular: { women: 8, men: 4 },
    managers: { women: womenManagers, men: menManagers },
    allowanceRecipients: { women: 1, men: 3 },
    nonRegularRetirementCovered: { women: 0, men: 0 },
  };
}
