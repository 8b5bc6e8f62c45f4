import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import type { PlanItem } from "../../../shared/api/report-plan";
import { addSchedule, resetSchedules } from "../../../shared/schedule/schedule-book";
import { parseScheduleFile } from "../../../shared/schedule/schedule-file";
import { startTestApp, type TestApp } from "../support/test-app";
import { DRIVERS } from "../support/test-database";

jest.setTimeout(60_000);

interface PlanAnswer {
  fiscalYear: number;
  version: number;
  items: PlanItem[];
  organisation: { name: string; version: number };
}

const NEW_ITEM: PlanItem = {
  id: "new-1",
  number: "200",
  path: ["III 新しい大項目", "1 中項目", "(1) 小項目"],
  title: "政策担当が追加した項目",
  planText: "計画の記載内容",
  generator: "none",
};

describe.each(DRIVERS)("the annual report's plan items on %s", (driver) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(driver);
  });
  beforeEach(async () => t.reset());
  afterAll(async () => {
    resetSchedules();
    await t?.close();
  });

  const getPlan = async (fiscalYear = 2025, cookie = t.cookie.policy) =>
    t.app.inject({
      method: "GET",
      url: `/api/report/plan?fiscalYear=${fiscalYear}`,
      headers: { cookie },
    });
  const putPlan = (payload: unknown, cookie = t.cookie.policy) =>
    t.app.inject({
      method: "PUT",
      url: "/api/report/plan",
      headers: { cookie },
      payload: payload as object,
    });
  const csvRows = async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/api/report?fiscalYear=2025&format=csv",
      headers: { cookie: t.cookie.policy },
    });
    return Papa.parse<string[]>(response.rawPayload.toString("utf8").slice(1)).data;
  };

  it("lists the year's items with their version and the organisation line", async () => {
    const response = await getPlan();
    expect(response.statusCode).toBe(200);
    const plan = response.json() as PlanAnswer;
    expect(plan.version).toBe(1);
    expect(plan.items.map((i) => i.id)).toEqual(["8", "19", "47", "164"]);
    expect(plan.organisation).toEqual({ name: "公益財団法人東京しごと財団", version: 0 });
  });

  it("adds, edits, reorders and removes in one save; the export follows", async () => {
    const { items, version } = (await getPlan()).json() as PlanAnswer;
    const edited = [{ ...items[3]!, title: "周知（編集後）" }, items[0]!, NEW_ITEM];
    const response = await putPlan({ fiscalYear: 2025, version, items: edited });
    expect(response.statusCode).toBe(200);
    const saved = response.json() as PlanAnswer;
    expect(saved.version).toBe(version + 1);
    expect(saved.items.map((i) => i.id)).toEqual(["164", "8", "new-1"]);
    const rows = await csvRows();
    const numbers = rows.filter((r) => /^\d+$/.test(r[0] ?? "")).map((r) => [r[0], r[1]]);
    expect(numbers).toEqual([
      ["164", "周知（編集後）"],
      ["8", "【サンプル】研修・セミナー等の開催"],
      ["200", "政策担当が追加した項目"],
    ]);
    const audit = await t.db.storage.listAudit(5);
    expect(audit.find((a) => a.action === "report.plan.save")).toMatchObject({
      action: "report.plan.save",
      detail: { fiscalYear: 2025, items: 3 },
    });
  });

  it("refuses a save from a stale version (409): the other editor's work stays", async () => {
    const { items, version } = (await getPlan()).json() as PlanAnswer;
    expect((await putPlan({ fiscalYear: 2025, version, items: items.slice(1) })).statusCode).toBe(
      200,
    );
    const stale = await putPlan({ fiscalYear: 2025, version, items: [] });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("PLAN_VERSION_CONFLICT");
    expect(((await getPlan()).json() as PlanAnswer).items).toHaveLength(3);
  });

  it("refuses two items with one id, and an unknown year, naming the field", async () => {
    const { items, version } = (await getPlan()).json() as PlanAnswer;
    const twice = await putPlan({ fiscalYear: 2025, version, items: [items[0], items[0]] });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.fields[0]).toMatchObject({
      path: "items",
      messageJa: "同じ ID の項目が複数あります。項目ごとに別の ID にしてください。",
    });
    const unknownYear = await putPlan({ fiscalYear: 2031, version: 0, items: [] });
    expect(unknownYear.statusCode).toBe(400);
    expect(unknownYear.json().error.fields[0].path).toBe("fiscalYear");
  });

  it("starts a new year by copying last year's items (GET that year, PUT into this one)", async () => {
    const json: unknown = JSON.parse(
      readFileSync(join(__dirname, "../../fixtures/schedules/fy2026-made-up.json"), "utf8"),
    );
    const parsed = parseScheduleFile(json);
    if (!parsed.ok) throw new Error("fixture");
    addSchedule(parsed.schedule);
    const empty = (await getPlan(2026)).json() as PlanAnswer;
    expect(empty).toMatchObject({ version: 0, items: [] });
    const last = (await getPlan(2025)).json() as PlanAnswer;
    const copied = await putPlan({ fiscalYear: 2026, version: 0, items: last.items });
    expect(copied.statusCode).toBe(200);
    expect((copied.json() as PlanAnswer).items).toEqual(last.items);
    // The years are independent: editing 2026 leaves 2025 as it was.
    await putPlan({ fiscalYear: 2026, version: 1, items: [] });
    expect(((await getPlan(2025)).json() as PlanAnswer).items).toHaveLength(4);
  });

  it("the organisation line is a setting with its own version, first in the CSV", async () => {
    const put = (name: string, version: number) =>
      t.app.inject({
        method: "PUT",
        url: "/api/report/organisation",
        headers: { cookie: t.cookie.policy },
        payload: { name, version },
      });
    const saved = await put("東京都 産業労働局（テスト）", 0);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual({ name: "東京都 産業労働局（テスト）", version: 1 });
    expect((await put("後から", 0)).statusCode).toBe(409);
    expect((await csvRows())[0]).toEqual(["東京都 産業労働局（テスト）", "", "", ""]);
    expect((await put("", 1)).statusCode).toBe(400);
  });

  it("only policy staff and admin edit the plan", async () => {
    expect((await getPlan(2025, t.cookie.foundation)).statusCode).toBe(403);
    expect(
      (await putPlan({ fiscalYear: 2025, version: 1, items: [] }, t.cookie.foundation)).statusCode,
    ).toBe(403);
    expect((await getPlan(2025, t.cookie.admin)).statusCode).toBe(200);
    expect((await getPlan(2025, "")).statusCode).toBe(401);
  });

  it("a text for an item removed from the plan is refused", async () => {
    const { items, version } = (await getPlan()).json() as PlanAnswer;
    await putPlan({ fiscalYear: 2025, version, items: items.slice(1) });
    const response = await t.app.inject({
      method: "PUT",
      url: "/api/report/texts",
      headers: { cookie: t.cookie.policy },
      payload: { fiscalYear: 2025, items: [{ id: "8", text: "x", version: 0 }] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[0].code).toBe("unknown_item");
  });
});
