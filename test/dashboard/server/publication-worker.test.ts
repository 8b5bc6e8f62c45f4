import { randomUUID } from "node:crypto";
import { keyOf } from "../../../dashboard/server/aggregation/load-publication";
import { publicationJson } from "../../../dashboard/server/aggregation/publication-json";
import {
  PublicationError,
  PublicationWorker,
} from "../../../dashboard/server/aggregation/publication-worker-client";
import { demoRecords } from "../../../dashboard/server/demo/demo-records";
import type { CellRow } from "../../../dashboard/server/storage/aggregate-queries";
import { recordInput } from "../support/record-input";
import { openTestDatabase, type TestDatabase } from "../support/test-database";

jest.setTimeout(60_000);

describe("the publication worker (published tables off the event loop)", () => {
  let db: TestDatabase;
  let rows: CellRow[];
  const { rounds } = keyOf(2025);

  beforeAll(async () => {
    db = await openTestDatabase("pglite");
    const records = demoRecords(2025, 11).map((r) => ({ ...r, submissionId: randomUUID() }));
    expect(
      (await db.storage.importRecords(records.map((r) => recordInput(r, "import")))).kind,
    ).toBe("stored");
    rows = (await db.storage.cellRowsWithVersion(2025)).rows;
    expect(rows.length).toBeGreaterThan(10);
  });
  afterAll(async () => db?.close());

  it("answers exactly what the in-process computation gives, for concurrent requests", async () => {
    const worker = new PublicationWorker();
    try {
      const subsets = [rows, rows.slice(0, 5), rows.slice(3), []];
      const answers = await Promise.all(subsets.map((r) => worker.compute(2025, r, rounds)));
      answers.forEach((json, i) => expect(json).toBe(publicationJson(2025, subsets[i]!, rounds)));
      // The subsets differ, so a mix-up of answers could not pass.
      expect(new Set(answers).size).toBe(subsets.length);
    } finally {
      await worker.close();
    }
  });

  it("reports bad cells as an error, as the in-process computation would", async () => {
    const worker = new PublicationWorker();
    try {
      const bad: CellRow[] = [{ ...rows[0]!, sum_projected_grant_yen: "many" }];
      expect(() => publicationJson(2025, bad, rounds)).toThrow(/not a number/);
      await expect(worker.compute(2025, bad, rounds)).rejects.toThrow(PublicationError);
      await expect(worker.compute(2025, bad, rounds)).rejects.toThrow(/not a number: many/);
      // The worker survives a failed computation.
      expect(await worker.compute(2025, rows, rounds)).toBe(publicationJson(2025, rows, rounds));
    } finally {
      await worker.close();
    }
  });

  it("still answers what was waiting when it is closed, and computes in-process after", async () => {
    const worker = new PublicationWorker();
    const waiting = worker.compute(2025, rows, rounds);
    await worker.close();
    const expected = publicationJson(2025, rows, rounds);
    expect(await waiting).toBe(expected);
    expect(await worker.compute(2025, rows, rounds)).toBe(expected);
  });
});
