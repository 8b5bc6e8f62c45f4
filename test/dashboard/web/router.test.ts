import { hrefFor, parseLocation, pathOf } from "../../../dashboard/web/src/lib/router";

describe("page addresses", () => {
  it.each([
    ["/", { name: "overview" }],
    ["/login", { name: "login" }],
    ["/rounds/1", { name: "round", round: 1 }],
    ["/rounds/6/", { name: "round", round: 6 }],
    // A year may have any number of rounds: its schedule, not the address, says which exist.
    ["/rounds/7", { name: "round", round: 7 }],
    ["/rounds/12", { name: "round", round: 12 }],
    ["/breakdowns", { name: "breakdowns" }],
    ["/report", { name: "report" }],
    ["/admin", { name: "admin" }],
  ])("reads %s", (path, route) => {
    expect(parseLocation(path, "").route).toEqual(route);
  });

  it.each(["/rounds/0", "/rounds/100", "/rounds/07", "/rounds/x", "/nothing", "/admin/users"])(
    "does not know %s",
    (path) => {
      expect(parseLocation(path, "").route).toEqual({ name: "notFound" });
    },
  );

  it("reads the fiscal year from ?fy= and ignores anything else", () => {
    expect(parseLocation("/", "?fy=2025").fiscalYear).toBe(2025);
    expect(parseLocation("/", "?fy=25").fiscalYear).toBeNull();
    expect(parseLocation("/", "?fy=2025x").fiscalYear).toBeNull();
    expect(parseLocation("/", "").fiscalYear).toBeNull();
  });

  it("round-trips every page through its address", () => {
    for (const route of [
      { name: "overview" },
      { name: "round", round: 3 },
      { name: "breakdowns" },
      { name: "report" },
      { name: "admin" },
    ] as const) {
      const href = hrefFor(route, 2025);
      const [path, query] = href.split("?");
      expect(parseLocation(path!, `?${query}`)).toEqual({ route, fiscalYear: 2025 });
    }
  });

  it("keeps the fiscal year out of the login address", () => {
    expect(hrefFor({ name: "login" }, 2025)).toBe("/login");
    expect(hrefFor({ name: "round", round: 2 }, null)).toBe("/rounds/2");
    expect(pathOf({ name: "notFound" })).toBe("/");
  });
});
