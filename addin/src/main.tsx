// First: before any schema is built (see the module).
import "./zod-jitless";
import { createRoot } from "react-dom/client";
import { officeHost } from "../excel/office-ready";
import type { WorkbookHost } from "../workbook-host";
import { createFileHost } from "../file-host/file-host";
import { App } from "./app/App";

/** How long to wait for Office.onReady before running as a plain web page. */
const OFFICE_TIMEOUT_MS = 5000;

async function chooseHost(): Promise<WorkbookHost> {
  try {
    return (await officeHost(OFFICE_TIMEOUT_MS)) ?? createFileHost();
  } catch (error) {
    // Office.js missing (CDN blocked) or broken: the pane still works on files.
    console.warn("Office.js unavailable; running on files", error);
    return createFileHost();
  }
}

async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (container === null) return;
  const host = await chooseHost();
  createRoot(container).render(<App host={host} />);
}

void start();
