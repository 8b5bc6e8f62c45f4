import { CSV_COLUMNS, readCell, setPath } from "../../../dashboard/server/records/csv-columns";
import { canonicalJson } from "../../../dashboard/server/storage/canonical-json";
import { checkRecord } from "../../../dashboard/server/records/validate-record";
import { demoRecords } from "../../../dashboard/server/demo/demo-records";
import { statsRecordSchema } from "../../../shared/stats/record-schema";
import { makeRecord } from "../support/records";

describe("CSV columns derived from the shared schema", () => {
  it("has one column per leaf of the record", () => {
    expect(CSV_COLUMNS).toHaveLength(47);
    expect(CSV_COLUMNS.find((c) => c.path === "industry")).toEqual({
      path: "industry",
      kind: "string",
      nullable: true,
    });
    expect(CSV_COLUMNS.find((c) => c.path === "wageGap.nonRegular")).toEqual({
      path: "wageGap.nonRegular",
      kind: "number",
      nullable: true,
    });
    expect(CSV_COLUMNS.find((c) => c.path === "actions.achieved.D")?.kind).toBe("boolean");
  });

  it("round-trips a record through cells", () => {
    const record = makeRecord((r) => (r.industry = null));
    const rebuilt: Record<string, unknown> = {};
    for (const column of CSV_COLUMNS) {
      let node: unknown = record;
      for (const key of column.path.split(".")) node = (node as Record<string, unknown>)[key];
      setPath(rebuilt, column.path, readCell(column, node === null ? "" : String(node)));
    }
    expect(statsRecordSchema.parse(rebuilt)).toEqual(record);
  });

  it("reads booleans the way Japanese spreadsheets write them, and leaves nonsense for the schema", () => {
    const flag = CSV_COLUMNS.find((c) => c.path === "training.complete")!;
    expect(
      ["TRUE", "1", "はい", "false", "0", "いいえ", "maybe"].map((v) => readCell(flag, v)),
    ).toEqual([true, true, true, false, false, false, "maybe"]);
    const count = CSV_COLUMNS.find((c) => c.path === "categories.total")!;
    expect([" 3 ", "", "３", "1e3"].map((v) => readCell(count, v))).toEqual([
      3,
      undefined,
      "３",
      "1e3",
    ]);
  });
});

describe("canonical JSON and record checks", () => {
  it("ignores key order, not content", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,1]},"b":1}',
    );
  });

  it("lower-cases the submission id and checks the round against the schedule", () => {
    const record = makeRecord();
    const upper = checkRecord({ ...record, submissionId: record.submissionId.toUpperCase() });
    expect(upper.ok && upper.record.submissionId).toBe(record.submissionId);
    const unknown = checkRecord({ ...record, fiscalYear: 2030 });
    expect(unknown).toMatchObject({
      ok: false,
      fields: [{ path: "round", code: "unknown_round" }],
    });
  });
});

describe("demo records", () => {
  it("are valid, deterministic, and include a round of two so suppression shows", () => {
    const records = demoRecords();
    for (const record of records) expect(checkRecord(record).ok).toBe(true);
    expect(demoRecords()).toEqual(records);
    expect(new Set(records.map((r) => r.submissionId)).size).toBe(records.length);
    expect(records.filter((r) => r.round === 6)).toHaveLength(2);
    expect(new Set(records.map((r) => r.round))).toEqual(new Set([1, 2, 3, 4, 5, 6]));
  });
});
