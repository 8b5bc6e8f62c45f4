import type { Highs } from "highs";
import type { AuditedFigure } from "../../../dashboard/server/disclosure/audit/audit";
import {
  blamedOnNext,
  type ReleaseTables,
} from "../../../dashboard/server/disclosure/check-release";

/** What the audit of the earlier releases alone finds: set per test. */
const earlierAudit: { figures: AuditedFigure[]; runs: number } = { figures: [], runs: 0 };
jest.mock("../../../dashboard/server/disclosure/audit/audit", () => {
  const actual = jest.requireActual("../../../dashboard/server/disclosure/audit/audit");
  return {
    ...actual,
    auditReleases: () => {
      earlierAudit.runs++;
      return earlierAudit.figures;
    },
  };
});

const figure = (label: string, release: number, lower: number, upper: number): AuditedFigure => ({
  label,
  cell: label,
  system: 0,
  release,
  value: lower,
  lower,
  upper,
  required: 1,
  pinned: upper - lower < 2 - 1e-6,
  disclosed: upper - lower <= 1e-6,
});

/** Two earlier releases (indices 0, 1); the new one is release 2. */
const EARLIER = [{}, {}] as unknown as ReleaseTables[];
const HIGHS = {} as Highs;

describe("blamedOnNext: which pinned figures a new release answers for", () => {
  beforeEach(() => {
    earlierAudit.runs = 0;
    // Release 1 (made before the check existed) already let a reader pin "#2 a" to [2, 3].
    earlierAudit.figures = [figure("#2 a", 1, 2, 3), figure("#2 b", 1, 0, 10)];
  });

  it("its own pinned figures, never those that pass", () => {
    const blamed = blamedOnNext(EARLIER, HIGHS);
    expect(blamed(figure("#3 x", 2, 1, 2))).toBe(true);
    expect(blamed(figure("#3 y", 2, 0, 10))).toBe(false);
    expect(earlierAudit.runs).toBe(0); // nothing earlier to look up
  });

  it("an earlier figure it pins that the earlier releases did not", () => {
    const blamed = blamedOnNext(EARLIER, HIGHS);
    expect(blamed(figure("#2 b", 1, 4, 5))).toBe(true);
    expect(blamed(figure("#1 c", 0, 0, 0))).toBe(true);
  });

  it("an earlier figure pinned already is excused only while it is no narrower (red team 2)", () => {
    const blamed = blamedOnNext(EARLIER, HIGHS);
    expect(blamed(figure("#2 a", 1, 2, 3))).toBe(false); // as wide as before: cannot be undone
    expect(blamed(figure("#2 a", 1, 2.5, 3))).toBe(true); // tighter: the new release's doing
    expect(blamed(figure("#2 a", 1, 2, 2))).toBe(true); // to a point
    expect(earlierAudit.runs).toBe(1); // the earlier releases' audit ran once
  });
});
