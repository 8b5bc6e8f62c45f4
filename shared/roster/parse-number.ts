/** Why an amount or an hours cell could not be used; messages.ts turns it into words. */
export type NumberProblem =
  | { readonly reason: "notANumber" }
  | { readonly reason: "negative" }
  | { readonly reason: "fraction" }
  | { readonly reason: "tooLarge" }
  | { readonly reason: "notPositive" };

// Shared instances: a problem carries no data, so a cell never allocates one.
export const NOT_A_NUMBER: NumberProblem = { reason: "notANumber" };
export const NEGATIVE: NumberProblem = { reason: "negative" };
export const FRACTION: NumberProblem = { reason: "fraction" };
export const TOO_LARGE: NumberProblem = { reason: "tooLarge" };
export const NOT_POSITIVE: NumberProblem = { reason: "notPositive" };

/** A week has 168 hours: more cannot be a weekly schedule, only a typo. */
export const MAX_WEEKLY_HOURS = 168;
/** Above this a weekly schedule is legal to enter but worth a second look. */
export const UNUSUAL_WEEKLY_HOURS = 80;

export function isNumberProblem(value: number | NumberProblem): value is NumberProblem {
  return typeof value !== "number";
}

// Spreadsheet arithmetic (月給 * 12 * 1.1) leaves float dust on whole yen.
const WHOLE_TOLERANCE = 1e-6;

/** A number cell as whole yen ≥ 0. */
export function parseAmountNumber(n: number): number | NumberProblem {
  if (!Number.isFinite(n)) return NOT_A_NUMBER;
  if (n < 0) return NEGATIVE;
  const whole = Math.round(n);
  if (Math.abs(n - whole) > WHOLE_TOLERANCE) return FRACTION;
  if (whole > Number.MAX_SAFE_INTEGER) return TOO_LARGE;
  return whole;
}

// Thousands separators must group by three: "1,5" is a European 1.5, not 15.
const AMOUNT_BODY = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;
const ZEROS = /^0*$/;

/** Signs that mean minus in Japanese accounting (△ and ▲ included) and yen marks. */
function isMinus(c: string): boolean {
  return c === "-" || c === "△" || c === "▲";
}
// NFKC turns ￥ into ¥; "\" is the yen sign in Shift_JIS fonts, so CP932 files carry it.
function isYen(c: string): boolean {
  return c === "¥" || c === "\\";
}

/**
 * An amount written as text (already normalizeText'd): whole yen ≥ 0, thousands separators,
 * an optional ¥ before and 円 after.
 */
export function parseAmountText(text: string): number | NumberProblem {
  // Plain digits are most cells of a big roster: read them without a regex.
  const fast = plainDigits(text);
  if (fast !== undefined) return fast;

  let s = text.includes(" ") ? text.replace(/ /g, "") : text;
  let negative = false;
  let start = 0;
  for (let seenSign = false, seenYen = false; start < s.length; start++) {
    const c = s[start]!;
    if (!seenSign && (isMinus(c) || c === "+")) {
      seenSign = true;
      negative = c !== "+";
    } else if (!seenYen && isYen(c)) seenYen = true;
    else break;
  }
  s = s.slice(start);
  if (s.endsWith("円")) s = s.slice(0, -1);
  const m = AMOUNT_BODY.exec(s);
  if (!m) return NOT_A_NUMBER;
  const fraction = m[1];
  const value = Number(
    (fraction === undefined ? s : s.slice(0, -fraction.length - 1)).replace(/,/g, ""),
  );
  if (negative && (value !== 0 || (fraction !== undefined && !ZEROS.test(fraction))))
    return NEGATIVE;
  if (fraction !== undefined && !ZEROS.test(fraction)) return FRACTION;
  if (value > Number.MAX_SAFE_INTEGER) return TOO_LARGE;
  return value;
}

/** Up to 15 ASCII digits as a number (always a safe integer); undefined for anything else. */
export function plainDigits(s: string): number | undefined {
  const n = s.length;
  if (n === 0 || n > 15) return undefined;
  let value = 0;
  for (let i = 0; i < n; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    value = value * 10 + d;
  }
  return value;
}

/** A number cell as weekly hours: > 0, at most a week. */
export function parseHoursNumber(n: number): number | NumberProblem {
  if (!Number.isFinite(n)) return NOT_A_NUMBER;
  if (n <= 0) return NOT_POSITIVE;
  if (n > MAX_WEEKLY_HOURS) return TOO_LARGE;
  return n;
}

const HOURS_DECIMAL = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;
const HOURS_CLOCK = /^(\d{1,3}):([0-5]\d)$/;
const HOURS_UNIT = /(?:時間|hours|hrs|hr|h)$/i;

/** Weekly hours written as text: 40, 37.5, 37:30, 40時間. */
export function parseHoursText(text: string): number | NumberProblem {
  const fast = plainDigits(text);
  if (fast !== undefined) return parseHoursNumber(fast);
  let s = text.includes(" ") ? text.replace(/ /g, "") : text;
  s = s.replace(HOURS_UNIT, "");
  const clock = HOURS_CLOCK.exec(s);
  if (clock) return parseHoursNumber(Number(clock[1]) + Number(clock[2]) / 60);
  if (!HOURS_DECIMAL.test(s)) return NOT_A_NUMBER;
  return parseHoursNumber(Number(s));
}
