import type { SqlClient } from "./sql-client";
import { toIso } from "./to-iso";

/** A fiscal year's schedule as stored: the uploaded JSON, checked again when it is read. */
export interface StoredSchedule {
  fiscalYear: number;
  body: unknown;
  updatedAt: string;
}

interface ScheduleRow {
  fiscal_year: number;
  body: unknown;
  updated_at: Date | string;
}

export async function listSchedules(db: SqlClient): Promise<StoredSchedule[]> {
  const rows = await db.query<ScheduleRow>(
    "SELECT fiscal_year, body, updated_at FROM schedules ORDER BY fiscal_year",
  );
  return rows.map((r) => ({
    fiscalYear: r.fiscal_year,
    body: r.body,
    updatedAt: toIso(r.updated_at),
  }));
}

/** Stores or replaces a year's schedule (a revised 募集要項 replaces the year's table). */
export async function saveSchedule(
  db: SqlClient,
  schedule: { fiscalYear: number; body: unknown; updatedBy: number },
): Promise<void> {
  await db.query(
    `INSERT INTO schedules (fiscal_year, body, updated_by) VALUES ($1, $2::jsonb, $3)
     ON CONFLICT (fiscal_year) DO UPDATE
       SET body = EXCLUDED.body, updated_by = EXCLUDED.updated_by, updated_at = now()`,
    [schedule.fiscalYear, JSON.stringify(schedule.body), schedule.updatedBy],
  );
}
