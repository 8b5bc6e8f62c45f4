import fc from "fast-check";
import { changeOf } from "../../../dashboard/server/aggregation/publication-systems";
import {
  movedBetween,
  recordPartsFromText,
  recordPartsOf,
  type RecordPartRow,
} from "../../../dashboard/server/aggregation/record-changes";
import {
  SUM_MEASURES,
  type SumMeasure,
} from "../../../dashboard/server/aggregation/raw-aggregates";
import type { Cell } from "../../../dashboard/server/disclosure/linear-system";
import { isSmallFigure } from "../../../dashboard/server/disclosure/sensitivity";

/** A record of round 1, band 30-99, industry G with `managers` new women managers. */
const row = (who: string, managers: number, industry = "G"): RecordPartRow => ({
  who,
  round: 1,
  sizeBand: "30-99",
  industry,
  sums: {
    ...(Object.fromEntries(SUM_MEASURES.map((m) => [m, 0])) as Record<SumMeasure, number>),
    newFemaleManagers: managers,
  },
});

const moved = (then: RecordPartRow[], now: RecordPartRow[], group: string) =>
  movedBetween(recordPartsOf(then), recordPartsOf(now)).get(group)?.newFemaleManagers;

describe("record-changes: the parts that moved a sum between two releases", () => {
  const kept = [row("a", 18), row("b", 18)];

  it("newcomers below the group's two largest are the change's largest", () => {
    const now = [...kept, row("n1", 15), row("n2", 1), row("n3", 1), row("n4", 1)];
    for (const group of ["r1/total/", "r1/industry/G", "FY/sizeBand/30-99", "FY/total/"]) {
      expect(moved(kept, now, group)).toEqual({ up: [15, 1], down: [] });
    }
    expect(moved(kept, now, "r1/industry/E")).toBeUndefined();
  });

  it("those that left, for a decrease", () => {
    const then = [...kept, row("n1", 15), row("n2", 1), row("n3", 1)];
    expect(moved(then, kept, "r1/total/")).toEqual({ up: [], down: [15, 1] });
  });

  it("a corrected record counts by the size of its correction, not its value", () => {
    const then = [...kept, row("c", 30)];
    const now = [...kept, row("c", 33), row("n", 2)];
    expect(moved(then, now, "r1/total/")).toEqual({ up: [3, 2], down: [] });
  });

  it("a record that moved to another industry left one group and joined the other", () => {
    const then = [...kept, row("c", 7, "E")];
    const now = [...kept, row("c", 7, "G")];
    expect(moved(then, now, "r1/industry/E")).toEqual({ up: [], down: [7] });
    expect(moved(then, now, "r1/industry/G")).toEqual({ up: [7], down: [] });
    expect(moved(then, now, "r1/total/")).toEqual({ up: [7], down: [7] });
  });

  it("unchanged records move nothing", () => {
    expect(movedBetween(recordPartsOf(kept), recordPartsOf([...kept].reverse())).size).toBe(0);
  });

  it("the two largest kept per group are those of a sort (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 30 }), (deltas) => {
        const then = deltas.map((d, i) => row(`r${i}`, d < 0 ? -d : 0));
        const now = deltas.map((d, i) => row(`r${i}`, d > 0 ? d : 0));
        const got = moved(then, now, "r1/total/") ?? { up: [], down: [] };
        const top = (xs: number[]) => xs.sort((a, b) => b - a).slice(0, 2);
        expect(got.up).toEqual(top(deltas.filter((d) => d > 0)));
        expect(got.down).toEqual(top(deltas.filter((d) => d < 0).map((d) => -d)));
      }),
    );
  });
});

describe("changeOf with the records of both releases", () => {
  const cell = (rows: RecordPartRow[], largest: number[]): Cell => {
    const value = rows.reduce((s, r) => s + r.sums.newFemaleManagers, 0);
    return {
      id: "sums.newFemaleManagers@r1/total/",
      groupSize: rows.length,
      contributors: rows.filter((r) => r.sums.newFemaleManagers > 0).length,
      complements: [],
      value,
      largest,
      records: {
        parts: recordPartsOf(rows),
        group: "r1/total/",
        measure: "newFemaleManagers",
        unit: 1,
      },
    };
  };
  const kept = [row("a", 18), row("b", 18)];
  const now = [...kept, row("n1", 15), row("n2", 1), row("n3", 1), row("n4", 1)];

  it("the change 18 that a newcomer of 15 dominates is sensitive", () => {
    const change = changeOf(cell(now, [18, 18]), cell(kept, [18, 18]));
    expect(change).toMatchObject({ value: 18, contributors: 4, largest: [15, 1] });
    expect(isSmallFigure(change)).toBe(true);
  });

  it("without the records (an older release), only the group's largest are seen", () => {
    const then = { ...cell(kept, [18, 18]), records: undefined };
    const change = changeOf(cell(now, [18, 18]), then);
    expect(change.largest).toEqual([]);
    expect(isSmallFigure(change)).toBe(false);
  });

  it("four equal newcomers do not dominate their change", () => {
    const four = [...kept, row("n1", 5), row("n2", 5), row("n3", 5), row("n4", 5)];
    const change = changeOf(cell(four, [18, 18]), cell(kept, [18, 18]));
    expect(change.largest).toEqual([5, 5]);
    expect(isSmallFigure(change)).toBe(false);
  });
});

describe("recordPartsFromText: storage's text of the records' parts", () => {
  const order = [...SUM_MEASURES].reverse();
  const text = (rows: readonly RecordPartRow[]) =>
    rows.map((r) => [r.who, ...order.map((m) => String(r.sums[m]))].join(";")).join("\n");

  it("decodes a line per record, parts in the given order", () => {
    const parts = recordPartsFromText(
      [
        { cell: "1|30-99|G", text: "c12;0;5;-3;0;120000\n0b7e;1;0;0;0;7" },
        { cell: "2|1-29|E", text: "" },
        { cell: "2|1-29|F", text: "c3;0;0;0;2;0" },
      ],
      order,
    );
    expect(parts.cells).toEqual(["1|30-99|G", "2|1-29|F"]);
    expect(parts.who).toEqual(["c12", "0b7e", "c3"]);
    expect(parts.cell).toEqual([0, 0, 1]);
    expect(parts.sums[order[0]!]).toEqual([0, 1, 0]);
    expect(parts.sums[order[1]!]).toEqual([5, 0, 0]);
    expect(parts.sums[order[2]!]).toEqual([-3, 0, 0]);
    expect(parts.sums[order[3]!]).toEqual([0, 0, 2]);
    expect(parts.sums[order[4]!]).toEqual([120000, 7, 0]);
  });

  it.each([
    ["a part missing", "c1;1;2;3;4"],
    ["a part too many", "c1;1;2;3;4;5;6"],
    ["an empty part", "c1;1;;3;4;5"],
    ["not a number", "c1;1;x;3;4;5"],
    ["a decimal", "c1;1;2.5;3;4;5"],
    ["no who", "1"],
    ["a trailing separator", "c1;1;2;3;4;5\n"],
  ])("refuses %s", (_, bad) => {
    expect(() => recordPartsFromText([{ cell: "1|30-99|G", text: bad }], order)).toThrow(
      /unexpected record part/,
    );
  });

  it("gives what recordPartsOf gives for the same records (property)", () => {
    const part = fc.integer({ min: -1_000_000_000, max: 1_000_000_000 });
    const record = fc.record({
      who: fc.stringMatching(/^[0-9a-zc-]{1,36}$/),
      cell: fc.constantFrom("1|30-99|G", "2|1-29|E", "6|300-|unknown"),
      sums: fc.tuple(part, part, part, part, part),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 40 }), (records) => {
        const rows: RecordPartRow[] = records.map((r) => {
          const [round, sizeBand, industry] = r.cell.split("|") as [string, string, string];
          return {
            who: r.who,
            round: Number(round),
            sizeBand,
            industry,
            sums: Object.fromEntries(SUM_MEASURES.map((m, i) => [m, r.sums[i]!])) as Record<
              SumMeasure,
              number
            >,
          };
        });
        // storage leaves out records whose parts are all 0, as recordPartsOf does
        const kept = rows.filter((r) => SUM_MEASURES.some((m) => r.sums[m] !== 0));
        const cells = [...new Set(kept.map((r) => `${r.round}|${r.sizeBand}|${r.industry}`))];
        const fromText = recordPartsFromText(
          cells.map((cell) => ({
            cell,
            text: text(kept.filter((r) => `${r.round}|${r.sizeBand}|${r.industry}` === cell)),
          })),
          order,
        );
        const byCell = cells.flatMap((cell) =>
          kept.filter((r) => `${r.round}|${r.sizeBand}|${r.industry}` === cell),
        );
        expect(fromText).toEqual(recordPartsOf(byCell));
      }),
    );
  });
});
