import { ACCESS } from "../../../../shared/api/auth";
import type { Role } from "./api-types";
import type { Route } from "./router";

/**
 * Which roles see which page: the API contract's ACCESS table of the routes each page calls
 * (the server enforces it; this only keeps pages a user cannot use out of the menu).
 */
const PAGE_ROLES: Record<Route["name"], readonly Role[]> = {
  login: ACCESS.anySession,
  overview: ACCESS.dashboards,
  round: ACCESS.dashboards,
  breakdowns: ACCESS.dashboards,
  notFound: ACCESS.anySession,
  report: ACCESS.report,
  admin: ACCESS.manageUsersAndTokens,
};

export function canSee(role: Role, page: Route["name"]): boolean {
  return PAGE_ROLES[page].includes(role);
}

export function rolesFor(page: Route["name"]): readonly Role[] {
  return PAGE_ROLES[page];
}
