import { createRelease } from "../../../dashboard/server/aggregation/create-release";
import type { Figure, Publication } from "../../../dashboard/server/aggregation/publication";
import type { StatsRecord } from "../../../shared/stats/record-schema";
import { recordInput } from "../support/record-input";
import { makeRecord } from "../support/records";
import { DRIVERS, suiteDatabase } from "../support/test-database";

// Two releases with the LP audit each: seconds on a shared machine.
jest.setTimeout(120_000);

/** A round-1 company of band 30-99, industry G, with `managers` new women managers. */
const companyG = (managers: number) =>
  makeRecord((r) => {
    r.round = 1;
    r.sizeBand = "30-99";
    r.industry = "G";
    r.counts.report.managers.women = r.counts.application.managers.women + managers;
  });

/** Forty companies of rounds 1–3 (a fixed pseudo-random stream), a few new managers each. */
function base(): StatsRecord[] {
  let state = 23;
  const next = (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return Math.floor((state / 2_147_483_648) * n);
  };
  return Array.from({ length: 40 }, () =>
    makeRecord((r) => {
      r.round = 1 + next(3);
      r.sizeBand = (["1-29", "30-99"] as const)[next(2)]!;
      r.industry = (["E", "G", "I", "P"] as const)[next(4)]!;
      r.counts.report.managers.women = r.counts.application.managers.women + next(4);
    }),
  );
}

/** Each shown value of new women managers in the groups of a round-1 G company of 30-99. */
function shown(publication: Publication): Map<string, number> {
  const out = new Map<string, number>();
  const put = (where: string, f: Figure) => {
    if (!f.suppressed && f.value !== null) out.set(where, f.value);
  };
  for (const scope of [publication.fiscalYearScope, ...publication.rounds]) {
    if (scope.round !== null && scope.round !== 1) continue;
    const at = scope.round === null ? "FY" : "r1";
    put(`${at}/total`, scope.figures.sums.newFemaleManagers);
    const size = scope.bySizeBand.find((r) => r.key === "30-99");
    const industry = scope.byIndustry.find((r) => r.key === "G");
    if (size) put(`${at}/size`, size.figures.sums.newFemaleManagers);
    if (industry) put(`${at}/industry`, industry.figures.sums.newFemaleManagers);
  }
  return out;
}

/**
 * The red team's attack (redteam-release-attack.test.ts) through storage and createRelease:
 * the second release must find, from what the first one stored, that a newcomer below the
 * group's two largest dominates the change (and a company that left, the decrease).
 */
describe.each(DRIVERS)("releases: the dominance of changes on %s", (driver) => {
  const db = suiteDatabase(driver);

  const insert = async (records: readonly StatsRecord[]) => {
    for (const r of records) expect(await db.storage.insertRecord(recordInput(r))).toBe("stored");
  };
  const release = async (at: string) => {
    const outcome = await createRelease(db.storage, {
      fiscalYear: 2025,
      round: null,
      createdBy: null,
      now: new Date(at),
    });
    if (outcome.kind !== "created") throw new Error(`release ${outcome.kind}`);
    const stored = await db.storage.latestRelease(2025, null);
    return JSON.parse(stored!.publicationJson) as Publication;
  };
  /** Changes the attacker reads that pin a 15 after subtracting its own 1. */
  const pinned = (first: Publication, second: Publication, sign: 1 | -1) => {
    const a = shown(first);
    const b = shown(second);
    return [...a].filter(
      ([where, v]) => b.has(where) && Math.abs(sign * (b.get(where)! - v) - 1 - 15) <= 3,
    );
  };

  it("a newcomer below the group's two largest: the change is not published", async () => {
    await insert([...base(), companyG(18), companyG(18)]);
    const first = await release("2026-01-10T00:00:00Z");
    await insert([companyG(15), companyG(1), companyG(1), companyG(1)]);
    const second = await release("2026-01-11T00:00:00Z");
    expect(shown(first).size).toBeGreaterThan(0);
    expect(pinned(first, second, 1)).toEqual([]);
  });

  it("a company that left below the group's two largest: the decrease is not published", async () => {
    const leaving = [companyG(15), companyG(1), companyG(1), companyG(1)];
    await insert([...base(), companyG(18), companyG(18), ...leaving]);
    const first = await release("2026-01-10T00:00:00Z");
    for (const r of leaving) {
      await db.client.query("DELETE FROM records WHERE submission_id = $1::uuid", [r.submissionId]);
    }
    const second = await release("2026-01-11T00:00:00Z");
    expect(shown(first).size).toBeGreaterThan(0);
    expect(pinned(first, second, -1)).toEqual([]);
  });
});
