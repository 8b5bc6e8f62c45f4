import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { SERVER_ENTRY, SERVER_ENV, SERVER_NODE_ARGS } from "../dashboard/server/node-options";

/**
 * `npm run dashboard`: the dashboard server alone (no task pane, no build), with the Node flags
 * and environment npm start gives it (node-options.ts: its memory depends on them), in a child
 * process that gets this one's signals and exit code.
 */
const ROOT = resolve(__dirname, "..");
const server = spawn(process.execPath, [...SERVER_NODE_ARGS, SERVER_ENTRY], {
  cwd: ROOT,
  stdio: "inherit",
  env: { ...SERVER_ENV, ...process.env },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.kill(signal));
}
server.once("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
