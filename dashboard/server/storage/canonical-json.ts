/**
 * JSON with object keys sorted at every level, so that two records with the same content but
 * fields in a different order compare equal (idempotent resubmission), and any real difference
 * does not (409).
 *
 * Stored rows keep the text this produced when they arrived, so the output must never change:
 * it is exactly `JSON.stringify` of a copy made by `Object.fromEntries` of the members sorted
 * by UTF-16 code units, undefined members dropped (test/dashboard/records/canonical-json.test.ts checks it against
 * that definition on random values). Written out directly, without building the sorted copy:
 * this runs for every submission, and the copy cost as much as validating the record.
 */
export function canonicalJson(value: unknown): string {
  return write(value) as string;
}

function write(value: unknown): string | undefined {
  switch (typeof value) {
    case "string":
      return quote(value);
    case "number":
      // JSON.stringify's number format is Number#toString's (-0 → "0"); non-finite → null.
      return Number.isFinite(value) ? String(value) : "null";
    case "boolean":
      return value ? "true" : "false";
    case "object":
      break;
    default:
      return JSON.stringify(value);
  }
  if (value === null) return "null";
  if (Array.isArray(value)) {
    let out = "[";
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ",";
      // JSON.stringify writes null for array members it would drop from an object.
      out += write(value[i]) ?? "null";
    }
    return out + "]";
  }
  const object = value as Record<string, unknown>;
  const keys = sortedKeys(object);
  let out = "{";
  let first = true;
  for (const key of keys) {
    const member = write(object[key]);
    if (member === undefined) continue;
    out += (first ? "" : ",") + quote(key) + ":" + member;
    first = false;
  }
  return out + "}";
}

/** Nothing JSON escapes (quote, backslash, controls, surrogates): quote as is. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what JSON escapes
const PLAIN = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;

function quote(text: string): string {
  return PLAIN.test(text) ? `"${text}"` : JSON.stringify(text);
}

/**
 * The key order of that copy: a JavaScript object lists array-index keys ("0", "17") first, in
 * numeric order, whatever order they were added in, then the other keys in insertion order,
 * here sorted by code units. Object.keys already lists the index keys first, in numeric order.
 */
function sortedKeys(object: object): string[] {
  const keys = Object.keys(object);
  let indices = 0;
  while (indices < keys.length && isArrayIndex(keys[indices]!)) indices++;
  if (indices === 0) return keys.sort();
  return keys.slice(0, indices).concat(keys.slice(indices).sort());
}

const INDEX = /^(?:0|[1-9][0-9]{0,9})$/;

function isArrayIndex(key: string): boolean {
  return INDEX.test(key) && Number(key) < 4_294_967_295;
}
