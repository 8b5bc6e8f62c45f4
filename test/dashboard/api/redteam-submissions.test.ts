import type { StatsRecord } from "../../../shared/stats/record-schema";
import { makeRecord } from "../support/records";
import { startTestApp, type TestApp } from "../support/test-app";

jest.setTimeout(60_000);

/**
 * Red team (session 9, issue 14): what a company learns with its own submit token about another
 * company's record. One PGlite app for the file.
 */
describe("a token holder probing another company's record", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp("pglite");
  });
  afterAll(async () => t?.close());

  const submit = (token: string, record: StatsRecord) =>
    t.app.inject({
      method: "POST",
      url: "/api/submissions",
      headers: { authorization: `Bearer ${token}` },
      payload: record,
    });

  it("a token opens no read route, and its answers carry nothing but its own submission id", async () => {
    const token = await t.token(2025, 1);
    const stored = await submit(token, makeRecord());
    expect(stored.statusCode).toBe(201);
    expect(Object.keys(stored.json() as object).sort()).toEqual(["status", "submissionId"]);
    for (const url of ["/api/summary?fiscalYear=2025", "/api/releases?fiscalYear=2025"]) {
      const read = await t.app.inject({
        method: "GET",
        url,
        headers: { authorization: `Bearer ${token}` },
      });
      expect(read.statusCode).toBe(401);
    }
  });

  /**
   * LEAK (low: the attacker needs the victim's submission id, a random UUID kept in the victim's
   * workbook), fixed in storage/record-queries.ts (sameAsStored). Submission ids are unique
   * across companies and the idempotency check compared content only, not whose token stored
   * it: company X, holding its own token and company Y's submission id (a workbook passed on by
   * a consultant or a group company), sent a guess of Y's whole record under that id; 200
   * "alreadyStored" confirmed the guess exactly, 409 refuted it. Now a row another token stored
   * is 409 whatever its content (an imported row, which has no token, still compares content).
   */
  it("cannot confirm a guess of another company's record by its submission id", async () => {
    const victimToken = await t.token(2025, 1);
    const attackerToken = await t.token(2025, 1);
    const victim = makeRecord((r) => (r.wageGap.all = 61.3));
    expect((await submit(victimToken, victim)).statusCode).toBe(201);
    const rightGuess = await submit(attackerToken, structuredClone(victim));
    const wrongGuess = await submit(attackerToken, {
      ...victim,
      wageGap: { ...victim.wageGap, all: 61.4 },
    });
    // Both guesses must get the same answer: otherwise the answer tells which one is Y's record.
    expect(rightGuess.statusCode).toBe(wrongGuess.statusCode);
  });
});
