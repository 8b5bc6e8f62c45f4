/** Where `npm start` serves the task pane (manifest.xml's URLs use it) and the dashboard. */
export const ADDIN_PORT = 3000;
export const DASHBOARD_PORT = 8080;

/** A TCP port from the environment, or the default when unset; a bad value stops with a message. */
function portFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === "") return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(
      `${name}=${raw} はポート番号ではありません（1〜65535）。 / ${name}=${raw} is not a port (1–65535).`,
    );
  return port;
}

/** ADDIN_PORT: the port everything that names the pane's address uses (log, CORS, manifest). */
export function addinPort(env: NodeJS.ProcessEnv = process.env): number {
  return portFrom(env, "ADDIN_PORT", ADDIN_PORT);
}

/** PORT: the dashboard's port, as its server reads it. */
export function dashboardPort(env: NodeJS.ProcessEnv = process.env): number {
  return portFrom(env, "PORT", DASHBOARD_PORT);
}

/** The pane's address during development: https://localhost:<ADDIN_PORT>. */
export function addinOrigin(env: NodeJS.ProcessEnv = process.env): string {
  return `https://localhost:${addinPort(env)}`;
}
