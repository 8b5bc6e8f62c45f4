import fc from "fast-check";
import type { StatsRecord } from "../../../shared/stats/record-schema";
import { makeRecord } from "../support/records";
import { startTestApp, type TestApp } from "../support/test-app";
import { DRIVERS } from "../support/test-database";

jest.setTimeout(60_000);

/** Same content, keys in reverse order at every level. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .reverse()
        .map(([k, v]) => [k, reversedKeys(v)]),
    );
  }
  return value;
}

describe.each(DRIVERS)("POST /api/submissions on %s", (driver) => {
  let t: TestApp;
  let bearer: string;
  beforeAll(async () => {
    t = await startTestApp(driver);
    bearer = await t.token(2025, 1);
  });
  afterAll(async () => t?.close());

  const submit = (payload: unknown, token = bearer) =>
    t.app.inject({
      method: "POST",
      url: "/api/submissions",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      payload: typeof payload === "string" ? payload : JSON.stringify(payload),
    });

  describe("idempotency", () => {
    it("stores once: 201, then 200 for the same content (any key order or id case), 409 for other content", async () => {
      const record = makeRecord();
      const first = await submit(record);
      expect(first.statusCode).toBe(201);
      expect(first.json()).toEqual({ submissionId: record.submissionId, status: "stored" });

      const again = await submit(reversedKeys(record));
      expect(again.statusCode).toBe(200);
      expect(again.json()).toEqual({ submissionId: record.submissionId, status: "alreadyStored" });
      expect(
        (await submit({ ...record, submissionId: record.submissionId.toUpperCase() })).statusCode,
      ).toBe(200);

      const changed: StatsRecord = { ...record, categories: { total: 3, below40: 1 } };
      const conflict = await submit(changed);
      expect(conflict.statusCode).toBe(409);
      expect(conflict.json()).toMatchObject({
        error: {
          code: "SUBMISSION_CONFLICT",
          fields: [{ path: "submissionId", code: "conflict" }],
        },
      });
      expect(await t.db.storage.countRecords(2025)).toBe(1);
    });

    it("is race-safe through the API: ten parallel copies store one record", async () => {
      const record = makeRecord();
      const responses = await Promise.all(Array.from({ length: 10 }, () => submit(record)));
      const statuses = responses.map((r) => r.statusCode).sort();
      expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);

      const id = makeRecord().submissionId;
      const rivals = await Promise.all(
        [0, 300_000, 600_000, 900_000].map((yen) =>
          submit(
            makeRecord((r) => {
              r.submissionId = id;
              r.projectedGrantYen = yen;
            }),
          ),
        ),
      );
      expect(rivals.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409]);
    });
  });

  describe("authentication and scope", () => {
    it("401 without a token or with a wrong one, before reading the body", async () => {
      const none = await t.app.inject({
        method: "POST",
        url: "/api/submissions",
        payload: makeRecord(),
      });
      expect(none.statusCode).toBe(401);
      expect(none.json()).toMatchObject({ error: { code: "TOKEN_REQUIRED" } });
      expect((await submit(makeRecord(), "kt_not-a-real-token")).statusCode).toBe(401);
      const basic = await t.app.inject({
        method: "POST",
        url: "/api/submissions",
        headers: { authorization: "Basic YWRtaW46YWRtaW4=" },
        payload: makeRecord(),
      });
      expect(basic.statusCode).toBe(401);
      // An anonymous client cannot make the server read a huge body either.
      const huge = await t.app.inject({
        method: "POST",
        url: "/api/submissions",
        headers: { "content-type": "application/json" },
        payload: JSON.stringify({ pad: "x".repeat(200_000) }),
      });
      expect(huge.statusCode).toBe(401);
    });

    it("403 for a record of another round than the token's", async () => {
      const response = await submit(makeRecord((r) => (r.round = 4)));
      expect(response.statusCode).toBe(403);
      expect(response.json().error.messageJa).toContain("第1回");
    });
  });

  describe("bad bodies: 400 naming the fields at fault, never 500", () => {
    const cases: [string, (r: Record<string, unknown> & StatsRecord) => unknown, string[]][] = [
      [
        "a personal field riding along",
        (r) => ({ ...r, companyName: "株式会社テスト" }),
        ["companyName"],
      ],
      [
        "a nested unknown field",
        (r) => ({ ...r, training: { ...r.training, names: ["山田"] } }),
        ["training.names"],
      ],
      ["a missing field", (r) => ({ ...r, sizeBand: undefined }), ["sizeBand"]],
      [
        "a count of the wrong type",
        (r) => ({ ...r, categories: { total: "3", below40: 1 } }),
        ["categories.total"],
      ],
      [
        "a negative count",
        (r) => ({ ...r, training: { ...r.training, trained: -1 } }),
        ["training.trained"],
      ],
      [
        "an achieved action not selected",
        (r) => ({ ...r, actions: { ...r.actions, achieved: { ...r.actions.achieved, B: true } } }),
        ["actions.achieved.B"],
      ],
      [
        "D alone",
        (r) => ({
          ...r,
          actions: {
            selected: { A: false, B: false, C: false, D: true },
            achieved: { A: false, B: false, C: false, D: false },
          },
        }),
        ["actions.selected"],
      ],
      [
        "more categories under 40% than categories",
        (r) => ({ ...r, categories: { total: 1, below40: 2 } }),
        ["categories.below40"],
      ],
      [
        "a wage gap with two decimals",
        (r) => ({ ...r, wageGap: { ...r.wageGap, all: 72.55 } }),
        ["wageGap.all"],
      ],
      [
        "a grant that is not in ¥100,000 steps",
        (r) => ({ ...r, projectedGrantYen: 350_000 }),
        ["projectedGrantYen"],
      ],
      [
        "a submission id that is not a UUID",
        (r) => ({ ...r, submissionId: "42" }),
        ["submissionId"],
      ],
      ["another schema version", (r) => ({ ...r, schemaVersion: 2 }), ["schemaVersion"]],
      ["a round that does not exist", (r) => ({ ...r, round: 7 }), ["round"]],
      ["a fiscal year without a schedule", (r) => ({ ...r, fiscalYear: 2031 }), ["round"]],
      ["an industry outside JSIC A–T", (r) => ({ ...r, industry: "Z" }), ["industry"]],
    ];

    it.each(cases)("%s", async (_name, mutate, paths) => {
      const response = await submit(mutate(makeRecord() as Record<string, unknown> & StatsRecord));
      expect(response.statusCode).toBe(400);
      const error = response.json().error;
      expect(error.code).toBe("VALIDATION_FAILED");
      const reported = error.fields.map((f: { path: string }) => f.path);
      for (const path of paths) expect(reported).toContain(path);
      for (const field of error.fields) {
        expect(field.messageJa).toMatch(/[ぁ-んァ-ン一-龥]/);
      }
    });

    it.each([
      ["an array", "[]", 400],
      ["null", "null", 400],
      ["a string", '"record"', 400],
      ["broken JSON", '{"schemaVersion": 1,', 400],
      ["an empty body", "", 400],
      ["a prototype-poisoning key", '{"__proto__": {"x": 1}}', 400],
      ["a constructor-poisoning key", '{"constructor": {"prototype": {"x": 1}}}', 400],
    ])("%s → %i", async (_name, raw, status) => {
      const response = await submit(raw);
      expect(response.statusCode).toBe(status);
      expect(response.json().error.messageJa.length).toBeGreaterThan(0);
    });

    it("415 for anything but JSON", async () => {
      for (const contentType of [
        "text/plain",
        "text/csv",
        "application/xml",
        "multipart/form-data; boundary=x",
      ]) {
        const response = await t.app.inject({
          method: "POST",
          url: "/api/submissions",
          headers: { authorization: `Bearer ${bearer}`, "content-type": contentType },
          payload: "schemaVersion=1",
        });
        expect([contentType, response.statusCode]).toEqual([contentType, 415]);
      }
    });

    it("413 above 64 KB; just under 64 KB is read (and then judged on content)", async () => {
      const padded = (size: number) => {
        const base = JSON.stringify({ ...makeRecord(), pad: "" });
        return base.replace('"pad":""', `"pad":"${"x".repeat(size - base.length)}"`);
      };
      const over = await submit(padded(64 * 1024 + 1));
      expect(over.statusCode).toBe(413);
      expect(over.json().error.code).toBe("PAYLOAD_TOO_LARGE");
      const under = await submit(padded(64 * 1024));
      expect(under.statusCode).toBe(400);
      expect(under.json().error.fields[0].path).toBe("pad");
    });

    it("property: arbitrary JSON never causes a 500", async () => {
      await fc.assert(
        fc.asyncProperty(fc.json({ maxDepth: 3 }), async (json) => {
          const response = await submit(json);
          expect(response.statusCode).toBeLessThan(500);
          expect(response.json().error).toBeDefined();
        }),
        { numRuns: 60 },
      );
    });
  });
});
