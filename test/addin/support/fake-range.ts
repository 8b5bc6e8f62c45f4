import type { FakeContext } from "./fake-context";
import { FakeRuleCollection } from "./fake-conditional-formats";
import {
  FakeOfficeError,
  MAX_CELL_TEXT,
  inGrid,
  intersect,
  type ModelSheet,
  type Rect,
  type Scalar,
} from "./fake-model";
import { bytes, loaded, NotLoaded, Ref } from "./fake-proxy-support";

/** Text written into a cell as typing it would be taken, unless the cell's format is Text. */
function interpret(text: string, format: string): { value: Scalar; formula?: string } {
  if (format === "@" || text === "") return { value: text };
  if (/^[=+\-@]./.test(text) && !/^[+-]?\d+(\.\d+)?$/.test(text))
    return { value: 0, formula: text };
  if (/^[+-]?\d+(\.\d+)?$/.test(text)) return { value: Number(text) };
  return { value: text };
}

export class FakeRange {
  private data?: Record<string, unknown>;
  readonly format: {
    font: { bold: boolean; color: string };
    fill: { color: string };
    columnWidth: number;
  };
  readonly dataValidation: { rule: unknown; errorAlert: unknown };
  readonly conditionalFormats: FakeRuleCollection;

  constructor(
    private readonly ctx: FakeContext,
    readonly ref: Ref<Rect | null>,
  ) {
    const each = (label: string, payload: unknown, apply: (rect: Rect) => void): void =>
      ctx.enqueue(label, payload, () => apply(this.rect()));
    const cellsOf = (rect: Rect, f: (cell: ReturnType<ModelSheet["touch"]>) => void): void => {
      for (let r = 0; r < rect.rows; r++)
        for (let c = 0; c < rect.columns; c++) f(rect.sheet.touch(rect.row + r, rect.column + c));
    };
    this.format = {
      font: {
        set bold(v: boolean) {
          each("format.font.bold", v, (rect) => cellsOf(rect, (cell) => (cell.bold = v)));
        },
        get bold(): boolean {
          throw new NotLoaded("bold");
        },
        set color(v: string) {
          each("format.font.color", v, (rect) => cellsOf(rect, (cell) => (cell.fontColor = v)));
        },
        get color(): string {
          throw new NotLoaded("color");
        },
      },
      fill: {
        set color(v: string) {
          each("format.fill.color", v, (rect) => cellsOf(rect, (cell) => (cell.fill = v)));
        },
        get color(): string {
          throw new NotLoaded("fill");
        },
      },
      set columnWidth(v: number) {
        each("format.columnWidth", v, (rect) => {
          for (let c = 0; c < rect.columns; c++) rect.sheet.columnWidths.set(rect.column + c, v);
        });
      },
      get columnWidth(): number {
        throw new NotLoaded("columnWidth");
      },
    };
    const validation = (rect: Rect): { range: Rect; rule?: unknown; errorAlert?: unknown } => {
      let found = rect.sheet.validations.find(
        (v) =>
          v.range.row === rect.row && v.range.column === rect.column && v.range.rows === rect.rows,
      );
      if (!found) {
        found = { range: rect };
        rect.sheet.validations.push(found);
      }
      return found;
    };
    this.dataValidation = {
      set rule(v: unknown) {
        ctx.requireApi(8, "Range.dataValidation");
        each("dataValidation.rule", v, (rect) => {
          const source = (v as { list?: { source?: unknown } }).list?.source;
          // Excel keeps a typed list's source to 255 characters.
          if (typeof source === "string" && source.length > 255)
            throw new FakeOfficeError("InvalidArgument", "list source over 255 characters");
          validation(rect).rule = v;
        });
      },
      get rule(): unknown {
        throw new NotLoaded("rule");
      },
      set errorAlert(v: unknown) {
        ctx.requireApi(8, "Range.dataValidation");
        each("dataValidation.errorAlert", v, (rect) => (validation(rect).errorAlert = v));
      },
      get errorAlert(): unknown {
        throw new NotLoaded("errorAlert");
      },
    };
    this.conditionalFormats = new FakeRuleCollection(ctx, () => {
      const rect = this.rect();
      return { sheet: rect.sheet, areas: [rect] };
    });
  }

  private rect(): Rect {
    const rect = this.ref.get();
    if (!rect) throw new FakeOfficeError("InvalidOperation", "the range is a null object");
    return rect;
  }

  private derive(label: string, payload: unknown, make: (rect: Rect) => Rect | null): FakeRange {
    const ref = new Ref<Rect | null>();
    this.ctx.enqueue(label, payload, () => ref.set(make(this.rect())));
    return new FakeRange(this.ctx, ref);
  }

  getCell(row: number, column: number): FakeRange {
    return this.derive("getCell", [row, column], (r) => ({
      ...r,
      row: r.row + row,
      column: r.column + column,
      rows: 1,
      columns: 1,
    }));
  }

  /**
   * Excel's reference documents no behaviour past the grid's edge for this method (it does
   * for getOffsetRange: an error); the fake throws, the add-in avoids relying on either.
   */
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derive("getResizedRange", [deltaRows, deltaColumns], (r) =>
      inGrid(
        { ...r, rows: r.rows + deltaRows, columns: r.columns + deltaColumns },
        "resized range",
      ),
    );
  }

  getIntersection(other: FakeRange): FakeRange {
    return this.derive("getIntersection", null, (r) => {
      const found = intersect(r, other.rect());
      if (!found) throw new FakeOfficeError("ItemNotFound", "no intersection");
      return found;
    });
  }

  getIntersectionOrNullObject(other: FakeRange): FakeRange {
    return this.derive("getIntersectionOrNullObject", null, (r) => intersect(r, other.rect()));
  }

  set values(values: Scalar[][]) {
    this.ctx.enqueue("range.values", values, () => {
      const rect = this.rect();
      if (values.length !== rect.rows || values.some((row) => row.length !== rect.columns))
        throw new FakeOfficeError("InvalidArgument", "values do not match the range's size");
      // Excel refuses text longer than a cell holds, and JSON has no NaN or Infinity.
      for (const row of values)
        for (const value of row)
          if (
            (typeof value === "string" && value.length > MAX_CELL_TEXT) ||
            (typeof value === "number" && !Number.isFinite(value))
          )
            throw new FakeOfficeError("InvalidArgument", "a value Excel cannot hold");
      values.forEach((row, r) =>
        row.forEach((value, c) => {
          const cell = rect.sheet.touch(rect.row + r, rect.column + c);
          delete cell.formula;
          if (typeof value === "string") Object.assign(cell, interpret(value, cell.numberFormat));
          else cell.value = value;
        }),
      );
    });
  }

  get values(): Scalar[][] {
    return loaded(this.data, "values");
  }

  set numberFormat(formats: string[][]) {
    this.ctx.enqueue("range.numberFormat", formats, () => {
      const rect = this.rect();
      if (formats.length !== rect.rows || formats.some((row) => row.length !== rect.columns))
        throw new FakeOfficeError("InvalidArgument", "formats do not match the range's size");
      formats.forEach((row, r) =>
        row.forEach(
          (format, c) => (rect.sheet.touch(rect.row + r, rect.column + c).numberFormat = format),
        ),
      );
    });
  }

  get rowIndex(): number {
    return loaded(this.data, "rowIndex");
  }
  get columnIndex(): number {
    return loaded(this.data, "columnIndex");
  }
  get rowCount(): number {
    return loaded(this.data, "rowCount");
  }
  get columnCount(): number {
    return loaded(this.data, "columnCount");
  }
  get isNullObject(): boolean {
    return loaded(this.data, "isNullObject");
  }

  load(properties: string): FakeRange {
    this.ctx.enqueue("range.load", properties, (record) => {
      const rect = this.ref.get();
      const data: Record<string, unknown> = { isNullObject: rect === null };
      if (rect) {
        for (const p of properties.split(",").map((s) => s.trim())) {
          if (p === "values") {
            const values: Scalar[][] = [];
            for (let r = 0; r < rect.rows; r++) {
              const row: Scalar[] = [];
              for (let c = 0; c < rect.columns; c++) {
                const cell = rect.sheet.cell(rect.row + r, rect.column + c);
                row.push(cell?.formula ?? cell?.value ?? "");
              }
              values.push(row);
            }
            data.values = values;
          } else if (p === "rowIndex") data.rowIndex = rect.row;
          else if (p === "columnIndex") data.columnIndex = rect.column;
          else if (p === "rowCount") data.rowCount = rect.rows;
          else if (p === "columnCount") data.columnCount = rect.columns;
          else throw new Error(`fake: cannot load ${p}`);
        }
      }
      record.responseBytes += bytes(data);
      this.data = data;
    });
    return this;
  }

  select(): void {
    this.ctx.enqueue("range.select", null, () => {
      const r = this.rect();
      this.ctx.excel.workbook.selection = {
        sheet: r.sheet.name,
        row: r.row,
        column: r.column,
        rows: r.rows,
        columns: r.columns,
      };
    });
  }
}
