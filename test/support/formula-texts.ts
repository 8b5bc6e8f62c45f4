import fc from "fast-check";

/** What spreadsheet programs read as the start of a formula (or DDE), full-width forms too. */
export const FORMULA_START = /^[=+\-@\t\r\n＝＋－＠]/;

/**
 * Random texts that matter for formula injection: any start (formula characters, full-width
 * ones, controls XML drops before a "=", plain text), any middle (ASCII, any code point incl.
 * lone surrogates, line breaks) and any end (a trailing line break is what papaparse missed).
 */
export const formulaTexts: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(
      "=",
      "+",
      "-",
      "@",
      "\t",
      "\r",
      "\n",
      "＝",
      "＋",
      "－",
      "＠",
      "\u0001=",
      "\uFFFE+",
      "'",
      "",
      "a",
      "総",
    ),
    fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.string({ unit: "binary", maxLength: 30 }),
      fc.string({
        unit: fc.constantFrom("=", "\n", "\r", "a", "＝", '"', ",", "-"),
        maxLength: 12,
      }),
      fc.constant('HYPERLINK("http://example.invalid","Click")'),
    ),
    fc.constantFrom("", "\n", "\r\n", "\nfoo", '"'),
  )
  .map(([start, middle, end]) => start + middle + end);
