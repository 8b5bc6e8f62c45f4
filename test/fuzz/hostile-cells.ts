import fc from "fast-check";
import type { CellValue } from "../../shared/roster/parse-roster";

/**
 * Cell values an HR workbook (or an attacker) can hold, beyond the garbage the roster's own
 * property tests throw: spreadsheet formulas and DDE payloads, strings past Excel's 32,767
 * character cell limit, C0/C1 controls, emoji sequences, lone surrogates inside real text,
 * numbers where text is expected and numeric-looking text where numbers are expected.
 */
export const FORMULAS = [
  "=SUM(A1:A9)",
  "=cmd|'/c calc'!A1",
  "+1+1",
  "-2+3",
  "@SUM(1)",
  '=HYPERLINK("http://evil.example","x")',
  "=1/0",
  "#DIV/0!",
  "#REF!",
  "＝１＋１",
] as const;

const loneSurrogateText = fc
  .tuple(
    fc.string({ maxLength: 5 }),
    fc.integer({ min: 0xd800, max: 0xdfff }),
    fc.string({ maxLength: 5 }),
  )
  .map(([a, s, b]) => `${a}${String.fromCharCode(s)}${b}`);

const controlText = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 0x1f }),
      fc.integer({ min: 0x7f, max: 0x9f }),
      fc.constantFrom(0x200b, 0x200e, 0x202e, 0x2028, 0xfeff, 0xfffe),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((codes) => `女${String.fromCharCode(...codes)}性`);

const longText = fc
  .tuple(fc.constantFrom("x", "あ", "😀", "=", "1"), fc.integer({ min: 10_000, max: 40_000 }))
  .map(([unit, n]) => unit.repeat(n));

const emoji = fc.constantFrom("👩‍💼", "🇯🇵", "👨‍👩‍👧‍👦", "1️⃣", "🏳️‍⚧️", "😀".repeat(3));

/** text where a number belongs: full-width digits, separators, units, exponents, NaN */
const numericText = fc.constantFrom(
  "１２３",
  "1,000,000",
  "1e309",
  "-0",
  "NaN",
  "Infinity",
  "0x1F",
  "¥4,800,000",
  "4800000円",
  "40時間",
  "  40  ",
  "9".repeat(400),
);

/** numbers where text belongs, and odd numbers anywhere */
const oddNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, -0, 2 ** 53 + 1, 1e21),
);

export const hostileCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...FORMULAS),
  longText,
  controlText,
  loneSurrogateText,
  emoji,
  numericText,
  oddNumber,
  fc.boolean(),
  fc.constantFrom(null, undefined, "", " ", "\u3000"),
  fc.string({ unit: "grapheme", maxLength: 20 }),
);
