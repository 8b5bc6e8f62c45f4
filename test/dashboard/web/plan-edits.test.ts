import fc from "fast-check";
import type { PlanItem } from "../../../shared/api/report-plan";
import {
  moveItem,
  newItem,
  pathFromText,
} from "../../../dashboard/web/src/features/annual-report/components/plan-edits";

const item = (id: string): PlanItem => ({
  id,
  number: id,
  path: ["I", "1"],
  title: `t${id}`,
  planText: "",
  generator: "none",
});

describe("plan item edits", () => {
  it("moves an item up and down, and not past either end", () => {
    const items = ["a", "b", "c"].map(item);
    expect(moveItem(items, 1, -1).map((i) => i.id)).toEqual(["b", "a", "c"]);
    expect(moveItem(items, 1, 1).map((i) => i.id)).toEqual(["a", "c", "b"]);
    expect(moveItem(items, 0, -1).map((i) => i.id)).toEqual(["a", "b", "c"]);
    expect(moveItem(items, 2, 1).map((i) => i.id)).toEqual(["a", "b", "c"]);
  });

  it("a move keeps every item exactly once (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.nat(), fc.boolean(), (n, at, up) => {
        const items = Array.from({ length: n }, (_, i) => item(String(i)));
        const moved = moveItem(items, at % n, up ? -1 : 1);
        expect(moved.map((i) => i.id).sort()).toEqual(items.map((i) => i.id).sort());
      }),
    );
  });

  it("a new item gets an unused id and the last item's headings", () => {
    const items = [item("item-2"), { ...item("x"), path: ["II", "3", "(2)"] }];
    const added = newItem(items);
    expect(added.id).toBe("item-3");
    expect(added.path).toEqual(["II", "3", "(2)"]);
    expect(newItem([]).path).toEqual(["I"]);
  });

  it("reads the hierarchy one heading per line, at most four", () => {
    expect(pathFromText(" I 大項目 \n\n1 中項目\n(1) 小\nA\nB")).toEqual([
      "I 大項目",
      "1 中項目",
      "(1) 小",
      "A",
    ]);
  });
});
