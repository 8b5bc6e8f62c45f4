import {
  defaultSettings,
  loadSettings,
  parseSettings,
  saveSettings,
  serializeSettings,
  SETTINGS_KEY,
} from "../../../addin/src/settings/pane-settings";

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    data,
  };
}

describe("pane settings in localStorage", () => {
  test("round-trips everything the user typed", () => {
    const settings = {
      ...defaultSettings(),
      round: 3 as const,
      actions: ["A" as const, "D" as const],
      targets: { A: "総合職", B: "", C: "" },
      visits: { first: "2025-12-15", second: "2026-03-02" },
      dashboardUrl: "https://dashboard.example",
      token: "secret-token",
      wageGap: { hoursConversion: true, fullTimeHours: "37.5", exclusions: ["commuting" as const] },
      includeNames: true,
    };
    const storage = memoryStorage();
    expect(saveSettings(storage, settings)).toBe(true);
    expect(loadSettings(storage)).toEqual(settings);
  });

  test("names stay out of the result sheets unless the user asked, and a bad value means no", () => {
    expect(defaultSettings().includeNames).toBe(false);
    const stored = (includeNames: unknown) =>
      parseSettings(JSON.stringify({ version: 1, settings: { includeNames } })).includeNames;
    expect(stored(true)).toBe(true);
    expect(stored("yes")).toBe(false);
    expect(stored(1)).toBe(false);
  });

  test("missing or non-JSON storage gives the defaults", () => {
    expect(parseSettings(null)).toEqual(defaultSettings());
    expect(parseSettings("{not json")).toEqual(defaultSettings());
    expect(parseSettings('"a string"')).toEqual(defaultSettings());
    expect(parseSettings("[1,2]")).toEqual(defaultSettings());
  });

  test("a wrong field falls back alone; the rest is kept", () => {
    const raw = JSON.stringify({
      version: 1,
      // A year may have any number of rounds (the schedule decides), but never 100 or 0.5.
      settings: { round: 100, actions: ["A", "Z"], token: "kept", lang: "fr", visits: 5 },
    });
    const parsed = parseSettings(raw);
    expect(parsed.round).toBe(1);
    expect(parsed.actions).toEqual([]);
    expect(parsed.lang).toBe("ja");
    expect(parsed.visits).toEqual({ first: "", second: "" });
    expect(parsed.token).toBe("kept");
  });

  test("a newer envelope keeps what still parses; duplicates are dropped", () => {
    const raw = JSON.stringify({ version: 7, settings: { round: 2, actions: ["B", "B", "D"] } });
    expect(parseSettings(raw)).toMatchObject({ round: 2, actions: ["B", "D"] });
  });

  test("storage that throws never crashes the pane", () => {
    const broken = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    expect(loadSettings(broken)).toEqual(defaultSettings());
    expect(saveSettings(broken, defaultSettings())).toBe(false);
    expect(saveSettings(undefined, defaultSettings())).toBe(false);
  });

  test("the stored form is versioned", () => {
    const storage = memoryStorage();
    saveSettings(storage, defaultSettings());
    expect(JSON.parse(storage.data.get(SETTINGS_KEY)!)).toMatchObject({ version: 1 });
    expect(serializeSettings(defaultSettings())).toContain('"version":1');
  });
});
