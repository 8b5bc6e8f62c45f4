// First: tells the old-webview fallback that this module runs (see the module).
import "./started";
// Before any schema is built (see the module).
import "./zod-jitless";
import { createRoot } from "react-dom/client";
import { officeHost } from "../excel/office-ready";
import type { WorkbookHost } from "../workbook-host";
import { createFileHost } from "../file-host/file-host";
import { App } from "./app/App";

/** How long to wait for Office.onReady before running as a plain web page. */
const OFFICE_TIMEOUT_MS = 5000;

async function chooseHost(onLateExcel: (host: WorkbookHost) => void): Promise<WorkbookHost> {
  try {
    return (await officeHost({ timeoutMs: OFFICE_TIMEOUT_MS, onLateExcel })) ?? createFileHost();
  } catch (error) {
    // Office.js missing (CDN blocked) or broken: the pane still works on files.
    console.warn("Office.js unavailable; running on files", error);
    return createFileHost();
  }
}

async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (container === null) return;
  const root = createRoot(container);
  // A new key remounts the pane: file-mode state does not carry over into Excel.
  const show = (host: WorkbookHost) => root.render(<App key={host.kind} host={host} />);
  show(await chooseHost(show));
}

void start();
