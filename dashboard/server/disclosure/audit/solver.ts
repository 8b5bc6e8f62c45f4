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
 * The minimum and maximum of each objective over one program. The program is loaded once into a
 * persistent HiGHS model (CPLEX LP text) and only the objective changes between solves, so each
 * solve starts from the previous basis. Unbounded → ±Infinity. The published tables always
 * admit their true values, so the program is feasible: a status other than optimal or unbounded
 * is thrown, never taken for "safe".
 */
export function objectiveRanges(
  highs: Highs,
  program: Omit<LinearProgram, "objective">,
  objectives: readonly ReadonlyMap<string, number>[],
): [number, number][] {
  const first = [...program.bounds.keys()][0]!;
  const data = `Minimize\n obj: 0 ${first}\n${lpBody(program)}`;
  const model = highs.createModel({ format: "lp", data });
  try {
    // Warm starts need the simplex without presolve (~0.4 ms a solve instead of ~30). The first
    // solve starts cold from the slack basis, where the dual simplex (strategy 1) is faster (cold
    // solves are most of a 100k-record release's LP time; dual cuts it ~20 %); after it only the
    // objective changes, so the last basis stays primal feasible and the primal simplex
    // (strategy 4) starts from it where the dual would first repair it. Optimum values are the
    // same either way.
    model.options.set({
      output_flag: false,
      presolve: "off",
      solver: "simplex",
      simplex_strategy: 1,
    });
    let cold = true;
    const { minimize, maximize } = highs.constants.objectiveSense;
    const status = highs.constants.modelStatus;
    const column = new Map<string, number>();
    const indexOf = (name: string) => {
      let i = column.get(name);
      if (i === undefined) {
        i = model.getColByName(name);
        column.set(name, i);
      }
      return i;
    };
    return objectives.map((objective) => {
      for (const [name, c] of objective) model.changeColCost(indexOf(name), c);
      const solve = (sense: typeof minimize, unbounded: number): number => {
        model.changeObjectiveSense(sense);
        model.run();
        if (cold) {
          cold = false;
          model.options.set({ simplex_strategy: 4 });
        }
        const s = model.getModelStatus();
        if (s === status.optimal) return model.getObjectiveValue();
        if (s === status.unbounded || s === status.unboundedOrInfeasible) return unbounded;
        throw new Error(`audit LP: model status ${s}`);
      };
      const range: [number, number] = [solve(minimize, -Infinity), solve(maximize, Infinity)];
      for (const name of objective.keys()) model.changeColCost(indexOf(name), 0);
      return range;
    });
  } finally {
    model.dispose();
  }
}

function lpBody(program: Omit<LinearProgram, "objective">): string {
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
