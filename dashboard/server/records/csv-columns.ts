import { z } from "zod";
import { statsRecordSchema } from "../../../shared/stats/record-schema";

/** A CSV column: the dotted path of one leaf of the record, and how to read its text. */
export interface CsvColumn {
  path: string;
  kind: "number" | "boolean" | "string";
  nullable: boolean;
}

/**
 * The columns are derived from the shared zod schema itself, so the import format follows the
 * record definition without a second list to keep in step.
 */
export const CSV_COLUMNS: readonly CsvColumn[] = leaves(statsRecordSchema, "", false);

function leaves(schema: z.ZodType, path: string, nullable: boolean): CsvColumn[] {
  // zod 4 keeps refinements on the schema itself (no wrapper to look through).
  if (schema instanceof z.ZodNullable) return leaves(schema.unwrap() as z.ZodType, path, true);
  if (schema instanceof z.ZodObject) {
    return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, child]) =>
      leaves(child, path ? `${path}.${key}` : key, false),
    );
  }
  if (schema instanceof z.ZodNumber) return [{ path, kind: "number", nullable }];
  if (schema instanceof z.ZodBoolean) return [{ path, kind: "boolean", nullable }];
  if (schema instanceof z.ZodLiteral) {
    const [value] = [...schema.values];
    return [{ path, kind: typeof value === "number" ? "number" : "string", nullable }];
  }
  if (
    schema instanceof z.ZodString ||
    schema instanceof z.ZodStringFormat ||
    schema instanceof z.ZodEnum
  ) {
    return [{ path, kind: "string", nullable }];
  }
  throw new Error(`unsupported schema at ${path}`);
}

const NUMBER = /^-?\d+(\.\d+)?$/;
const TRUE = new Set(["true", "1", "yes", "はい", "○"]);
const FALSE = new Set(["false", "0", "no", "いいえ", "×"]);

/**
 * A cell's text → the JSON value the schema expects. Text that does not fit stays text, so the
 * schema reports it with its path like any other mistake; an empty cell is null where the
 * record allows null and missing otherwise.
 */
export function readCell(column: CsvColumn, text: string): unknown {
  const value = text.trim();
  if (value === "") return column.nullable ? null : undefined;
  if (column.kind === "number") return NUMBER.test(value) ? Number(value) : value;
  if (column.kind === "boolean") {
    const lower = value.toLowerCase();
    return TRUE.has(lower) ? true : FALSE.has(lower) ? false : value;
  }
  return value;
}

/** Sets a dotted path in a nested object, creating the levels on the way. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (next === undefined || next === null || typeof next !== "object") {
      const created: Record<string, unknown> = {};
      node[key] = created;
      node = created;
    } else {
      node = next as Record<string, unknown>;
    }
  }
  const last = keys[keys.length - 1]!;
  if (value !== undefined) node[last] = value;
}
