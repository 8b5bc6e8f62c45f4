import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  fetchDashboardSchedules,
  importScheduleText,
  registerScheduleFiles,
  schedulesUrl,
} from "../../../addin/src/features/application/api/pane-schedules";
import { findRound, knownFiscalYears } from "../../../shared/schedule/find-round";
import { resetSchedules } from "../../../shared/schedule/schedule-book";

const TEXT = readFileSync(join(__dirname, "../../fixtures/schedules/fy2026-made-up.json"), "utf8");
const FY2026: unknown = JSON.parse(TEXT);

afterEach(resetSchedules);

describe("the pane's schedules", () => {
  it("imports a year's file: the round is known and the file is kept", () => {
    const result = importScheduleText("\uFEFF" + TEXT, []);
    expect(result).toEqual({ ok: true, fiscalYear: 2026, files: [FY2026] });
    expect(findRound(2026, 2)?.capacity).toBe(60);
  });

  it("a second file of the same year replaces the kept one", () => {
    const older = { ...(FY2026 as object), source: "古い版" };
    const result = importScheduleText(TEXT, [older, { fiscalYear: 2030 }]);
    expect(result.ok && result.files).toEqual([{ fiscalYear: 2030 }, FY2026]);
  });

  it("refuses a file that is not JSON or not a schedule, naming the field", () => {
    const notJson = importScheduleText("{ nope", []);
    expect(notJson.ok).toBe(false);
    const bad = JSON.parse(TEXT) as { rounds: { capacity: number }[] };
    bad.rounds[0]!.capacity = 0;
    const result = importScheduleText(JSON.stringify(bad), []);
    expect(result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.ja}`)).toEqual([
      "rounds[0].capacity: 1 以上にしてください",
    ]);
    expect(knownFiscalYears()).toEqual([2025]);
  });

  it("registers kept files at start, skipping one that no longer parses", () => {
    registerScheduleFiles([{ fiscalYear: 2031 }, FY2026]);
    expect(knownFiscalYears()).toEqual([2025, 2026]);
  });

  it("builds the dashboard's address like the record's", () => {
    expect(schedulesUrl("https://dash.example/base/")).toBe(
      "https://dash.example/base/api/schedules",
    );
    expect(schedulesUrl("ftp://x")).toBeNull();
  });

  it("takes the dashboard's uploaded years, and nothing when it cannot be reached", async () => {
    const answer = {
      schedules: [
        {
          ...(JSON.parse(
            readFileSync(join(__dirname, "../../../shared/schedule/schedules/fy2025.json"), "utf8"),
          ) as object),
          origin: "bundled",
        },
        { ...(FY2026 as object), origin: "uploaded" },
      ],
    };
    const ok = (async () => new Response(JSON.stringify(answer))) as unknown as typeof fetch;
    expect(await fetchDashboardSchedules("https://dash.example", ok)).toEqual([FY2026]);
    const down = (async () => {
      throw new TypeError("network");
    }) as unknown as typeof fetch;
    expect(await fetchDashboardSchedules("https://dash.example", down)).toBeUndefined();
    const junk = (async () => new Response("{}")) as unknown as typeof fetch;
    expect(await fetchDashboardSchedules("https://dash.example", junk)).toBeUndefined();
  });
});
