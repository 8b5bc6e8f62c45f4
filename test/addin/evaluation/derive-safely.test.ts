import { deriveSafely } from "../../../addin/src/evaluation/derive-safely";
import type { LoadedRoster, Session } from "../../../addin/src/app/session";
import { EMPTY_SESSION } from "../../../addin/src/app/session";
import { defaultSettings } from "../../../addin/src/settings/pane-settings";
import { parseRoster } from "../../../shared/roster/parse-roster";

function loaded(cells: string[][]): LoadedRoster {
  return {
    sheet: { name: "名簿", cells, firstRow: 1, firstColumn: 0, date1904: false },
    read: parseRoster(cells),
  };
}

const HEADERS = ["社員番号", "性別", "雇用管理区分", "雇用形態", "職階"];

describe("deriveSafely", () => {
  const settings = { ...defaultSettings(), fiscalYear: 2025, round: 1 as const };

  test("a normal roster is derived as usual", () => {
    const session: Session = {
      ...EMPTY_SESSION,
      application: loaded([HEADERS, ["E1", "女性", "総合職", "正規", "一般"]]),
    };
    const { derived, failed } = deriveSafely(settings, session);
    expect(failed).toBe(false);
    expect(derived.categories).toEqual(["総合職"]);
  });

  test("a roster the rules choke on leaves the pane standing, without rosters", () => {
    const roster = loaded([HEADERS]);
    // A worker the parser could never produce: stands for any data the rules did not foresee.
    const broken = { ...roster, read: { ...roster.read, workers: [null] } };
    const session = { ...EMPTY_SESSION, application: broken } as unknown as Session;
    const spy = jest.spyOn(console, "error").mockImplementation(() => {});
    const { derived, failed } = deriveSafely(settings, session);
    spy.mockRestore();
    expect(failed).toBe(true);
    expect(derived.applicationSummary).toBeUndefined();
    expect(derived.categories).toEqual([]);
    // The round still shows: 2025 round 1 exists in the schedule.
    expect(derived.round).toBeDefined();
  });
});
