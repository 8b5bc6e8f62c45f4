import type { Publication } from "../../../dashboard/server/aggregation/publication";
import { auditSolverReady } from "../../../dashboard/server/disclosure/audit/solver";
import { PROTECTION_MAGNITUDE_SHARE } from "../../../dashboard/server/disclosure/settings";
import type { StatsRecord } from "../../../shared/stats/record-schema";
import { companies, groups, inGroup, release, type Made } from "../support/release-sequence";

/**
 * Red team 2, session 10 (issue 14): a group that LOST companies between two releases (a revoked
 * record, an import batch removed whole), in sequences of three releases of a year.
 *
 * The audit's attacker links two releases only by "figures only grow" (a count by at most what
 * its group gained; a sum of a group that gained none did not move: audit.ts roomToGrow). Where
 * a group's number of companies FELL it adds nothing (companiesGained is undefined for a loss).
 * A reader who sees the number fall and assumes, rightly here, that records were only taken away
 * knows more: every figure of the group did not grow, and a count fell by at most the companies
 * lost. This test's attacker uses that with the grant formula (¥300,000 × achieved A–C +
 * ¥100,000 × D) and the group's published full counts and 0s: the company that left had a grant
 * in a known range, so the later release's hidden grant of the group lies in [earlier − L × most,
 * earlier − L × least]. Over seeds 1–12, both orders (two late records then one revocation, and
 * the other way round), every release is created and this attacker never gets a protected
 * grant (a group of ≤ 3 companies) narrower than ±20 %: sound today, kept as a regression test.
 *
 * NOT covered here (finding, medium): a copy of the server's audit with that knowledge added
 * (in auditSystem's links, where `before.groupSize > after.groupSize` and the figure did not
 * grow: "≤ before" for every figure, "≥ before − lost" for counts) narrows, beyond what the
 * server's audit finds, a few grant sums of 3 contributors per seed: seed 1, two late records
 * then a revocation, release 3's r1/sizeBand/30-99 (true ¥1,200,000) to [12, 15] × ¥100,000,
 * ±1.5 where ±2.4 is required; seed 2 FY/industry/E [9, 12] (±1.8 required); seed 3 (revocation
 * first) release 2's r2/industry/N [9, 12]. An insider of such a sum subtracts its own part and
 * has the other two's to ±¥150,000. Its other extra pins (flags of the revoked company, 0s of a
 * group of 2) follow from 0s and full counts published before (group disclosure). Suggested fix:
 * add those links, only where true, to audit.ts and widening.ts's rows.
 */
beforeAll(() => auditSolverReady);
jest.setTimeout(300_000);

const FLAGS = [
  ["A", 3],
  ["B", 3],
  ["C", 3],
  ["D", 1],
] as const;

/**
 * The attacker, written independently of the server. For a group whose companies fell by L
 * from release i to j (records only taken away), and whose projected grant release i (or the
 * release before it, the group unchanged) shows: each company's grant, in ¥100,000, is
 * Σ weight × achieved flag; a flag the group shows as full (every company) or 0 is known for
 * the company that left. Release j's grant then lies in [shown − L × most, shown − L × least].
 */
function readGrant(
  releases: readonly Publication[],
): { group: string; lower: number; upper: number; release: number }[] {
  const all = releases.map(groups);
  const out: { group: string; lower: number; upper: number; release: number }[] = [];
  for (let j = 1; j < all.length; j++) {
    const i = j - 1;
    for (const [group, now] of all[j]!) {
      const then = all[i]!.get(group);
      if (!then || !now.sums.projectedGrantYen.suppressed) continue;
      const lost = (then.companies.value ?? 0) - (now.companies.value ?? 0);
      const shown = then.sums.projectedGrantYen;
      if (lost <= 0 || shown.suppressed || shown.value === null) continue;
      // A protected sum: fewer than 4 companies (an insider of 3 reads the other two's).
      if ((now.companies.value ?? 0) > 3) continue;
      let least = 0;
      let most = 0;
      for (const [flag, weight] of FLAGS) {
        // What release i, or an earlier release of the same group size, shows of the flag.
        const known = all
          .slice(0, j)
          .map((g) => g.get(group))
          .filter((g) => g?.companies.value === then.companies.value)
          .map((g) => g!.achieved[flag])
          .find((f) => !f.suppressed);
        // A flag no company of the year, the round or the year's same group achieved in release
        // i (or in an earlier release where that group had as many companies): 0 for the
        // company that left too.
        const scope = group.slice(0, group.indexOf("/"));
        const rest = group.slice(group.indexOf("/"));
        const none = [`${scope}/total/`, "FY/total/", `FY${rest}`].some((g) =>
          all.slice(0, i + 1).some((k) => {
            const f = k.get(g)?.achieved[flag];
            const same = k.get(g)?.companies.value === all[i]!.get(g)?.companies.value;
            return same && f?.suppressed === false && f.value === 0;
          }),
        );
        if (none || known?.value === 0) continue;
        if (known?.value === then.companies.value) least += weight;
        most += weight;
      }
      const value = shown.value / 100_000;
      out.push({ group, lower: value - lost * most, upper: value - lost * least, release: j });
    }
  }
  return out;
}

const grantOf = (records: readonly StatsRecord[], group: string): number =>
  records.filter((r) => inGroup(r, group)).reduce((s, r) => s + r.projectedGrantYen / 100_000, 0);

describe("red team 2: a group that lost companies", () => {
  // Sound today (see the comment at the top): a regression test for revocations in a sequence.
  it("a revoked record does not let a hidden sum be read within its protection interval", () => {
    const narrow: string[] = [];
    let created = 0;
    for (const seed of (process.env.RT2_SEEDS ?? "1,2,3").split(",").map(Number)) {
      for (const order of ["late-then-revoke", "revoke-then-late"]) {
        const first = companies(30 + (seed % 21), seed);
        const late = companies(2, seed * 7 + 3);
        const cut = (list: StatsRecord[]) => list.filter((_, i) => i !== (seed * 13) % list.length);
        const second = order === "late-then-revoke" ? [...first, ...late] : cut(first);
        const third = order === "late-then-revoke" ? cut(second) : [...second, ...late];
        const made: Made[] = [release(first, [])];
        made.push(release(second, made));
        made.push(release(third, made));
        created += made.filter((m) => m.ok).length;
        const truth = [first, second, third];
        for (const read of readGrant(made.filter((m) => m.ok).map((m) => m.tables.publication))) {
          const value = grantOf(truth[read.release]!, read.group);
          // The attacker's range holds the truth (a sound attack) ...
          expect(read.lower).toBeLessThanOrEqual(value);
          expect(read.upper).toBeGreaterThanOrEqual(value);
          // ... and must be at least the protection interval wide.
          if (read.upper - read.lower < 2 * PROTECTION_MAGNITUDE_SHARE * value - 1e-9) {
            narrow.push(
              `seed ${seed} ${order} #${read.release + 1} ${read.group}: [${read.lower}, ${read.upper}] true ${value}`,
            );
          }
        }
      }
    }
    expect(narrow).toEqual([]);
    // Protected by what the releases hide, not by refusing them.
    expect(created).toBe(3 * 2 * 3);
  });
  // Usability (red team 2): revoking the ONLY company of a group refuses every later release of
  // the year when that company's flag was 0. The audit links two releases by "figures only grow"
  // wherever that is true (audit.ts: `after.value >= before.value`), also for a group whose
  // companies FELL: seed 1, release 1 has one round-3 company of size band 1–29 (industry P; no
  // training completed, B not selected); it is revoked, the group is empty in release 2 (every
  // figure 0), and "0 ≥ release 1's figure" pins that company's figures at 0 (`#1
  // trainingComplete@r3/sizeBand/1-29 … ±0`, `#1 selected.B@r3/industry/P …`). No cell can be
  // hidden to undo it (the empty group's 0s are what they are), so release 2 is refused, and so
  // is every later release while the group stays empty. A reader learns nothing of release 1's
  // company from an empty group; one who sees the number of companies fall can only assume
  // "≥ before − companies lost". Suggested fix: where a group's companies fell, replace the "≥
  // before" link by "≥ before − lost" for counts (and "≤ before" for every figure, where true,
  // see the finding above), in audit.ts and widening.ts alike. Tried, not committed: with only
  // "≥ before − lost" (both files) this test passes but the test above gets 14 of its 18
  // releases created (18 today); with "≤ before" too, 11, and this one is still refused. The
  // widening loop needs work before the audit can model removals; left to the lead.
  it.failing("a release after revoking the only company of a group is created", () => {
    const year = companies(31, 1);
    const alone = year.filter((r) => r.round === 3 && r.sizeBand === "1-29");
    expect(alone).toHaveLength(1);
    expect(alone[0]!.training.complete).toBe(false);
    const first = release(year, []);
    expect(first.ok).toBe(true);
    const second = release(
      year.filter((r) => r !== alone[0]),
      [first],
    );
    expect(second.ok).toBe(true);
  });
});
