/**
 * The pages' addresses, as pure functions (no DOM): the History API hook in use-location.ts
 * feeds them `location.pathname` and `location.search`. The server answers every non-API GET
 * with index.html, so each of these paths can be bookmarked and reloaded.
 */
export type Route =
  | { name: "login" }
  | { name: "overview" }
  | { name: "round"; round: number }
  | { name: "breakdowns" }
  | { name: "report" }
  | { name: "admin" }
  | { name: "notFound" };

export interface AppLocation {
  route: Route;
  /** ?fy=2025; null when the address does not name a fiscal year */
  fiscalYear: number | null;
}

const FIXED: Record<string, Route> = {
  "/": { name: "overview" },
  "/login": { name: "login" },
  "/breakdowns": { name: "breakdowns" },
  "/report": { name: "report" },
  "/admin": { name: "admin" },
};

export function parseLocation(pathname: string, search: string): AppLocation {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  const fy = new URLSearchParams(search).get("fy");
  const fiscalYear = fy !== null && /^\d{4}$/.test(fy) ? Number(fy) : null;
  const fixed = FIXED[path];
  if (fixed) return { route: fixed, fiscalYear };
  const round = /^\/rounds\/([1-9][0-9]?)$/.exec(path);
  if (round) return { route: { name: "round", round: Number(round[1]) }, fiscalYear };
  return { route: { name: "notFound" }, fiscalYear };
}

export function pathOf(route: Route): string {
  switch (route.name) {
    case "overview":
    case "notFound":
      return "/";
    case "round":
      return `/rounds/${route.round}`;
    default:
      return `/${route.name}`;
  }
}

/** The address of a page, keeping the chosen fiscal year in the query. */
export function hrefFor(route: Route, fiscalYear: number | null): string {
  const path = pathOf(route);
  return fiscalYear === null || route.name === "login" ? path : `${path}?fy=${fiscalYear}`;
}

/** Same page? (for aria-current in the navigation) */
export function sameRoute(a: Route, b: Route): boolean {
  return pathOf(a) === pathOf(b) && a.name === b.name;
}
