import { GRANT_UNIT_YEN } from "../../aggregation/grid-measures";
import type { Figure, GroupFigures, Publication } from "../../aggregation/publication";
import { quartilesMayShow } from "../../aggregation/quantile-release";
import { MIN_QUANTILE_COMPANIES } from "../settings";
import {
  ACTION_IDS,
  STAT_KEYS,
  SUM_MEASURES,
  type ActionId,
  type StatKey,
  type SumMeasure,
} from "../../aggregation/raw-aggregates";

/**
 * The published figure behind a cell id of the disclosure systems ("sums.x@r3/industry/E"),
 * in the systems' units (the grant in ¥100,000): what an attacker reads off the page.
 * undefined: the publication has no such figure.
 */
export function publishedFigure(publication: Publication, id: string): Figure | undefined {
  if (publication !== last?.publication) {
    let figures = looked.get(publication);
    if (!figures) {
      figures = new Map();
      looked.set(publication, figures);
    }
    last = { publication, figures };
  }
  const known = last.figures.get(id);
  if (known !== undefined) return known ?? undefined;
  const figure = lookUp(publication, id);
  last.figures.set(id, figure ?? null);
  return figure;
}

/**
 * A publication is never changed once built, and the audit looks each figure up many times (in
 * every relation it is part of, every round of protectIntervals): looked up once (null: no such
 * figure). The audit asks about one publication many times in a row: the last one is at hand.
 */
const looked = new WeakMap<Publication, Map<string, Figure | null>>();
let last: { publication: Publication; figures: Map<string, Figure | null> } | undefined;

function lookUp(publication: Publication, id: string): Figure | undefined {
  const at = id.indexOf("@");
  const measure = id.slice(0, at);
  const where = id.slice(at + 1);
  if (measure.startsWith("band.")) {
    const [scopeText, dimension] = where.split("/");
    const [, stat, band] = measure.split(".");
    const scope =
      scopeText === "FY"
        ? publication.fiscalYearScope
        : publication.rounds.find((r) => `r${r.round}` === scopeText);
    if (!scope || dimension !== "total" || !isStat(stat)) return undefined;
    return scope.distributions[stat][Number(band)]?.companies;
  }
  const figures = figuresAt(publication, where);
  return figures && figureOf(figures, measure);
}

/**
 * What the quartiles shown next to a hidden n say about it (aggregation/quantile-release.ts):
 * shown, n ≥ MIN_QUANTILE_COMPANIES, where they may depend on n at all. Withheld, they may also
 * be withheld for a block close to them (quantile-nesting.ts, earlier releases), so a reader
 * cannot be sure n < 10; the audit still adds that bound when it is true (`n`, the true value):
 * an attacker who knows more than a real one is the cautious side. Any other cell: nothing.
 */
export function quantileBounds(
  publication: Publication,
  id: string,
  n: number | undefined,
): { lower: number; upper: number } {
  const none = { lower: 0, upper: Infinity };
  if (!id.startsWith("n.")) return none;
  const at = id.indexOf("@");
  const stat = id.slice(2, at);
  if (!isStat(stat)) return none;
  const figures = figuresAt(publication, id.slice(at + 1));
  const block = figures?.stats[stat];
  const companies = figures?.companies.value ?? 0;
  if (!block || !block.n.suppressed || !quartilesMayShow(companies, true)) return none;
  if (!block.median.suppressed) {
    return block.median.value === null ? none : { lower: MIN_QUANTILE_COMPANIES, upper: Infinity };
  }
  return n !== undefined && n < MIN_QUANTILE_COMPANIES
    ? { lower: 0, upper: MIN_QUANTILE_COMPANIES - 1 }
    : none;
}

function figuresAt(publication: Publication, where: string): GroupFigures | undefined {
  const [scopeText, dimension, ...rest] = where.split("/");
  const key = rest.join("/");
  const scope =
    scopeText === "FY"
      ? publication.fiscalYearScope
      : publication.rounds.find((r) => `r${r.round}` === scopeText);
  if (!scope) return undefined;
  return dimension === "total"
    ? scope.figures
    : (dimension === "sizeBand" ? scope.bySizeBand : scope.byIndustry).find((r) => r.key === key)
        ?.figures;
}

function figureOf(figures: GroupFigures, measure: string): Figure | undefined {
  const [head, tail] = measure.split(".") as [string, string | undefined];
  switch (head) {
    case "companies":
      return figures.companies;
    case "trainingComplete":
      return figures.trainingComplete;
    case "selected":
    case "achieved":
      return isAction(tail) ? figures[head][tail] : undefined;
    case "sums": {
      if (!isSum(tail)) return undefined;
      const f = figures.sums[tail];
      const unit = tail === "projectedGrantYen" ? GRANT_UNIT_YEN : 1;
      return f.value === null ? f : { value: f.value / unit, suppressed: f.suppressed };
    }
    case "n":
      return isStat(tail) ? figures.stats[tail].n : undefined;
    default:
      return undefined;
  }
}

const isAction = (s: string | undefined): s is ActionId => ACTION_IDS.some((a) => a === s);
const isSum = (s: string | undefined): s is SumMeasure => SUM_MEASURES.some((m) => m === s);
const isStat = (s: string | undefined): s is StatKey => STAT_KEYS.some((k) => k === s);
