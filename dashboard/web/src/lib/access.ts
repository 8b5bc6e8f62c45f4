import type { Role } from "./api-types";
import type { Route } from "./router";

/**
 * Which roles see which page; mirrors the server's ACCESS table (the server enforces it, this
 * only keeps pages a user cannot use out of the menu).
 */
const PAGE_ROLES: Record<Route["name"], readonly Role[]> = {
  login: ["admin", "foundation", "policy"],
  overview: ["admin", "foundation", "policy"],
  round: ["admin", "foundation", "policy"],
  breakdowns: ["admin", "foundation", "policy"],
  notFound: ["admin", "foundation", "policy"],
  report: ["admin", "policy"],
  admin: ["admin"],
};

export function canSee(role: Role, page: Route["name"]): boolean {
  return PAGE_ROLES[page].includes(role);
}

export function rolesFor(page: Route["name"]): readonly Role[] {
  return PAGE_ROLES[page];
}
