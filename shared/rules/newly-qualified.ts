import type { DateRange } from "../dates/civil-date";
import type { Worker } from "../roster/worker";
import { type AppointmentTiming, appointmentTiming } from "./appointment-date";
import { countedWorkers } from "./counted-workers";

/** A woman who holds a status at the report date but did not at the application date. */
export interface NewlyQualified {
  worker: Worker;
  /** Absent from the application roster (or only there as a dispatched worker): a new hire. */
  newHire: boolean;
  timing: AppointmentTiming;
}

/**
 * Women (dispatched excluded) for whom `holds` is true on the report roster and was false, or
 * who were absent, on the application roster; matched by 社員番号, in report row order.
 */
export function newlyQualifiedWomen(
  applicationWorkers: readonly Worker[],
  reportWorkers: readonly Worker[],
  holds: (worker: Worker) => boolean,
  period: DateRange,
): NewlyQualified[] {
  const before = new Map(countedWorkers(applicationWorkers).map((w) => [w.employeeId, w]));
  return countedWorkers(reportWorkers)
    .filter((w) => w.gender === "woman" && holds(w))
    .filter((w) => {
      const earlier = before.get(w.employeeId);
      return earlier === undefined || !holds(earlier);
    })
    .sort((a, b) => a.row - b.row)
    .map((worker) => ({
      worker,
      newHire: !before.has(worker.employeeId),
      timing: appointmentTiming(worker, period),
    }));
}
