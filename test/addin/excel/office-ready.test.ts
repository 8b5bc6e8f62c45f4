import { looksOpenedByOffice, officeHost } from "../../../addin/excel/office-ready";
import type { WorkbookHost } from "../../../addin/workbook-host";

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
    expect(await officeHost({ timeoutMs: 50 })).toBeNull();
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

/** Office.onReady answering Excel only after `ms` (a cold desktop start). */
function lateExcel(ms: number): void {
  global.Office = {
    onReady: () =>
      new Promise((resolve) => setTimeout(() => resolve({ host: "Excel", platform: "PC" }), ms)),
  };
}

describe("a slow Office start", () => {
  test("a late onReady switches the pane from file mode to Excel", async () => {
    lateExcel(150);
    const late: WorkbookHost[] = [];
    const first = await officeHost({ timeoutMs: 20, onLateExcel: (host) => late.push(host) });
    expect(first).toBeNull();
    expect(late).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(late.map((h) => h.kind)).toEqual(["excel"]);
  });

  test("a page opened by Office waits for onReady past the timeout", async () => {
    lateExcel(150);
    const late: WorkbookHost[] = [];
    const host = await officeHost({
      timeoutMs: 20,
      openedByOffice: true,
      onLateExcel: (h) => late.push(h),
    });
    expect(host?.kind).toBe("excel");
    expect(late).toEqual([]);
  });

  test("inside Office an Office.js that never answers still ends in a working pane", async () => {
    global.Office = { onReady: () => new Promise(() => {}) };
    const host = await officeHost({
      timeoutMs: 20,
      openedByOffice: true,
      insideOfficeTimeoutMs: 60,
    });
    expect(host).toBeNull();
  });

  test("an onReady in time never calls the late switch", async () => {
    lateExcel(5);
    const late: WorkbookHost[] = [];
    const host = await officeHost({ timeoutMs: 500, onLateExcel: (h) => late.push(h) });
    expect(host?.kind).toBe("excel");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(late).toEqual([]);
  });

  test.each([
    [{ url: "?_host_Info=Excel$Win32$16.01$ja-JP$$$$0", name: "", framed: false }, true],
    [{ url: "", name: "", framed: true }, true],
    [{ url: "#_host_Info=excel|web|16.00|ja-jp", name: "", framed: false }, true],
    [{ url: "?lang=ja", name: "", framed: false }, false],
  ])("page signs %j: opened by Office = %s", (signs, expected) => {
    expect(looksOpenedByOffice(signs)).toBe(expected);
  });
});
