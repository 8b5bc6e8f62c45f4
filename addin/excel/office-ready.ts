import type { WorkbookHost } from "../workbook-host";
import { createExcelHost } from "./excel-host";

/** What tells a page that an Office client opened it. */
export interface PageSigns {
  /** location.search + location.hash */
  url: string;
  /** window.name */
  name: string;
  /** window.top !== window.self (Office on the web puts the pane in an iframe) */
  framed: boolean;
}

/**
 * Office passes the host's description as `_host_Info` (in the URL on Windows and Mac, in the
 * window name or URL on the web, where the pane is also framed). A plain browser has none.
 */
export function looksOpenedByOffice(signs: PageSigns): boolean {
  return /_host_Info=/i.test(signs.url) || /_host_Info/i.test(signs.name) || signs.framed;
}

function pageSigns(): PageSigns | null {
  if (typeof window === "undefined") return null;
  let framed = false;
  try {
    framed = window.top !== window.self;
  } catch {
    // A cross-origin parent (Office on the web) cannot even be compared on some browsers.
    framed = true;
  }
  return { url: window.location.search + window.location.hash, name: window.name, framed };
}

export interface OfficeHostOptions {
  /** How long to wait outside Office before running as a plain web page. */
  timeoutMs?: number;
  /**
   * Called when Office.onReady reports Excel only after the timeout (a slow desktop start):
   * the pane switches from file mode to the Excel host.
   */
  onLateExcel?: (host: WorkbookHost) => void;
  /** Whether an Office client opened the page; read from the page unless given. */
  openedByOffice?: boolean;
  /**
   * The wait when Office opened the page: long enough for a cold desktop start, but not
   * forever, so that a broken Office.js still leaves a working pane (file mode, switching to
   * Excel if it answers after all).
   */
  insideOfficeTimeoutMs?: number;
}

export const INSIDE_OFFICE_TIMEOUT_MS = 60_000;

/**
 * The Excel host when the pane runs inside Excel; null in a plain browser (no Office.js, or
 * Office.onReady reports no host, which it does in about 30 ms outside Office), inside
 * another Office application, or when Office.js does not answer within the timeout. Inside
 * Office (see looksOpenedByOffice) the wait is a minute instead of seconds: a cold desktop
 * start can take long, and file mode there would be wrong. An answer that comes after the
 * timeout still switches to Excel through `onLateExcel`.
 */
export async function officeHost(options: OfficeHostOptions = {}): Promise<WorkbookHost | null> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return null;
  const { onLateExcel } = options;
  const signs = pageSigns();
  const insideOffice = options.openedByOffice ?? (signs !== null && looksOpenedByOffice(signs));
  const timeoutMs = insideOffice
    ? (options.insideOfficeTimeoutMs ?? INSIDE_OFFICE_TIMEOUT_MS)
    : (options.timeoutMs ?? 3000);
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const ready = Office.onReady().then(
    // A string, not Office.HostType.Excel: the enum's value is "Excel", and the literal keeps
    // this module free of enum objects that test doubles would have to supply.
    (info) => {
      const host = String(info.host) === "Excel" ? createExcelHost() : null;
      if (timedOut && host !== null) onLateExcel?.(host);
      return host;
    },
    () => null,
  );
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => {
      timedOut = true;
      resolve(null);
    }, timeoutMs);
  });
  try {
    return await Promise.race([ready, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
