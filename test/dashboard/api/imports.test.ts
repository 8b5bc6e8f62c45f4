import Papa from "papaparse";
import { buildApp } from "../../../dashboard/server/app";
import { CSV_COLUMNS } from "../../../dashboard/server/records/csv-columns";
import type { StatsRecord } from "../../../shared/stats/record-schema";
import { makeRecord } from "../support/records";
import { FAST_SCRYPT, startTestApp, type TestApp } from "../support/test-app";
import { DRIVERS } from "../support/test-database";

jest.setTimeout(60_000);

/** Records → CSV with the dotted-path header the import expects. */
function toCsv(records: readonly StatsRecord[], bom = true): string {
  const cell = (record: StatsRecord, path: string): string => {
    let node: unknown = record;
    for (const key of path.split(".")) node = (node as Record<string, unknown>)[key];
    return node === null ? "" : String(node);
  };
  const rows = [
    CSV_COLUMNS.map((c) => c.path),
    ...records.map((r) => CSV_COLUMNS.map((c) => cell(r, c.path))),
  ];
  return (bom ? "\ufeff" : "") + Papa.unparse(rows);
}

describe.each(DRIVERS)("POST /api/imports on %s", (driver) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(driver);
  });
  afterAll(async () => t?.close());
  beforeEach(async () => t.reset());

  // Only admin may import since issue 14 (was: foundation too).
  const importJson = (payload: unknown, who: "foundation" | "admin" = "admin") =>
    t.app.inject({
      method: "POST",
      url: "/api/imports",
      headers: { cookie: t.cookie[who] },
      payload: payload as object,
    });
  const importCsv = (csv: string) =>
    t.app.inject({
      method: "POST",
      url: "/api/imports",
      headers: { cookie: t.cookie.admin, "content-type": "text/csv; charset=utf-8" },
      payload: csv,
    });

  it("imports a JSON array and reports every row; importing it again stores nothing new", async () => {
    const records = [
      makeRecord(),
      makeRecord((r) => (r.round = 2)),
      makeRecord((r) => (r.industry = null)),
    ];
    const first = await importJson(records);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({
      // each import is a removable batch since issue 14
      batchId: expect.any(Number),
      rows: 3,
      stored: 3,
      alreadyStored: 0,
      duplicatesInFile: 0,
      results: records.map((r, i) => ({
        row: i + 1,
        submissionId: r.submissionId,
        status: "stored",
      })),
    });
    const again = await importJson(records);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ stored: 0, alreadyStored: 3 });
    expect(await t.db.storage.countRecords(2025)).toBe(3);
    const audit = await t.db.storage.listAudit(10);
    expect(audit.filter((a) => a.action === "import")).toHaveLength(2);
    expect(JSON.stringify(audit)).not.toContain(records[0]!.submissionId);
  });

  it("is all or nothing: one bad row refuses the file and names every bad row and field", async () => {
    const good = makeRecord();
    const badType = { ...makeRecord(), categories: { total: "many", below40: 1 } };
    const personal = { ...makeRecord(), employeeNames: ["佐藤"] };
    const response = await importJson([good, badType, good, personal]);
    expect(response.statusCode).toBe(422);
    const error = response.json().error;
    expect(error.code).toBe("IMPORT_REFUSED");
    expect(error.messageJa).toContain("ファイル全体を取り込んでいません");
    expect(error.rows).toEqual([
      {
        row: 2,
        submissionId: badType.submissionId,
        fields: [expect.objectContaining({ path: "categories.total" })],
      },
      {
        row: 4,
        submissionId: personal.submissionId,
        fields: [expect.objectContaining({ path: "employeeNames", code: "unrecognized_key" })],
      },
    ]);
    expect(await t.db.storage.countRecords(2025)).toBe(0);
  });

  it("treats an identical repeat inside one file as one record, a differing one as refused", async () => {
    const record = makeRecord();
    const ok = await importJson([record, record]);
    expect(ok.statusCode).toBe(201);
    expect(ok.json().results.map((r: { status: string }) => r.status)).toEqual([
      "stored",
      "duplicateInFile",
    ]);
    const clash = await importJson([
      makeRecord(),
      { ...record, projectedGrantYen: 0 },
      { ...record, projectedGrantYen: 100_000 },
    ]);
    expect(clash.statusCode).toBe(422);
    expect(clash.json().error.rows.map((r: { row: number }) => r.row)).toEqual([3]);
  });

  it("refuses the file when a row conflicts with a stored record (other content, same id)", async () => {
    const stored = makeRecord();
    await importJson([stored]);
    const fresh = makeRecord();
    const response = await importJson([fresh, { ...stored, projectedGrantYen: 0 }]);
    expect(response.statusCode).toBe(422);
    expect(response.json().error.rows).toEqual([
      {
        row: 2,
        submissionId: stored.submissionId,
        fields: [expect.objectContaining({ code: "conflict" })],
      },
    ]);
    expect(await t.db.storage.countRecords(2025)).toBe(1);
  });

  it("imports CSV (UTF-8 with or without BOM, columns in any order, empty cell = null)", async () => {
    const records = [
      makeRecord((r) => (r.industry = null)),
      makeRecord((r) => (r.wageGap.nonRegular = null)),
    ];
    const response = await importCsv(toCsv(records));
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ rows: 2, stored: 2 });
    const shuffled = Papa.parse<string[]>(toCsv([makeRecord()], false)).data;
    const reordered = Papa.unparse(shuffled.map((row) => [...row].reverse()));
    expect((await importCsv(reordered)).statusCode).toBe(201);
    const again = await importCsv(toCsv(records, false));
    expect(again.json()).toMatchObject({ stored: 0, alreadyStored: 2 });
  });

  it("refuses a CSV with an unknown column (it could carry names) before reading any row", async () => {
    const csv = toCsv([makeRecord()])
      .replace("projectedGrantYen", "projectedGrantYen,氏名")
      .replace(/\n(.*)$/, "\n$1,山田太郎");
    const response = await importCsv(csv);
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: "IMPORT_COLUMNS",
      fields: [{ path: "氏名", code: "unknown_column" }],
    });
    const missing = await importCsv(
      toCsv([makeRecord()])
        .replace(",projectedGrantYen", "")
        .replace(/,300000$/m, ""),
    );
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields).toEqual([
      expect.objectContaining({ path: "projectedGrantYen", code: "missing_column" }),
    ]);
    expect(await t.db.storage.countRecords(2025)).toBe(0);
  });

  it("reports bad CSV cells by row and column path", async () => {
    const csv = toCsv([makeRecord(), makeRecord()]);
    const lines = csv.split("\r\n");
    const column = CSV_COLUMNS.findIndex((c) => c.path === "training.complete");
    const cells = lines[2]!.split(",");
    cells[column] = "maybe";
    lines[2] = cells.join(",");
    lines.push("1,2,3");
    const response = await importCsv(lines.join("\r\n"));
    expect(response.statusCode).toBe(422);
    const rows = response.json().error.rows;
    expect(rows[0]).toMatchObject({
      row: 2,
      fields: [expect.objectContaining({ path: "training.complete" })],
    });
    expect(rows[1]).toMatchObject({
      row: 3,
      fields: expect.arrayContaining([expect.objectContaining({ code: "csv_row" })]),
    });
  });

  it.each([
    ["an object instead of an array", { records: [] }, 400, "IMPORT_NOT_ARRAY"],
    ["an empty array", [], 400, "IMPORT_EMPTY"],
  ])("answers %s with %i", async (_name, payload, status, code) => {
    const response = await importJson(payload);
    expect(response.statusCode).toBe(status);
    expect(response.json().error.code).toBe(code);
  });

  it("answers other content types with 415 and files above the import limit with 413", async () => {
    const plain = await t.app.inject({
      method: "POST",
      url: "/api/imports",
      headers: { cookie: t.cookie.admin, "content-type": "text/plain" },
      payload: "hello",
    });
    expect(plain.statusCode).toBe(415);
    const small = await buildApp({
      storage: t.db.storage,
      importBodyLimit: 4096,
      passwordHashing: FAST_SCRYPT,
    });
    const response = await small.inject({
      method: "POST",
      url: "/api/imports",
      headers: { cookie: t.cookie.admin },
      payload: Array.from({ length: 5 }, () => makeRecord()),
    });
    expect(response.statusCode).toBe(413);
    await small.close();
    // The default import limit is far above the 64 KB of other routes: a year of records fits.
    const year = Array.from({ length: 400 }, (_, i) => makeRecord((r) => (r.round = (i % 6) + 1)));
    expect(JSON.stringify(year).length).toBeGreaterThan(64 * 1024);
    expect((await importJson(year)).statusCode).toBe(201);
  });
});
