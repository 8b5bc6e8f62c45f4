import { z } from "zod";

/**
 * The pane's schemas are small (its settings, one statistics record): zod's compiled fast path
 * buys nothing there, and compiling it calls `new Function`, which a host page with a strict
 * Content-Security-Policy refuses and reports. zod reads this when a schema is built, so
 * main.tsx imports this module first, before any module that builds one.
 */
z.config({ jitless: true });
