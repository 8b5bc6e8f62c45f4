import type { MatchedActionId, Reason } from "./action-result";
import { reason } from "./explain";

/** One action that would succeed if it had an evidence person, with the women who could be it. */
export interface EvidenceRequest {
  action: MatchedActionId;
  /** 社員番号 of the candidates, in report row order. */
  candidates: readonly string[];
  /** Candidates to prefer (e.g. in the target category) when the choice does not cost an action. */
  preferred?: readonly string[];
}

export interface EvidenceAssignment {
  /** The evidence person of each action that got one; never one person twice. */
  evidence: Partial<Record<MatchedActionId, string>>;
  /** Actions left without a person although they had candidates, all used by other actions. */
  blocked: MatchedActionId[];
  /** Per-action explanations of what the distinct-person rule did. */
  reasons: Partial<Record<MatchedActionId, Reason[]>>;
}

const ORDER: readonly MatchedActionId[] = ["A", "B", "C"];

/**
 * Maximum bipartite matching of actions to people by augmenting paths (Kuhn's algorithm).
 * Actions are tried in the given order and each tries its candidates in list order, so the
 * result is deterministic; an action once matched stays matched, which makes the matched set
 * the earliest (in `order`) among all maximum matchings.
 */
export function maximumMatching<K extends string>(
  order: readonly K[],
  candidates: ReadonlyMap<K, readonly string[]>,
): Map<K, string> {
  const owner = new Map<string, K>();
  const augment = (action: K, seen: Set<string>): boolean => {
    for (const person of candidates.get(action) ?? []) {
      if (seen.has(person)) continue;
      seen.add(person);
      const current = owner.get(person);
      if (current === undefined || augment(current, seen)) {
        owner.set(person, action);
        return true;
      }
    }
    return false;
  };
  for (const action of order) augment(action, new Set());
  const matching = new Map<K, string>();
  for (const [person, action] of owner) matching.set(action, person);
  return matching;
}

function sameActions<K>(a: ReadonlyMap<K, string>, b: ReadonlyMap<K, string>): boolean {
  return a.size === b.size && [...a.keys()].every((k) => b.has(k));
}

const label = (action: MatchedActionId): string => `取組${action}`;

/**
 * The distinct-person rule (p.7 ※ 取組ごとの対象者は別の労働者): assigns A, B and C different
 * evidence persons so that as many actions as possible succeed (a maximum matching, never a
 * greedy pick). Ties keep A before B before C; then, action by action, a preferred candidate is
 * used whenever that keeps the same actions matched.
 */
export function assignDistinctEvidence(requests: readonly EvidenceRequest[]): EvidenceAssignment {
  const byAction = new Map<MatchedActionId, EvidenceRequest>();
  for (const request of requests) byAction.set(request.action, request);
  const order = ORDER.filter((a) => byAction.has(a));
  const lists = new Map<MatchedActionId, readonly string[]>(
    order.map((a) => [a, [...new Set(byAction.get(a)!.candidates)]]),
  );
  let matching = maximumMatching(order, lists);
  for (const action of order) {
    const preferred = new Set(byAction.get(action)!.preferred ?? []);
    const current = matching.get(action);
    if (current === undefined || preferred.has(current)) continue;
    const narrowed = (lists.get(action) ?? []).filter((p) => preferred.has(p));
    if (narrowed.length === 0) continue;
    const trial = new Map(lists).set(action, narrowed);
    const trialMatching = maximumMatching(order, trial);
    if (sameActions(matching, trialMatching)) {
      lists.set(action, narrowed);
      matching = trialMatching;
    }
  }

  const usedBy = new Map<string, MatchedActionId>();
  for (const [action, person] of matching) usedBy.set(person, action);
  const evidence: Partial<Record<MatchedActionId, string>> = {};
  const reasons: Partial<Record<MatchedActionId, Reason[]>> = {};
  const blocked: MatchedActionId[] = [];
  for (const action of order) {
    const all = [...new Set(byAction.get(action)!.candidates)];
    const person = matching.get(action);
    // At most two other actions exist, so at most two of the candidates are taken: short lists.
    const taken = all.filter((p) => usedBy.has(p) && usedBy.get(p) !== action);
    const takenJa = taken.map((p) => `${p} → ${label(usedBy.get(p)!)}`).join(", ");
    const takenEn = taken.map((p) => `${p} → action ${usedBy.get(p)!}`).join(", ");
    if (person !== undefined) {
      evidence[action] = person;
      const skipped = taken.filter((p) => all.indexOf(p) < all.indexOf(person));
      if (skipped.length > 0)
        reasons[action] = [
          reason(
            `${label(action)}の対象者候補 ${skipped.join(", ")} は他の取組の対象者としたため（${takenJa}）、${person} を対象者にしました（取組A〜Cの対象者は別の労働者: p.7 ※）。`,
            `Candidate(s) ${skipped.join(", ")} of action ${action} serve other actions (${takenEn}), so ${person} is its evidence person (A–C need different workers, p.7 ※).`,
          ),
        ];
    } else if (all.length > 0) {
      blocked.push(action);
      reasons[action] = [
        reason(
          `${label(action)}は他の要件を満たしていますが、対象者になり得る女性 ${all.join(", ")} は${all.length > 1 ? "全員" : ""}ほかの取組の対象者です（${takenJa}）。取組A〜Cの対象者は別の労働者でなければならないため（p.7 ※）、この取組は達成になりません。`,
          `Action ${action} meets its other conditions, but every woman who could serve as its evidence (${all.join(", ")}) is the evidence person of another action (${takenEn}). A–C need different workers (p.7 ※), so this action is not achieved.`,
        ),
      ];
    }
  }
  return { evidence, blocked, reasons };
}
