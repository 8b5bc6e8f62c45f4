import type { PlanItem } from "../../../shared/api/report-plan";
import type { SqlClient } from "./sql-client";

/** A year's plan items in their order, and the version an editor starts from (0: none saved). */
export interface StoredPlan {
  version: number;
  items: PlanItem[];
}

export type PlanSaveOutcome = { kind: "saved"; version: number } | { kind: "conflict" };

/** A report setting (the organisation line) and its version (0: never set). */
export interface StoredSetting {
  value: string | null;
  version: number;
}

interface ItemRow {
  item_id: string;
  number: string;
  path: string[];
  title: string;
  plan_text: string;
  generator: PlanItem["generator"];
}

export async function loadPlanItems(db: SqlClient, fiscalYear: number): Promise<StoredPlan> {
  const [items, versions] = await Promise.all([
    db.query<ItemRow>(
      `SELECT item_id, number, path, title, plan_text, generator FROM plan_items
       WHERE fiscal_year = $1 ORDER BY position`,
      [fiscalYear],
    ),
    db.query<{ version: number }>("SELECT version FROM plan_versions WHERE fiscal_year = $1", [
      fiscalYear,
    ]),
  ]);
  return {
    version: versions[0]?.version ?? 0,
    items: items.map((r) => ({
      id: r.item_id,
      number: r.number,
      path: r.path,
      title: r.title,
      planText: r.plan_text,
      generator: r.generator,
    })),
  };
}

/**
 * Replaces a year's items, in the given order, if nobody saved since `expectedVersion`. The
 * version row is locked first, so two editors of one year cannot both win.
 */
export async function savePlanItems(
  db: SqlClient,
  fiscalYear: number,
  items: readonly PlanItem[],
  expectedVersion: number,
  userId: number | null,
): Promise<PlanSaveOutcome> {
  return db.transaction(async (tx) => {
    // A first save inserts version 0 so that concurrent first saves meet on one row.
    await tx.query(
      "INSERT INTO plan_versions (fiscal_year, version) VALUES ($1, 0) ON CONFLICT DO NOTHING",
      [fiscalYear],
    );
    const [row] = await tx.query<{ version: number }>(
      "SELECT version FROM plan_versions WHERE fiscal_year = $1 FOR UPDATE",
      [fiscalYear],
    );
    if ((row?.version ?? 0) !== expectedVersion) return { kind: "conflict" } as const;
    await tx.query("DELETE FROM plan_items WHERE fiscal_year = $1", [fiscalYear]);
    if (items.length > 0) {
      await tx.query(
        `INSERT INTO plan_items (fiscal_year, item_id, position, number, path, title, plan_text, generator)
         SELECT $1, x.id, x.position, x.number, x.path, x.title, x.plan_text, x.generator
         FROM jsonb_to_recordset($2::jsonb)
           AS x(id text, position int, number text, path jsonb, title text, plan_text text, generator text)`,
        [
          fiscalYear,
          JSON.stringify(
            items.map((i, position) => ({
              id: i.id,
              position,
              number: i.number,
              path: i.path,
              title: i.title,
              plan_text: i.planText,
              generator: i.generator,
            })),
          ),
        ],
      );
    }
    const version = expectedVersion + 1;
    await tx.query(
      "UPDATE plan_versions SET version = $2, updated_by = $3, updated_at = now() WHERE fiscal_year = $1",
      [fiscalYear, version, userId],
    );
    return { kind: "saved", version } as const;
  });
}

export async function loadReportSetting(db: SqlClient, key: string): Promise<StoredSetting> {
  const [row] = await db.query<{ value: string; version: number }>(
    "SELECT value, version FROM report_settings WHERE key = $1",
    [key],
  );
  return { value: row?.value ?? null, version: row?.version ?? 0 };
}

/** Sets a report setting if nobody changed it since `expectedVersion`. */
export async function saveReportSetting(
  db: SqlClient,
  key: string,
  value: string,
  expectedVersion: number,
  userId: number | null,
): Promise<PlanSaveOutcome> {
  const version = expectedVersion + 1;
  const rows =
    expectedVersion === 0
      ? await db.query<{ version: number }>(
          `INSERT INTO report_settings (key, value, version, updated_by) VALUES ($1, $2, 1, $3)
           ON CONFLICT (key) DO NOTHING RETURNING version`,
          [key, value, userId],
        )
      : await db.query<{ version: number }>(
          `UPDATE report_settings SET value = $2, version = $4, updated_by = $3, updated_at = now()
           WHERE key = $1 AND version = $5 RETURNING version`,
          [key, value, userId, version, expectedVersion],
        );
  return rows.length === 1 ? { kind: "saved", version } : { kind: "conflict" };
}
