// First: before any schema is built (see the module).
import "./zod-jitless";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { loadServerSchedules } from "./lib/schedules";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");
// The uploaded fiscal years join the bundled ones before the first page picks its year.
void loadServerSchedules().then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
