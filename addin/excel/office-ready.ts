import type { WorkbookHost } from "../workbook-host";
import { createExcelHost } from "./excel-host";

/**
 * The Excel host when the pane runs inside Excel; null in a plain browser (no Office.js, or
 * Office.onReady reports no host, which it does in about 30 ms outside Office), inside
 * another Office application, or when Office.js never answers within `timeoutMs`.
 */
export async function officeHost(timeoutMs = 3000): Promise<WorkbookHost | null> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  const ready = Office.onReady().then(
    // A string, not Office.HostType.Excel: the enum's value is "Excel", and the literal keeps
    // this module free of enum objects that test doubles would have to supply.
    (info) => (String(info.host) === "Excel" ? createExcelHost() : null),
    () => null,
  );
  try {
    return await Promise.race([ready, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
