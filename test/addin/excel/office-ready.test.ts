import { officeHost } from "../../../addin/excel/office-ready";

type OfficeGlobal = { Office?: unknown };
const global = globalThis as OfficeGlobal;

afterEach(() => {
  delete global.Office;
});

describe("officeHost", () => {
  test("null without Office.js", async () => {
    expect(await officeHost()).toBeNull();
  });

  test("null when onReady reports no host (a plain browser)", async () => {
    global.Office = { onReady: () => Promise.resolve({ host: null, platform: null }) };
    expect(await officeHost()).toBeNull();
  });

  test("null inside another Office application", async () => {
    global.Office = { onReady: () => Promise.resolve({ host: "Word", platform: "PC" }) };
    expect(await officeHost()).toBeNull();
  });

  test("the Excel host inside Excel", async () => {
    global.Office = { onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }) };
    const host = await officeHost();
    expect(host?.kind).toBe("excel");
  });

  test("null when Office.js never answers", async () => {
    global.Office = { onReady: () => new Promise(() => {}) };
    const started = Date.now();
    expect(await officeHost(50)).toBeNull();
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
