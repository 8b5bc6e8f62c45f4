import type { FakeContext } from "./fake-context";
import {
  FakeOfficeError,
  intersect,
  type ModelRule,
  type ModelSheet,
  type Rect,
} from "./fake-model";
import { bytes, loaded, NotLoaded, Ref } from "./fake-proxy-support";

/** One conditional format (`Excel.ConditionalFormat`) of a range or sheet. */
class FakeRule {
  readonly custom: {
    rule: { formula: string };
    format: { fill: { color: string }; font: { color: string } };
  };

  constructor(
    ctx: FakeContext,
    private readonly target: () => ModelRule,
    private readonly sheet: () => ModelSheet,
  ) {
    const set = (label: string, value: string, apply: (rule: ModelRule) => void): void =>
      ctx.enqueue(label, value, () => apply(this.target()));
    this.custom = {
      rule: {
        set formula(v: string) {
          set("rule.formula", v, (rule) => (rule.formula = v));
        },
        get formula(): string {
          throw new NotLoaded("formula");
        },
      },
      format: {
        fill: {
          set color(v: string) {
            set("rule.fill", v, (rule) => (rule.fill = v));
          },
          get color(): string {
            throw new NotLoaded("fill");
          },
        },
        font: {
          set color(v: string) {
            set("rule.font", v, (rule) => (rule.fontColor = v));
          },
          get color(): string {
            throw new NotLoaded("font");
          },
        },
      },
    };
    this.delete = () =>
      ctx.enqueue("rule.delete", null, () => {
        const rules = this.sheet().rules;
        const index = rules.indexOf(this.target());
        if (index < 0) throw new FakeOfficeError("ItemNotFound", "rule already gone");
        rules.splice(index, 1);
      });
  }

  readonly delete: () => void;
}

interface LoadedRule {
  id: string;
  type: string;
  customOrNullObject: { isNullObject: boolean; rule: { formula: string } };
}

export class FakeRuleCollection {
  private data?: { items: LoadedRule[] };

  constructor(
    private readonly ctx: FakeContext,
    private readonly scope: () => { sheet: ModelSheet; areas: Rect[] | "sheet" },
  ) {}

  /** The rules overlapping the scope, in priority order; an id is the index among them. */
  private members(): ModelRule[] {
    const { sheet, areas } = this.scope();
    if (areas === "sheet") return sheet.rules;
    return sheet.rules.filter((rule) =>
      rule.ranges.some((r) => areas.some((a) => intersect(r, a))),
    );
  }

  add(type: string): FakeRule {
    const ref = new Ref<ModelRule>();
    let owner: ModelSheet | undefined;
    this.ctx.enqueue("conditionalFormats.add", type, () => {
      const { sheet, areas } = this.scope();
      if (areas === "sheet") throw new Error("fake: add a rule to a range");
      const rule: ModelRule = { type, ranges: areas, formula: "" };
      sheet.rules.unshift(rule);
      owner = sheet;
      ref.set(rule);
    });
    return new FakeRule(
      this.ctx,
      () => ref.get(),
      () => owner!,
    );
  }

  /**
   * A format by id, i.e. by priority. Excel's reference: "if you change the priority, you have
   * to re-fetch a new copy of the object at that new priority location". The fake binds the
   * proxy to the priority, not to the rule: once a deletion or an addition renumbers the rules,
   * it reaches whichever rule now holds that priority.
   */
  getItem(id: string): FakeRule {
    let owner: ModelSheet | undefined;
    const at = (): ModelRule => {
      const rule = this.members()[Number(id)];
      if (!rule) throw new FakeOfficeError("ItemNotFound", `no rule ${id}`);
      return rule;
    };
    this.ctx.enqueue("conditionalFormats.getItem", id, () => {
      owner = this.scope().sheet;
      at();
    });
    return new FakeRule(this.ctx, at, () => owner!);
  }

  load(paths: string): void {
    this.ctx.enqueue("conditionalFormats.load", paths, (record) => {
      const items = this.members().map((rule, i) => ({
        id: String(i),
        type: rule.type,
        customOrNullObject:
          rule.type === "Custom"
            ? { isNullObject: false, rule: { formula: rule.formula } }
            : { isNullObject: true, rule: { formula: "" } },
      }));
      this.data = { items };
      record.responseBytes += bytes(items);
    });
  }

  get items(): LoadedRule[] {
    return loaded(this.data, "items");
  }
}
