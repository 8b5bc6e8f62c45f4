import { findDetermined } from "../../../dashboard/server/disclosure/determined";
import type {
  Cell,
  LinearSystem,
  Relation,
} from "../../../dashboard/server/disclosure/linear-system";
import { findProblems, protect } from "../../../dashboard/server/disclosure/protect";
import { isSensitive, isSmall, unionOf } from "../../../dashboard/server/disclosure/sensitivity";

/** A count cell: its own companies are its contributors. */
const count = (id: string, value: number, groupSize = value, complements: number[] = []): Cell => ({
  id,
  value,
  groupSize,
  contributors: value,
  complements,
});

const sum = (total: string, parts: string[]): Relation => ({ kind: "sum", total, parts });

describe("primary suppression (fewer than 3 companies)", () => {
  it("treats 1 and 2 as small, 0 and 3 as publishable", () => {
    expect([0, 1, 2, 3, 10].map((k) => isSmall(k))).toEqual([false, true, true, false, false]);
  });

  it("suppresses a figure of a small group, with few contributors or a small complement", () => {
    expect(isSensitive({ groupSize: 2, contributors: 0, complements: [] })).toBe(true);
    expect(isSensitive({ groupSize: 40, contributors: 1, complements: [] })).toBe(true);
    expect(isSensitive({ groupSize: 40, contributors: 38, complements: [2] })).toBe(true);
    expect(isSensitive({ groupSize: 40, contributors: 0, complements: [40] })).toBe(false);
    expect(isSensitive({ groupSize: 40, contributors: 12, complements: [28, 0] })).toBe(false);
  });

  it("adds groups, contributors and complements when hidden cells are taken together", () => {
    expect(unionOf([count("a", 1, 1, [5, 0]), count("b", 4, 9, [2, 1])])).toEqual({
      groupSize: 10,
      contributors: 5,
      complements: [7, 1],
    });
  });
});

describe("findDetermined (exact linear algebra)", () => {
  const relations = [sum("T", ["a", "b", "c"])];

  it("finds a single hidden part of a published total", () => {
    expect([...findDetermined(relations, new Set(["b"]))]).toEqual(["b"]);
  });

  it("finds nothing when two parts are hidden", () => {
    expect(findDetermined(relations, new Set(["a", "b"])).size).toBe(0);
  });

  it("finds a hidden total whose parts are all published", () => {
    expect([...findDetermined(relations, new Set(["T"]))]).toEqual(["T"]);
  });

  it("sees through chains: x hidden in two relations, each with one other hidden cell, linked", () => {
    // T1 = x + y, T2 = y + z, T3 = x + z  ⇒  x = (T1 − T2 + T3) / 2
    const chain = [sum("T1", ["x", "y"]), sum("T2", ["y", "z"]), sum("T3", ["x", "z"])];
    expect([...findDetermined(chain, new Set(["x", "y", "z"]))].sort()).toEqual(["x", "y", "z"]);
  });

  it("handles coefficients other than ±1 (the grant relation)", () => {
    const grant: Relation = {
      kind: "linear",
      terms: [
        ["G", 1],
        ["A", -3],
        ["D", -1],
      ],
    };
    expect([...findDetermined([grant], new Set(["A"]))]).toEqual(["A"]);
    expect(findDetermined([grant], new Set(["A", "D"])).size).toBe(0);
  });
});

/** A rounds × size bands table with margins, like the dashboard's. */
function table(values: number[][]): LinearSystem {
  const cells: Cell[] = [];
  const relations: Relation[] = [];
  const columns = values[0]!.length;
  values.forEach((row, r) => {
    row.forEach((v, c) => cells.push(count(`r${r}c${c}`, v)));
    const total = row.reduce((s, v) => s + v, 0);
    cells.push(count(`r${r}T`, total));
    relations.push(
      sum(
        `r${r}T`,
        row.map((_, c) => `r${r}c${c}`),
      ),
    );
  });
  for (let c = 0; c < columns; c++) {
    const total = values.reduce((s, row) => s + row[c]!, 0);
    cells.push(count(`Yc${c}`, total));
    relations.push(
      sum(
        `Yc${c}`,
        values.map((_, r) => `r${r}c${c}`),
      ),
    );
  }
  const grand = values.flat().reduce((s, v) => s + v, 0);
  cells.push(count("YT", grand));
  relations.push(
    sum(
      "YT",
      values.map((_, r) => `r${r}T`),
    ),
  );
  relations.push(
    sum(
      "YT",
      Array.from({ length: columns }, (_, c) => `Yc${c}`),
    ),
  );
  return { cells, relations };
}

describe("protect (secondary suppression)", () => {
  it("hides a second cell in the row and the column of a lone small cell, and more until safe", () => {
    const system = table([
      [20, 2, 15],
      [12, 9, 30],
      [8, 14, 6],
    ]);
    const { hidden, primary } = protect(system);
    expect([...primary]).toEqual(["r0c1"]);
    expect(hidden.size).toBeGreaterThanOrEqual(4); // the smallest safe pattern is a rectangle
    expect(findDetermined(system.relations, hidden).size).toBe(0);
    expect(findProblems(system, new Map(system.cells.map((c) => [c.id, c])), hidden)).toEqual([]);
    expect(hidden.has("YT")).toBe(false); // the grand total survives
  });

  it("does not let two small cells protect each other when together they are still small", () => {
    // Row 0 parts 1 and 1 hidden: their sum (2) would be a published figure about 2 companies.
    const system = table([
      [1, 1, 40],
      [25, 30, 35],
    ]);
    const { hidden } = protect(system);
    const cells = new Map(system.cells.map((c) => [c.id, c]));
    expect(findProblems(system, cells, hidden)).toEqual([]);
    expect(hidden.has("r0c2")).toBe(true);
  });

  it("never hides a cell of an empty group (its 0 is known anyway) to protect another", () => {
    const system: LinearSystem = {
      cells: [count("T", 12, 12), count("a", 2, 2), count("empty", 0, 0), count("b", 10, 10)],
      relations: [sum("T", ["a", "empty", "b"])],
    };
    const { hidden } = protect(system);
    expect(hidden.has("empty")).toBe(false);
    expect(hidden.has("b")).toBe(true);
  });

  it("leaves a table without small cells untouched", () => {
    const system = table([
      [20, 5, 15],
      [12, 9, 30],
    ]);
    expect(protect(system).hidden.size).toBe(0);
  });

  it("can be switched to primary only (tests use it to show the attacks would work)", () => {
    const system = table([
      [20, 2, 15],
      [12, 9, 30],
    ]);
    const { hidden } = protect(system, 3, { secondary: false });
    expect([...hidden]).toEqual(["r0c1"]);
    expect([...findDetermined(system.relations, hidden)]).toEqual(["r0c1"]);
  });
});
