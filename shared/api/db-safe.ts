import { z } from "zod";

/**
 * What PostgreSQL can store, as zod helpers and one walker over any parsed request. A value it
 * cannot store reaches the database as an error (a 500) or, worse, is silently changed: `text`
 * and `jsonb` refuse U+0000, and a lone UTF-16 surrogate has no UTF-8 form (the drivers write
 * U+FFFD instead — data changed without a word). Integers must fit their column.
 */

/** PostgreSQL integer column ranges (smallint, integer, bigint as far as JSON is exact). */
export const COLUMN_RANGES = {
  int2: { min: -32_768, max: 32_767 },
  int4: { min: -2_147_483_648, max: 2_147_483_647 },
  /** bigint holds more, but a JSON number is exact only up to 2^53 − 1 */
  int8: { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER },
} as const;

export type IntColumn = keyof typeof COLUMN_RANGES;

/** zod's custom messages for the two problems; the server translates them (messages/security.ts). */
export const NUL_MESSAGE = "contains a NUL character (U+0000)";
export const LONE_SURROGATE_MESSAGE = "contains a lone UTF-16 surrogate (broken character)";

export type UnstorableReason = typeof NUL_MESSAGE | typeof LONE_SURROGATE_MESSAGE;

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why PostgreSQL cannot store this text as it is; null when it can. */
export function unstorableReason(text: string): UnstorableReason | null {
  if (text.includes("\u0000")) return NUL_MESSAGE;
  if (LONE_SURROGATE.test(text)) return LONE_SURROGATE_MESSAGE;
  return null;
}

/** A string PostgreSQL stores unchanged, at most `max` characters. */
export function dbText(max: number) {
  return z
    .string()
    .max(max)
    .superRefine((text, ctx) => {
      const reason = unstorableReason(text);
      if (reason) ctx.addIssue({ code: "custom", message: reason });
    });
}

/** An integer that fits a column of the given type (narrowed to [min, max] when given). */
export function dbInt(column: IntColumn, min?: number, max?: number) {
  const range = COLUMN_RANGES[column];
  return z
    .number()
    .int()
    .min(Math.max(range.min, min ?? range.min))
    .max(Math.min(range.max, max ?? range.max));
}

export interface UnstorableValue {
  /** dotted path ("items.0.text"); "" for the value itself (a text body) */
  path: string;
  reason: UnstorableReason;
}

/**
 * Every string in a parsed request — object keys too — that PostgreSQL could not store, by
 * path. Iterative, so a 5,000-deep array cannot overflow the stack.
 */
export function findUnstorableStrings(value: unknown, limit = 20): UnstorableValue[] {
  const found: UnstorableValue[] = [];
  const stack: { value: unknown; path: string }[] = [{ value, path: "" }];
  const join = (path: string, key: string | number) =>
    path === "" ? String(key) : `${path}.${key}`;
  while (stack.length > 0 && found.length < limit) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === "string") {
      const reason = unstorableReason(current);
      if (reason) found.push({ path, reason });
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--)
        stack.push({ value: current[i], path: join(path, i) });
    } else if (typeof current === "object" && current !== null) {
      const keys = Object.keys(current);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!;
        const reason = unstorableReason(key);
        const keyPath = join(path, key);
        // The key itself goes into the path escaped, so the answer stays readable.
        if (reason) found.push({ path: join(path, JSON.stringify(key).slice(1, -1)), reason });
        else stack.push({ value: (current as Record<string, unknown>)[key], path: keyPath });
      }
    }
  }
  return found;
}
