import { canSee } from "../../../dashboard/web/src/lib/access";
import {
  anyMissing,
  anySuppressed,
  chartValues,
  suppressedFlags,
} from "../../../dashboard/web/src/lib/suppression";
import { pendingEdits } from "../../../dashboard/web/src/features/annual-report/components/edits";
import type { ReportItem } from "../../../dashboard/web/src/lib/api-types";

const X = { value: null, suppressed: true };
const NONE = { value: null, suppressed: false };
const fig = (value: number) => ({ value, suppressed: false });

describe("suppressed figures in charts and tables", () => {
  it("leaves a gap (null) for X instead of drawing 0, and marks where", () => {
    expect(chartValues([fig(3), X, fig(0), NONE])).toEqual([3, null, 0, null]);
    expect(suppressedFlags([fig(3), X, NONE])).toEqual([false, true, false]);
  });

  it("knows when a table needs the X or - explanation", () => {
    expect(anySuppressed([[fig(1)], [fig(2), X]])).toBe(true);
    expect(anySuppressed([[fig(1), NONE]])).toBe(false);
    expect(anyMissing([[fig(1), NONE]])).toBe(true);
    expect(anyMissing([[X]])).toBe(false);
  });
});

describe("pages per role (mirrors the server's ACCESS table)", () => {
  it("shows the report to policy and admin, administration to admin only", () => {
    expect(canSee("foundation", "overview")).toBe(true);
    expect(canSee("foundation", "round")).toBe(true);
    expect(canSee("foundation", "report")).toBe(false);
    expect(canSee("foundation", "admin")).toBe(false);
    expect(canSee("policy", "report")).toBe(true);
    expect(canSee("policy", "admin")).toBe(false);
    expect(canSee("admin", "admin")).toBe(true);
  });
});

describe("report text edits to save", () => {
  const item = (id: string, text: string, edited: string | null, version: number): ReportItem => ({
    id,
    number: id,
    path: ["I"],
    title: "t",
    planText: "p",
    generatedText: text,
    editedText: edited,
    text: edited ?? text,
    version,
    updatedAt: null,
  });
  const items = [item("8", "生成A", null, 0), item("19", "生成B", "編集B", 2)];

  it("sends only changed drafts, with the version they started from", () => {
    expect(pendingEdits(items, {})).toEqual([]);
    expect(pendingEdits(items, { "8": "生成A", "19": "編集B" })).toEqual([]);
    expect(pendingEdits(items, { "8": "新しい文" })).toEqual([
      { id: "8", text: "新しい文", version: 0 },
    ]);
  });

  it("sends null when the draft is the generated text again (follow the figures)", () => {
    expect(pendingEdits(items, { "19": "生成B" })).toEqual([{ id: "19", text: null, version: 2 }]);
  });
});
