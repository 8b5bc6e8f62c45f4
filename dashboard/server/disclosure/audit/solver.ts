import loadHighs, { type Highs } from "highs";

/**
 * HiGHS (University of Edinburgh's LP/MIP solver, compiled to WebAssembly). Loading it is
 * asynchronous (~50 ms), solving is synchronous; it starts loading when this module is first
 * imported, so that a release created later finds it ready. `auditSolverReady` lets callers
 * (tests, the audit script) wait for it.
 */
let solver: Highs | undefined;
let failure: unknown;

export const auditSolverReady: Promise<void> = loadHighs().then(
  (highs) => {
    solver = highs;
  },
  (error: unknown) => {
    failure = error;
  },
);

/** The loaded solver, or undefined while it is still loading (or failed to load). */
export function loadedSolver(): Highs | undefined {
  return solver;
}

export function solverFailure(): unknown {
  return failure;
}

export interface LinearProgram {
  /** Σ coefficient × variable (the constant part is added by the caller) */
  objective: ReadonlyMap<string, number>;
  /** Σ coefficient × variable (=, ≥ or ≤) right-hand side */
  constraints: readonly {
    terms: ReadonlyMap<string, number>;
    sense: "=" | ">=" | "<=";
    rhs: number;
  }[];
  /** every variable with its bounds (upper: Infinity for none) */
  bounds: ReadonlyMap<string, { lower: number; upper: number }>;
}

/**
 * The minimum and maximum of the objective over the program (CPLEX LP text, which HiGHS reads).
 * Unbounded → ±Infinity. Infeasible means the published tables contradict their own relations:
 * that is thrown, never taken for "safe".
 */
export function objectiveRange(highs: Highs, program: LinearProgram): [number, number] {
  const body = lpBody(program);
  const solveFor = (sense: "Minimize" | "Maximize"): number => {
    const result = highs.solve(`${sense}\n obj: ${linear(program.objective)}\n${body}`, {
      output_flag: false,
    });
    if (result.Status === "Optimal") return result.ObjectiveValue;
    if (result.Status === "Unbounded") return sense === "Minimize" ? -Infinity : Infinity;
    throw new Error(`audit LP: ${result.Status}`);
  };
  return [solveFor("Minimize"), solveFor("Maximize")];
}

function lpBody(program: LinearProgram): string {
  const rows = program.constraints.map(
    (c, i) => ` c${i}: ${linear(c.terms)} ${c.sense} ${number(c.rhs)}`,
  );
  const bounds = [...program.bounds].map(([name, { lower, upper }]) =>
    Number.isFinite(upper)
      ? ` ${number(lower)} <= ${name} <= ${number(upper)}`
      : ` ${name} >= ${number(lower)}`,
  );
  return `Subject To\n${rows.join("\n")}\nBounds\n${bounds.join("\n")}\nEnd`;
}

function linear(terms: ReadonlyMap<string, number>): string {
  const parts = [...terms].filter(([, c]) => c !== 0);
  if (parts.length === 0) return `0 ${[...terms.keys()][0] ?? "zero"}`;
  return parts
    .map(([name, c], i) => `${c < 0 ? "-" : i === 0 ? "" : "+"} ${number(Math.abs(c))} ${name}`)
    .join(" ");
}

function number(n: number): string {
  // LP text wants plain decimals; 17 significant digits keep every float8.
  return Number.isInteger(n) ? String(n) : n.toPrecision(17);
}
