import type { PlanItem } from "../../../../../../shared/api/report-plan";

/** Moves the item at `index` one place up (-1) or down (+1); the list is unchanged at an end. */
export function moveItem(items: readonly PlanItem[], index: number, by: -1 | 1): PlanItem[] {
  const to = index + by;
  if (to < 0 || to >= items.length) return [...items];
  const next = [...items];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

/** A new item with an id no other item has, under the last item's headings. */
export function newItem(items: readonly PlanItem[]): PlanItem {
  const ids = new Set(items.map((i) => i.id));
  let n = items.length + 1;
  while (ids.has(`item-${n}`)) n += 1;
  const last = items[items.length - 1];
  return {
    id: `item-${n}`,
    number: "",
    path: last ? [...last.path] : ["I"],
    title: "",
    planText: "",
    generator: "none",
  };
}

/** The hierarchy typed one heading per line (I … / 1 … / (1) …), blank lines dropped. */
export function pathFromText(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .slice(0, 4);
}
