import type { z } from "zod";
import { CUSTOM_MESSAGES_JA, FIELD_MESSAGES as M } from "../messages/fields";
import type { FieldProblem } from "./api-error";
import { ACCOUNT_FIELD_JA } from "../messages/accounts";
import { UNSTORABLE_TEXT_JA } from "../messages/security";

/** Messages of the shared schemas' own checks, in Japanese. */
const CUSTOM_MESSAGES: Record<string, string> = {
  ...CUSTOM_MESSAGES_JA,
  ...UNSTORABLE_TEXT_JA,
  ...ACCOUNT_FIELD_JA,
};

/** One problem zod found (zod 4's issue type). */
type Issue = z.core.$ZodIssue;

/**
 * zod's issues → fields at fault, each with a Japanese and an English message. The `code` of a
 * field keeps the names the API has always used (zod 3's: `invalid_enum_value`,
 * `invalid_literal`, `invalid_string`), so clients do not see the library change.
 * Parse with `{ reportInput: true }`: a missing field is then told apart from a wrong one.
 */
export function fieldsFromIssues(
  issues: readonly Issue[],
  prefix: readonly (string | number)[] = [],
): FieldProblem[] {
  const fields: FieldProblem[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path.map(keyOf)];
    if (issue.code === "unrecognized_keys") {
      // One entry per unknown key: the client sees exactly what to remove.
      for (const key of issue.keys) {
        fields.push({
          path: joinPath([...path, key]),
          code: "unrecognized_key",
          ...M.unrecognizedKey,
        });
      }
      continue;
    }
    fields.push({ path: joinPath(path), code: apiCode(issue), ...messages(issue) });
  }
  return fields;
}

export function joinPath(path: readonly (string | number)[]): string {
  return path.map(String).join(".");
}

/** Object keys of JSON are strings and array indexes numbers; a symbol cannot come from JSON. */
function keyOf(key: PropertyKey): string | number {
  return typeof key === "symbol" ? String(key) : key;
}

function apiCode(issue: Issue): string {
  switch (issue.code) {
    case "invalid_value":
      return issue.values.length === 1 ? "invalid_literal" : "invalid_enum_value";
    case "invalid_format":
      return "invalid_string";
    default:
      return issue.code;
  }
}

function messages(issue: Issue): { messageJa: string; messageEn: string } {
  switch (issue.code) {
    case "invalid_type":
      return "input" in issue && issue.input === undefined
        ? M.required
        : {
            messageJa: M.wrongTypeJa(issue.expected),
            messageEn:
              "input" in issue
                ? `Expected ${issue.expected}, received ${typeOf(issue.input)}.`
                : issue.message,
          };
    case "too_small": {
      const minimum = String(issue.minimum);
      return {
        messageJa:
          issue.origin === "string"
            ? M.tooShortJa(minimum)
            : issue.origin === "array"
              ? M.tooFewJa(minimum)
              : M.tooSmallJa(minimum),
        messageEn: issue.message,
      };
    }
    case "too_big": {
      const maximum = String(issue.maximum);
      return {
        messageJa:
          issue.origin === "string"
            ? M.tooLongJa(maximum)
            : issue.origin === "array"
              ? M.tooManyJa(maximum)
              : M.tooBigJa(maximum),
        messageEn: issue.message,
      };
    }
    case "invalid_value":
      return {
        messageJa:
          issue.values.length === 1
            ? M.literalJa(literal(issue.values[0]))
            : M.enumJa(issue.values.map(String)),
        messageEn: issue.message,
      };
    case "invalid_format":
      return { messageJa: M.formatJa, messageEn: issue.message };
    case "not_multiple_of":
      return { messageJa: M.multipleOfJa(String(issue.divisor)), messageEn: issue.message };
    case "custom":
      return {
        messageJa: CUSTOM_MESSAGES[issue.message] ?? M.invalidJa,
        messageEn: issue.message,
      };
    default:
      return { messageJa: M.invalidJa, messageEn: issue.message };
  }
}

/** A literal as JSON shows it (bigint has no JSON form: its digits). */
function literal(value: unknown): string {
  return typeof value === "bigint" ? String(value) : JSON.stringify(value);
}

/** The JSON type of a value, in zod 3's words: "null", "array" and "nan" are their own. */
function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number" && Number.isNaN(value)) return "nan";
  return typeof value;
}
