import type { z } from "zod";
import { validationFailed } from "./api-error";
import { fieldsFromIssues } from "./zod-fields";

/** Validates a body or query with zod; a failure is a 400 naming every field at fault. */
export function parseInput<S extends z.ZodTypeAny>(
  schema: S,
  input: unknown,
  where: "body" | "query" = "body",
): z.infer<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success) throw validationFailed(fieldsFromIssues(result.error.issues), where);
  return result.data;
}
