import type { FakeContext } from "./fake-context";
import type { ModelChart } from "./fake-model";
import { NotLoaded, type Ref } from "./fake-proxy-support";
import type { FakeRange } from "./fake-range";

/** `Excel.Chart`: only the properties and calls the result sheets use. */
export class FakeChart {
  readonly title: { text: string };
  readonly legend: { visible: boolean };
  readonly series: { getItemAt(i: number): { setXAxisValues(range: FakeRange): void } };

  constructor(ctx: FakeContext, ref: Ref<ModelChart>) {
    this.title = {
      set text(v: string) {
        ctx.enqueue("chart.title", v, () => (ref.get().title = v));
      },
      get text(): string {
        throw new NotLoaded("title");
      },
    };
    this.legend = {
      set visible(v: boolean) {
        ctx.enqueue("chart.legend", v, () => (ref.get().legendVisible = v));
      },
      get visible(): boolean {
        throw new NotLoaded("legend");
      },
    };
    this.series = {
      getItemAt: () => ({
        setXAxisValues: (range: FakeRange) =>
          ctx.enqueue("series.setXAxisValues", null, () => (ref.get().xAxis = range.ref.get()!)),
      }),
    };
    this.setPosition = (cell: string) =>
      ctx.enqueue("chart.setPosition", cell, () => (ref.get().position = cell));
  }

  readonly setPosition: (cell: string) => void;
}
