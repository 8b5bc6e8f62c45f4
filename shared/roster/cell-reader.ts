import type { IssueCode } from "./issue";
import type { ColumnSpec } from "./columns";
import * as text from "./messages";
import { normalizeText } from "./normalize-text";
import { canonicalIsoDateKey, isDateProblem, parseDateText, serialToDate } from "./parse-date";
import { isEnumKey, parseEnum } from "./parse-enums";
import {
  isNumberProblem,
  parseAmountNumber,
  parseAmountText,
  parseHoursNumber,
  parseHoursText,
  plainDigits,
  MAX_WEEKLY_HOURS,
  type NumberProblem,
} from "./parse-number";
import type { CellValue } from "./cell-value";

/**
 * A cell's error, ready to become a RosterIssue once the row is known. Built once per
 * distinct bad value of a column (readers cache them), so messages are not rebuilt per row.
 */
export interface CellProblem {
  readonly code: IssueCode;
  /** The cell as the user sees it. */
  readonly value: string;
  readonly text: text.IssueText;
}

/** What a cell holds once read: a value, null for an empty cell, or a problem. */
export type CellRead = string | number | boolean | null | CellProblem;

// Module-local aliases for the per-cell calls: CommonJS output (tsx, ts-jest) turns each use
// of an imported function into a property read of the other module, a getter under esbuild.
const digits = plainDigits;
const isoDateKey = canonicalIsoDateKey;

/** Printable ASCII without spaces: already what normalizeText would return (E000123). */
function isPlainWord(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 || c >= 0x7f) return false;
  }
  return true;
}

/**
 * Canonical dates from 1900 to 2155 are shared through a table indexed by their day key (see
 * canonicalIsoDateKey): 100k workers then hold a few thousand date strings instead of 200k
 * copies for the garbage collector to carry, and no date is hashed (a Map lookup cost more
 * than the copies saved).
 */
const DATE_KEY_FROM = 1900 * 372;
const DATE_KEYS = 256 * 372;

// Beyond this many distinct values a column is mostly unique: stop growing the cache.
const CACHE_LIMIT = 1 << 17;

/** How a column's text cells are looked up (see CellReader). */
export type Lookup = "cached" | "identifier" | "name" | "numeric" | "date";

/** The lookup that suits a column: caching pays only where values repeat. */
export function lookupFor(spec: ColumnSpec): Lookup {
  if (spec.key === "employeeId") return "identifier";
  if (spec.key === "name") return "name";
  if (spec.kind === "date") return "date";
  return spec.kind === "amount" || spec.kind === "hours" ? "numeric" : "cached";
}

/**
 * Reads one column's cells. Rosters repeat a handful of values per column (性別, 雇用形態,
 * dates), so each distinct raw string is parsed once and its outcome reused. Columns whose
 * values are unique per row (社員番号, 氏名, 年間賃金) would only pay for hashing and memory
 * there: identifiers are normalised directly; plain-digit amounts and canonical ISO dates,
 * the bulk of generated rosters, are recognised before the cache is consulted.
 */
export class CellReader {
  private readonly cache = new Map<string, CellRead>();
  /** Canonical dates seen, by day key − DATE_KEY_FROM (allocated at the first one). */
  private dates: (string | undefined)[] | undefined;
  private readonly lookup: Lookup;
  /** Plain-digit values in [fastMin, fastMax] need no message: accept them on the fast path. */
  private readonly fastMin: number;
  private readonly fastMax: number;

  constructor(
    readonly spec: ColumnSpec,
    /** Header as the user wrote it. */
    readonly header: string,
    readonly index: number,
    private readonly date1904: boolean,
    /**
     * Share canonical date strings between rows: worth it only when the workers are kept
     * (a builder with onWorker lets them die young, and the table's lookups cost more).
     */
    private readonly shareDates = true,
  ) {
    this.lookup = lookupFor(spec);
    this.fastMin = spec.kind === "hours" ? 1 : 0;
    this.fastMax = spec.kind === "hours" ? MAX_WEEKLY_HOURS : Number.MAX_SAFE_INTEGER;
  }

  read(raw: CellValue): CellRead {
    if (typeof raw === "string") {
      if (raw === "") return null;
      const lookup = this.lookup;
      if (lookup === "identifier") return isPlainWord(raw) ? raw : this.fromText(raw);
      if (lookup === "date") {
        const key = isoDateKey(raw);
        if (key >= 0) return this.shareDates ? this.sharedDate(raw, key - DATE_KEY_FROM) : raw;
      }
      if (lookup === "name") {
        // A name is the person's own spelling: NFKC would swap compatibility ideographs
        // (異体字) for other glyphs, and nothing compares names, so only trim it.
        const name = raw.trim();
        return name === "" ? null : name;
      }
      if (lookup === "numeric") {
        const n = digits(raw);
        if (n !== undefined && n >= this.fastMin && n <= this.fastMax) return n;
      }
      let read = this.cache.get(raw);
      if (read === undefined) {
        read = this.fromText(raw);
        if (this.cache.size < CACHE_LIMIT) this.cache.set(raw, read);
      }
      return read;
    }
    if (raw === null || raw === undefined) return null;
    if (typeof raw === "number") return this.fromNumber(raw);
    return this.fromBoolean(raw);
  }

  /** The first string seen for this day, so that equal dates share one string. */
  private sharedDate(raw: string, slot: number): string {
    if (slot < 0 || slot >= DATE_KEYS) return raw;
    const dates = (this.dates ??= new Array<string | undefined>(DATE_KEYS));
    const seen = dates[slot];
    if (seen !== undefined) return seen;
    dates[slot] = raw;
    return raw;
  }

  private fromText(raw: string): CellRead {
    const s = normalizeText(raw);
    if (s === "") return null;
    const { kind, key } = this.spec;
    switch (kind) {
      case "text":
        return s;
      case "enum":
        if (!isEnumKey(key)) throw new Error(`no enumeration for ${key}`);
        return (
          parseEnum(key, s) ??
          this.problem("INVALID_VALUE", raw, text.invalidEnum(this.label, raw, key))
        );
      case "date": {
        const date = parseDateText(s, this.date1904);
        return isDateProblem(date)
          ? this.problem("INVALID_DATE", raw, text.dateProblem(this.label, raw, date))
          : date;
      }
      case "amount":
        return this.fromAmount(parseAmountText(s), raw);
      case "hours":
        return this.fromAmount(parseHoursText(s), raw);
    }
  }

  private fromNumber(n: number): CellRead {
    const { kind, key } = this.spec;
    const raw = String(n);
    switch (kind) {
      case "text":
        return raw;
      case "enum":
        if (!isEnumKey(key)) throw new Error(`no enumeration for ${key}`);
        return this.problem("INVALID_VALUE", raw, text.invalidEnum(this.label, raw, key));
      case "date": {
        const date = serialToDate(n, this.date1904);
        return isDateProblem(date)
          ? this.problem("INVALID_DATE", raw, text.dateProblem(this.label, raw, date))
          : date;
      }
      case "amount":
        return this.fromAmount(parseAmountNumber(n), raw);
      case "hours":
        return this.fromAmount(parseHoursNumber(n), raw);
    }
  }

  // Excel's TRUE/FALSE is never a roster value: a checkbox or a formula went wrong.
  private fromBoolean(b: boolean): CellRead {
    const { kind, key } = this.spec;
    const raw = b ? "TRUE" : "FALSE";
    if (kind === "text") return raw;
    const code: IssueCode =
      kind === "enum" ? "INVALID_VALUE" : kind === "date" ? "INVALID_DATE" : "NOT_A_NUMBER";
    return this.problem(code, raw, text.booleanInColumn(this.label, raw, kind, key));
  }

  private fromAmount(value: number | NumberProblem, raw: string): CellRead {
    if (!isNumberProblem(value)) return value;
    return this.problem(
      numberCode(value),
      raw,
      text.numberProblem(this.label, raw, this.spec.kind, value),
    );
  }

  private problem(code: IssueCode, value: string, issueText: text.IssueText): CellProblem {
    return { code, value, text: issueText };
  }

  /** The header for sentences: as written, minus the spaces around it. */
  private get label(): string {
    return this.header.trim();
  }
}

function numberCode(problem: NumberProblem): IssueCode {
  switch (problem.reason) {
    case "notANumber":
      return "NOT_A_NUMBER";
    case "negative":
      return "NEGATIVE_AMOUNT";
    case "fraction":
      return "NOT_WHOLE_YEN";
    case "tooLarge":
    case "notPositive":
      return "INVALID_VALUE";
  }
}
