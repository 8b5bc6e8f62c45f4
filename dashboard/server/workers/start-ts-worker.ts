import path from "node:path";
import { Worker, type ResourceLimits } from "node:worker_threads";

/**
 * Starts `<directory>/<name>.ts` (or `.js` once compiled) as a worker thread. The server runs
 * TypeScript source under tsx (npm start) and under Jest alike, and a worker inherits neither
 * Jest's (ts-jest's) module loader nor, under tsx, more than its hooks: the entry is loaded
 * through tsx's CommonJS API, resolved from here so that the working directory does not matter.
 */
export function startTsWorker(
  directory: string,
  name: string,
  workerData?: unknown,
  resourceLimits?: ResourceLimits,
): Worker {
  if (path.extname(__filename) === ".js") {
    return new Worker(path.join(directory, `${name}.js`), { workerData, resourceLimits });
  }
  const tsx = require.resolve("tsx/cjs/api");
  const entry = path.join(directory, `${name}.ts`);
  return new Worker(
    `require(${JSON.stringify(tsx)}).require(${JSON.stringify(entry)}, ${JSON.stringify(entry)});`,
    { eval: true, workerData, resourceLimits },
  );
}
