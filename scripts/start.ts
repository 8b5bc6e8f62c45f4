import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";
import { addinServer } from "./addin-server";
import { devHttpsCredentials } from "./dev-certs";
import { addinOrigin, addinPort, dashboardPort } from "./dev-ports";
import { SERVER_ENTRY, SERVER_ENV, SERVER_NODE_ARGS } from "../dashboard/server/node-options";

/**
 * `npm start`: builds the task pane and the dashboard pages, shows the demo company's verdicts
 * from the CLI, then serves the task pane at https://localhost:3000/taskpane.html and the
 * dashboard at http://localhost:8080/ (PGlite with demo data unless told otherwise).
 * ADDIN_PORT moves the pane, and with it the log, the manifest served for sideloading and the
 * dashboard's default allowed origin; PORT moves the dashboard.
 * `--no-build` skips the build when dist/ is current.
 */
const ROOT = resolve(__dirname, "..");
const tsx = resolve(ROOT, "node_modules/.bin/tsx");

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`失敗しました / failed: ${command} ${args.join(" ")}`);
    process.exit(result.status ?? 1);
  }
}

async function main(): Promise<void> {
  if (!process.argv.includes("--no-build")) {
    run(resolve(ROOT, "node_modules/.bin/vite"), [
      "build",
      "-c",
      "addin/vite.config.mts",
      "--logLevel",
      "warn",
    ]);
    run(resolve(ROOT, "node_modules/.bin/vite"), [
      "build",
      "-c",
      "dashboard/web/vite.config.mts",
      "--logLevel",
      "warn",
    ]);
  }
  run(tsx, ["shared/cli/main.ts", "demo"]);

  const port = addinPort();
  const origin = addinOrigin();
  const credentials = await devHttpsCredentials();
  const pane = await addinServer(credentials, port);
  await pane.listen({ port, host: "localhost" });

  // Node's flags and environment for the server (its memory: node-options.ts), as the bench.
  const dashboard: ChildProcess = spawn(process.execPath, [...SERVER_NODE_ARGS, SERVER_ENTRY], {
    cwd: ROOT,
    stdio: "inherit",
    // The pane posts records cross-origin: the dashboard must allow the port it really runs on.
    env: {
      ...SERVER_ENV,
      PORT: String(dashboardPort()),
      KATSUYAKU_ALLOWED_ORIGINS: origin,
      ...process.env,
    },
  });
  const stop = async () => {
    dashboard.kill("SIGTERM");
    await pane.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
  dashboard.once("exit", (code) => {
    console.error(`ダッシュボードが終了しました / the dashboard exited (${code ?? "signal"})`);
    void pane.close().then(() => process.exit(code ?? 1));
  });

  console.log(
    [
      "",
      `作業ウィンドウ / task pane: ${origin}/taskpane.html`,
      `  マニフェスト / manifest for sideloading: ${origin}/manifest.xml`,
      "  Excel なしでもブラウザーで開けます（CSV / .xlsx を選択）。 / Opens in a plain browser too.",
      credentials.trusted
        ? ""
        : "  証明書は信頼済みではありません: `npx office-addin-dev-certs install` で信頼できます。 / The certificate is not trusted yet: run `npx office-addin-dev-certs install`.",
      "  Excel への読み込み / sideload: README「Excel で使う」を参照。",
    ].join("\n"),
  );
}

main().catch((error: unknown) => {
  console.error("起動できませんでした / could not start:", error);
  process.exit(1);
});
