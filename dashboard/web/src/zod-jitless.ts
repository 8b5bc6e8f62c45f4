import { z } from "zod";

/**
 * The pages parse every answer with the API contract's schemas (shared/api/). Compiling zod's
 * fast path calls `new Function`, which the dashboard's Content-Security-Policy (script-src
 * 'self') refuses and reports; the answers are small enough without it. zod reads this when a
 * schema is built, so main.tsx imports this module first, before any module that builds one.
 */
z.config({ jitless: true });
