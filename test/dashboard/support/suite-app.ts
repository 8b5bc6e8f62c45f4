import { startTestApp, type TestApp } from "./test-app";

export interface SuiteApp {
  readonly t: TestApp;
  /** a submit token for FY2025 round 1 */
  readonly bearer: string;
}

/**
 * A PGlite app for the describe block this is called in (started before its tests, closed
 * after), with a release of FY2025 and a submit token; read the fields inside tests, they exist only from beforeAll on.
 */
export function pgliteAppWithToken(): SuiteApp {
  let started: { t: TestApp; bearer: string } | undefined;
  let t: TestApp | undefined;
  beforeAll(async () => {
    t = await startTestApp("pglite");
    // A release of the (empty) year, so that the summary and report routes answer 200 (issue 14:
    // viewers see only releases; before the first one they answer 404 NOT_RELEASED).
    await t.release(2025);
    started = { t, bearer: await t.token(2025, 1) };
  });
  afterAll(async () => t?.close());
  const get = () => {
    if (started === undefined) throw new Error("pgliteAppWithToken: read inside a test");
    return started;
  };
  return {
    get t() {
      return get().t;
    },
    get bearer() {
      return get().bearer;
    },
  };
}
