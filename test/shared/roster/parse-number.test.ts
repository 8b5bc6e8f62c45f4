import { normalizeText } from "../../../shared/roster/normalize-text";
import {
  parseAmountNumber,
  parseAmountText,
  parseHoursNumber,
  parseHoursText,
} from "../../../shared/roster/parse-number";

const amount = (text: string) => parseAmountText(normalizeText(text));
const hours = (text: string) => parseHoursText(normalizeText(text));

describe("amounts (役職手当, 年間賃金)", () => {
  it.each([
    ["0", 0],
    ["20000", 20000],
    ["20,000", 20000],
    ["２０，０００", 20000],
    ["¥20,000", 20000],
    ["￥２０，０００", 20000],
    ["\\20,000", 20000],
    ["20,000円", 20000],
    ["¥20,000円", 20000],
    [" 5000 ", 5000],
    ["+5000", 5000],
    ["1,234,567", 1234567],
    ["20000.00", 20000],
    ["-0", 0],
    ["007", 7],
  ])("%s → %d", (text, expected) => {
    expect(amount(text)).toBe(expected);
  });

  it.each(["-5", "−5", "△5", "▲5", "-¥5", "¥-5", "-20,000", "-0.5"])("%s is negative", (text) => {
    expect(amount(text)).toEqual({ reason: "negative" });
  });

  it.each(["1.5", "20000.01", "0.5円"])("%s is not whole yen", (text) => {
    expect(amount(text)).toEqual({ reason: "fraction" });
  });

  it.each([
    "abc",
    "1,5",
    "1,0000",
    ",100",
    "100,",
    "1e5",
    "二万",
    "5000円円",
    "--5",
    "¥",
    "20 000 yen",
    "NaN",
  ])("%s is not a number", (text) => {
    expect(amount(text)).toEqual({ reason: "notANumber" });
  });

  it("amounts beyond safe integers are refused", () => {
    expect(amount("99999999999999999999")).toEqual({ reason: "tooLarge" });
    expect(parseAmountNumber(2 ** 60)).toEqual({ reason: "tooLarge" });
  });

  it("number cells: float dust from formulas is whole yen, real fractions are not", () => {
    expect(parseAmountNumber(20000)).toBe(20000);
    expect(parseAmountNumber(22000.000000000004)).toBe(22000);
    expect(parseAmountNumber(0)).toBe(0);
    expect(parseAmountNumber(0.5)).toEqual({ reason: "fraction" });
    expect(parseAmountNumber(-1)).toEqual({ reason: "negative" });
    expect(parseAmountNumber(Number.NaN)).toEqual({ reason: "notANumber" });
  });
});

describe("weekly hours", () => {
  it.each([
    ["40", 40],
    ["37.5", 37.5],
    ["３７．５", 37.5],
    ["37:30", 37.5],
    ["40時間", 40],
    ["40h", 40],
    [".5", 0.5],
    ["168", 168],
    ["90", 90],
  ])("%s → %d", (text, expected) => {
    expect(hours(text)).toBe(expected);
  });

  it.each([
    ["0", "notPositive"],
    ["-5", "notPositive"],
    ["0.0", "notPositive"],
    ["169", "tooLarge"],
    ["200", "tooLarge"],
  ])("%s is no weekly schedule (%s)", (text, reason) => {
    expect(hours(text)).toEqual({ reason });
  });

  it.each(["abc", "40,5", "forty", "1e2", "37:75"])("%s is not a number", (text) => {
    expect(hours(text)).toEqual({ reason: "notANumber" });
  });

  it("number cells", () => {
    expect(parseHoursNumber(37.5)).toBe(37.5);
    expect(parseHoursNumber(0)).toEqual({ reason: "notPositive" });
    expect(parseHoursNumber(169)).toEqual({ reason: "tooLarge" });
    expect(parseHoursNumber(Infinity)).toEqual({ reason: "notANumber" });
  });
});
