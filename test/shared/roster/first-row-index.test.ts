import fc from "fast-check";
import { FirstRowIndex } from "../../../shared/roster/first-row-index";

describe("FirstRowIndex", () => {
  it("returns the first row of a repeated ID and nothing for a new one", () => {
    const index = new FirstRowIndex(3);
    expect(index.firstRow("E1", 2)).toBeUndefined();
    expect(index.firstRow("E2", 3)).toBeUndefined();
    expect(index.firstRow("E1", 4)).toBe(2);
    expect(index.firstRow("E1", 5)).toBe(2);
    expect(index.firstRow("e1", 6)).toBeUndefined();
    expect(index.firstRow("E2", 7)).toBe(3);
  });

  it("catches a repeat that ends an ascending run", () => {
    const index = new FirstRowIndex(10);
    for (let i = 0; i < 5; i++) expect(index.firstRow(`A${i}`, i + 2)).toBeUndefined();
    expect(index.firstRow("A4", 7)).toBe(6);
    expect(index.firstRow("A0", 8)).toBe(2);
  });

  it("agrees with a Map for sorted, shuffled and repeating IDs, beyond its expected size", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 4 }), { maxLength: 300 }),
        fc.boolean(),
        fc.nat(20),
        (ids, sorted, expected) => {
          if (sorted) ids.sort();
          const index = new FirstRowIndex(expected);
          const reference = new Map<string, number>();
          ids.forEach((id, row) => {
            expect(index.firstRow(id, row)).toBe(reference.get(id));
            if (!reference.has(id)) reference.set(id, row);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
