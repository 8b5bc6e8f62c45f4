import { FakeChart } from "./fake-chart";
import { FakeRuleCollection } from "./fake-conditional-formats";
import type { FakeContext } from "./fake-context";
import {
  checkSheetName,
  FakeOfficeError,
  GRID_COLUMNS,
  GRID_ROWS,
  inGrid,
  type ModelChart,
  type ModelSheet,
  parseArea,
  type Rect,
} from "./fake-model";
import { bytes, loaded, NotLoaded, Ref } from "./fake-proxy-support";
import { FakeRange } from "./fake-range";

/** `Excel.Worksheet`: ranges, conditional formats, charts, page layout, rename and delete. */
export class FakeWorksheet {
  private data?: Record<string, unknown>;
  readonly freezePanes: { freezeRows(n: number): void };
  readonly pageLayout: {
    paperSize: string;
    orientation: string;
    zoom: unknown;
    setPrintTitleRows(address: string): void;
  };
  readonly charts: { add(type: string, source: FakeRange, seriesBy: string): FakeChart };
  readonly customProperties: {
    add(key: string, value: string): void;
    getItemOrNullObject(key: string): FakeCustomProperty;
  };

  constructor(
    private readonly ctx: FakeContext,
    readonly ref: Ref<ModelSheet | null>,
  ) {
    const on = (label: string, payload: unknown, apply: (sheet: ModelSheet) => void): void =>
      ctx.enqueue(label, payload, () => apply(this.sheet()));
    this.freezePanes = { freezeRows: (n) => on("freezeRows", n, (s) => (s.frozenRows = n)) };
    const layout = (key: string) => ({
      set: (v: unknown) => {
        ctx.requireApi(9, `Worksheet.pageLayout.${key}`);
        on(`pageLayout.${key}`, v, (s) => (s.pageLayout[key] = v));
      },
    });
    this.pageLayout = {
      set paperSize(v: string) {
        layout("paperSize").set(v);
      },
      get paperSize(): string {
        throw new NotLoaded("paperSize");
      },
      set orientation(v: string) {
        layout("orientation").set(v);
      },
      get orientation(): string {
        throw new NotLoaded("orientation");
      },
      set zoom(v: unknown) {
        layout("zoom").set(v);
      },
      get zoom(): unknown {
        throw new NotLoaded("zoom");
      },
      setPrintTitleRows: (address: string) => layout("printTitleRows").set(address),
    };
    this.customProperties = {
      add: (key, value) => {
        ctx.requireApi(12, "Worksheet.customProperties");
        on("customProperties.add", [key, value], (s) => s.customProperties.set(key, value));
      },
      getItemOrNullObject: (key) => {
        ctx.requireApi(12, "Worksheet.customProperties");
        const property = new FakeCustomProperty(ctx, () => {
          const sheet = this.ref.get();
          return sheet?.customProperties.get(key) ?? null;
        });
        return property;
      },
    };
    this.charts = {
      add: (type, source, seriesBy) => {
        const ref = new Ref<ModelChart>();
        on("charts.add", [type, seriesBy], (s) => {
          const chart: ModelChart = { type, source: source.ref.get()!, seriesBy };
          s.charts.push(chart);
          ref.set(chart);
        });
        return new FakeChart(ctx, ref);
      },
    };
  }

  private sheet(): ModelSheet {
    const sheet = this.ref.get();
    if (!sheet) throw new FakeOfficeError("InvalidOperation", "the worksheet is a null object");
    return sheet;
  }

  private range(
    label: string,
    payload: unknown,
    make: (sheet: ModelSheet) => Rect | null,
  ): FakeRange {
    const ref = new Ref<Rect | null>();
    this.ctx.enqueue(label, payload, () => ref.set(make(this.sheet())));
    return new FakeRange(this.ctx, ref);
  }

  getRange(address?: string): FakeRange {
    return this.range("getRange", address ?? null, (s) =>
      address === undefined
        ? { sheet: s, row: 0, column: 0, rows: GRID_ROWS, columns: GRID_COLUMNS }
        : inGrid(parseArea(s, address), address),
    );
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    return this.range("getRangeByIndexes", [row, column, rows, columns], (s) =>
      inGrid({ sheet: s, row, column, rows, columns }, "getRangeByIndexes"),
    );
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== true) throw new Error("fake: only getUsedRange(true) is modelled");
    return this.range("getUsedRange", valuesOnly, (s) => s.usedRect());
  }

  getRanges(addresses: string): { conditionalFormats: FakeRuleCollection } {
    this.ctx.requireApi(9, "Worksheet.getRanges");
    const ref = new Ref<Rect[]>();
    this.ctx.enqueue("getRanges", addresses, () => {
      // Undocumented limit: long lists fail (OfficeDev/office-js#5198: 8,207 characters did).
      if (addresses.length > 8192)
        throw new FakeOfficeError("InvalidArgument", "address list too long");
      ref.set(addresses.split(",").map((a) => inGrid(parseArea(this.sheet(), a), a)));
    });
    return {
      conditionalFormats: new FakeRuleCollection(this.ctx, () => ({
        sheet: this.sheet(),
        areas: ref.get(),
      })),
    };
  }

  activate(): void {
    this.ctx.enqueue("activate", null, () => (this.ctx.excel.workbook.activeSheet = this.sheet()));
  }

  delete(): void {
    this.ctx.enqueue("worksheet.delete", null, () => {
      const sheets = this.ctx.excel.workbook.sheets;
      if (
        sheets.filter((s) => s.visibility === "Visible").length === 1 &&
        this.sheet().visibility === "Visible"
      )
        throw new FakeOfficeError("InvalidOperation", "cannot delete the last visible sheet");
      if (this.sheet().visibility === "VeryHidden")
        throw new FakeOfficeError("InvalidOperation", "cannot delete a very hidden sheet");
      sheets.splice(sheets.indexOf(this.sheet()), 1);
    });
  }

  set name(name: string) {
    this.ctx.enqueue("worksheet.name", name, () => {
      checkSheetName(name);
      const clash = this.ctx.excel.workbook.sheet(name);
      if (clash && clash !== this.sheet()) throw new FakeOfficeError("ItemAlreadyExists", name);
      this.sheet().name = name;
    });
  }

  get name(): string {
    return loaded(this.data, "name");
  }

  set visibility(v: string) {
    this.ctx.enqueue("worksheet.visibility", v, () => (this.sheet().visibility = v));
  }

  get visibility(): string {
    return loaded(this.data, "visibility");
  }

  get isNullObject(): boolean {
    return loaded(this.data, "isNullObject");
  }

  load(properties: string): void {
    this.ctx.enqueue("worksheet.load", properties, (record) => {
      const sheet = this.ref.get();
      this.data = sheet
        ? { isNullObject: false, name: sheet.name, visibility: sheet.visibility }
        : { isNullObject: true };
      record.responseBytes += bytes(this.data);
    });
  }

  /** Filled by the collection's load. */
  setLoaded(data: Record<string, unknown>): void {
    this.data = data;
  }
}

/** `Excel.WorksheetCustomProperty` as getItemOrNullObject gives it: load "value", then read. */
export class FakeCustomProperty {
  private data?: Record<string, unknown>;

  constructor(
    private readonly ctx: FakeContext,
    private readonly find: () => string | null,
  ) {}

  load(properties: string): void {
    this.ctx.enqueue("customProperty.load", properties, (record) => {
      const value = this.find();
      this.data = value === null ? { isNullObject: true } : { isNullObject: false, value };
      record.responseBytes += bytes(this.data);
    });
  }

  get isNullObject(): boolean {
    return loaded(this.data, "isNullObject");
  }

  get value(): string {
    return loaded(this.data, "value");
  }
}
