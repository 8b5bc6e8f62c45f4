import fc from "fast-check";
import { canonicalJson } from "../../../dashboard/server/storage/canonical-json";
import { makeRecord } from "../support/records";

/**
 * The definition the stored `canonical` texts were made with (the first implementation): a
 * key-sorted copy, then JSON.stringify. The fast writer must agree with it byte for byte, or a
 * resubmission of a stored record would be refused as a conflict.
 */
function definition(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}

describe("canonicalJson", () => {
  it("sorts keys at every level and keeps array order", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}',
    );
  });

  it("drops undefined members, writes null for undefined array items, escapes keys", () => {
    expect(canonicalJson({ b: undefined, a: [undefined, 1], '"k"': "\u2028" })).toBe(
      '{"\\"k\\"":"\u2028","a":[null,1]}',
    );
    expect(canonicalJson({ n: -0, big: 1e21, nan: NaN, inf: -Infinity })).toBe(
      '{"big":1e+21,"inf":null,"n":0,"nan":null}',
    );
  });

  it("is the same text for the same record whatever the key order", () => {
    const record = makeRecord();
    const reversed = Object.fromEntries(Object.entries(record).reverse());
    expect(canonicalJson(reversed)).toBe(canonicalJson(record));
    expect(canonicalJson(record)).toBe(definition(record));
  });

  it("agrees with the definition on random JSON values (property)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(definition(value));
      }),
      { numRuns: 2_000 },
    );
  });

  it("agrees with the definition on objects with undefined members and odd keys (property)", () => {
    // Any UTF-16 code unit: quotes, backslashes, controls, lone surrogates.
    const codeUnits = fc.string({
      unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    });
    const key = fc.oneof(
      fc.string(),
      codeUnits,
      fc.constantFrom("__proto__", "10", "2", "01", "4294967294", "4294967295", "a\u0000", "é"),
    );
    const leaf = fc.oneof(
      fc.constant(undefined),
      fc.double(),
      fc.string(),
      codeUnits,
      fc.boolean(),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: "small" },
        leaf,
        fc.array(tie("node")),
        fc.dictionary(key, tie("node")),
      ),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        expect(canonicalJson(v)).toBe(definition(v));
      }),
      { numRuns: 2_000 },
    );
  });
});
