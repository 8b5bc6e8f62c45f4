import { roundHalfUpDiv } from "../../../shared/rules/round-half-up";

describe("roundHalfUpDiv", () => {
  it.each([
    [6665n, 10n, 667n],
    [66649n, 100n, 666n],
    [5n, 2n, 3n],
    [4n, 2n, 2n],
    [1n, 3n, 0n],
    [2n, 3n, 1n],
    [0n, 7n, 0n],
    [-5n, 2n, -2n],
    [5n, -2n, -2n],
    [-7n, 2n, -3n],
  ])("%p / %p → %p", (n, d, expected) => {
    expect(roundHalfUpDiv(n, d)).toBe(expected);
  });

  it("rejects a zero denominator", () => {
    expect(() => roundHalfUpDiv(1n, 0n)).toThrow(RangeError);
  });
});
