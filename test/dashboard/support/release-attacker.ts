import type {
  Figure,
  GroupFigures,
  Publication,
  ScopePublication,
} from "../../../dashboard/server/aggregation/publication";

/**
 * An attacker who saved two releases of one year and subtracts them: where a group gained 1–2
 * companies (numbers of companies are published), the change of any figure shown in both
 * releases is a figure of those 1–2 companies. Also through a relation: the change of a total
 * minus the changes of all its parts but one is that part's change. Written independently of
 * the server's suppression code.
 */
export interface Recovered {
  where: string;
  path: string;
  change: number;
}

type Paths = Map<string, Figure>;

function flatten(group: GroupFigures): Paths {
  const out: Paths = new Map();
  const walk = (node: unknown, path: string) => {
    const n = node as Record<string, unknown>;
    if (typeof n["suppressed"] === "boolean") {
      // Additive figures only: quartiles are not subtracted.
      if (!/\.(q1|median|q3)$/.test(path)) out.set(path, n as unknown as Figure);
    } else for (const [k, v] of Object.entries(n)) walk(v, path ? `${path}.${k}` : k);
  };
  walk(group, "");
  return out;
}

interface Group {
  where: string;
  companies: [number | null, number | null];
  figures: [Paths, Paths];
}

function groupsOf(before: Publication, after: Publication): Map<string, Group> {
  const out = new Map<string, Group>();
  const scopes: [ScopePublication, ScopePublication | undefined][] = [
    [after.fiscalYearScope, before.fiscalYearScope],
    ...after.rounds.map((s): [ScopePublication, ScopePublication | undefined] => [
      s,
      before.rounds.find((b) => b.round === s.round),
    ]),
  ];
  for (const [now, then] of scopes) {
    if (!then) continue;
    const scope = now.round === null ? "FY" : `r${now.round}`;
    const add = (where: string, a: GroupFigures | undefined, b: GroupFigures) => {
      const empty = new Map<string, Figure>();
      out.set(where, {
        where,
        companies: [a?.companies.value ?? 0, b.companies.value],
        figures: [a ? flatten(a) : empty, flatten(b)],
      });
    };
    add(`${scope}/total`, then.figures, now.figures);
    for (const row of now.bySizeBand)
      add(
        `${scope}/size/${row.key}`,
        then.bySizeBand.find((r) => r.key === row.key)?.figures,
        row.figures,
      );
    for (const row of now.byIndustry)
      add(
        `${scope}/industry/${row.key}`,
        then.byIndustry.find((r) => r.key === row.key)?.figures,
        row.figures,
      );
    const bands = (s: ScopePublication): Paths =>
      new Map(
        Object.entries(s.distributions).flatMap(([stat, rows]) =>
          rows.map((r): [string, Figure] => [`band.${stat}.${r.band}`, r.companies]),
        ),
      );
    out.set(`${scope}/bands`, {
      where: `${scope}/bands`,
      companies: [then.figures.companies.value, now.figures.companies.value],
      figures: [bands(then), bands(now)],
    });
  }
  return out;
}

const gainedFew = (g: Group) => {
  const [a, b] = g.companies;
  if (a === null || b === null) return false;
  const d = Math.abs(b - a);
  return d === 1 || d === 2;
};

function change(g: Group, path: string): number | undefined {
  const a = g.figures[0].get(path);
  const b = g.figures[1].get(path);
  // A figure the earlier release did not have at all was 0 (a group without records).
  const before = a === undefined ? 0 : a.suppressed ? undefined : (a.value ?? 0);
  if (before === undefined || !b || b.suppressed) return undefined;
  return (b.value ?? 0) - before;
}

/** Figures of the 1–2 companies a group gained, read off two releases. */
export function subtract(before: Publication, after: Publication): Recovered[] {
  const out: Recovered[] = [];
  for (const g of groupsOf(before, after).values()) {
    if (!gainedFew(g)) continue;
    for (const path of g.figures[1].keys()) {
      if (path === "companies") continue;
      const c = change(g, path);
      if (c !== undefined) out.push({ where: g.where, path, change: c });
    }
  }
  return out;
}

/**
 * Breakdown vs total: Δ(total) − Σ Δ(other parts) = Δ(the one part hidden in a release), for
 * size bands and industries of each scope and for the year over its rounds.
 */
export function subtractThroughTotals(before: Publication, after: Publication): Recovered[] {
  const groups = groupsOf(before, after);
  const scopes = ["FY", ...after.rounds.map((r) => `r${r.round}`)];
  const relations: [string, string[]][] = [];
  for (const scope of scopes) {
    const parts = (kind: string) =>
      [...groups.keys()].filter((k) => k.startsWith(`${scope}/${kind}/`));
    relations.push([`${scope}/total`, parts("size")], [`${scope}/total`, parts("industry")]);
  }
  for (const key of [...groups.keys()].filter((k) => k.startsWith("FY/") && !k.endsWith("bands"))) {
    relations.push([
      key,
      after.rounds.map((r) => key.replace(/^FY/, `r${r.round}`)).filter((k) => groups.has(k)),
    ]);
  }
  const out: Recovered[] = [];
  for (const [totalKey, partKeys] of relations) {
    const total = groups.get(totalKey);
    if (!total) continue;
    for (const path of total.figures[1].keys()) {
      if (path === "companies") continue;
      const dTotal = change(total, path);
      if (dTotal === undefined) continue;
      const unknown = partKeys.filter((k) => change(groups.get(k)!, path) === undefined);
      if (unknown.length !== 1) continue;
      const part = groups.get(unknown[0]!)!;
      if (!gainedFew(part)) continue;
      const known = partKeys
        .filter((k) => k !== unknown[0])
        .reduce((s, k) => s + change(groups.get(k)!, path)!, 0);
      out.push({ where: part.where, path, change: dTotal - known });
    }
  }
  return out;
}
