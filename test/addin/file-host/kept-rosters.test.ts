import { createFileHost } from "../../../addin/file-host/file-host";
import type { RosterStore, SavedSource } from "../../../addin/file-host/saved-rosters";

/** The browser's IndexedDB stand-in: what was saved, as structured clone would keep it. */
function memoryStore(): RosterStore & { saved: SavedSource[] } {
  const store = {
    saved: [] as SavedSource[],
    load: async () => store.saved.map((s) => ({ ...s })),
    save: async (sources: readonly SavedSource[]) => void (store.saved = [...sources]),
    clear: async () => void (store.saved = []),
  };
  return store;
}

const csv = (name: string, text: string) => new File([`\uFEFF${text}`], name, { type: "text/csv" });

describe("file mode keeps the chosen rosters across a reload", () => {
  test("a new host (a reloaded pane) brings back the files and the demo's cells under the same names", async () => {
    const store = memoryStore();
    const before = createFileHost(store);
    const names = await before.addFiles([
      csv("申請時名簿.csv", "社員番号,性別\nE1,女性\n"),
      csv("申請時名簿.csv", "社員番号,性別\nE2,男性"),
    ]);
    expect(names).toEqual(["申請時名簿", "申請時名簿 (2)"]);
    before.addCells("デモ", [["社員番号"], ["D1"]]);

    const after = createFileHost(store);
    expect(await after.listSheets()).toEqual([]);
    await expect(after.restore()).resolves.toBe(3);
    expect(await after.listSheets()).toEqual(["申請時名簿", "申請時名簿 (2)", "デモ"]);
    expect((await after.readSheet("申請時名簿 (2)")).cells).toEqual([
      ["社員番号", "性別"],
      ["E2", "男性"],
    ]);
    expect((await after.readSheet("デモ")).cells).toEqual([["社員番号"], ["D1"]]);
  });

  test("a kept file that no longer reads is dropped; a store that fails is no roster, not a crash", async () => {
    const store = memoryStore();
    store.saved = [
      { kind: "file", fileName: "壊れた.pdf", bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0]) },
      { kind: "file", fileName: "名簿.csv", bytes: new TextEncoder().encode("社員番号\nE1\n") },
    ];
    const host = createFileHost(store);
    await expect(host.restore()).resolves.toBe(1);
    expect(await host.listSheets()).toEqual(["名簿"]);

    const failing: RosterStore = {
      load: async () => Promise.reject(new Error("blocked")),
      save: async () => Promise.reject(new Error("quota")),
      clear: async () => undefined,
    };
    const other = createFileHost(failing);
    await expect(other.restore()).resolves.toBe(0);
    // Saving is a convenience: a full store does not stop the file from being read.
    await expect(other.addFiles([csv("名簿.csv", "社員番号\nE1\n")])).resolves.toEqual(["名簿"]);
  });

  test("forget deletes the kept copies and unloads the rosters", async () => {
    const store = memoryStore();
    const host = createFileHost(store);
    await host.addFiles([csv("名簿.csv", "社員番号\nE1\n")]);
    expect(store.saved).toHaveLength(1);
    await host.forget();
    expect(store.saved).toEqual([]);
    expect(await host.listSheets()).toEqual([]);
    await expect(createFileHost(store).restore()).resolves.toBe(0);
  });
});
