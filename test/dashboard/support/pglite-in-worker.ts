/**
 * The tests use the server's own PGlite driver, which runs PGlite in a worker thread. That is
 * also what lets Jest host it at all: Jest runs test files in a VM that cannot execute the
 * dynamic import()s inside PGlite's Emscripten build (not without --experimental-vm-modules),
 * while the worker is real Node (its TypeScript compiled by tsx; see pglite-worker-client.ts).
 */
export { openPgliteInWorker } from "../../../dashboard/server/storage/pglite-worker-client";
