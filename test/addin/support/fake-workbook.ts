import type { FakeContext } from "./fake-context";
import type { ModelSheet, ModelWorkbook } from "./fake-model";
import { checkSheetName, FakeOfficeError } from "./fake-model";
import { bytes, NotLoaded, Ref } from "./fake-proxy-support";
import { FakeWorksheet } from "./fake-worksheet";

/** `Excel.WorksheetCollection`. */
class FakeWorksheetCollection {
  private loadedItems?: FakeWorksheet[];

  constructor(private readonly ctx: FakeContext) {}

  private proxy(
    label: string,
    name: string,
    find: (wb: ModelWorkbook) => ModelSheet | null,
  ): FakeWorksheet {
    const ref = new Ref<ModelSheet | null>();
    this.ctx.enqueue(label, name, () => ref.set(find(this.ctx.excel.workbook)));
    return new FakeWorksheet(this.ctx, ref);
  }

  getItem(name: string): FakeWorksheet {
    return this.proxy("worksheets.getItem", name, (wb) => {
      const sheet = wb.sheet(name);
      if (!sheet) throw new FakeOfficeError("ItemNotFound", `no sheet ${name}`);
      return sheet;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return this.proxy("worksheets.getItemOrNullObject", name, (wb) => wb.sheet(name) ?? null);
  }

  add(name: string): FakeWorksheet {
    return this.proxy("worksheets.add", name, (wb) => {
      checkSheetName(name);
      if (wb.sheet(name)) throw new FakeOfficeError("ItemAlreadyExists", `sheet ${name} exists`);
      return wb.addSheet(name);
    });
  }

  load(properties: string): void {
    this.ctx.enqueue("worksheets.load", properties, (record) => {
      this.loadedItems = this.ctx.excel.workbook.sheets.map((sheet) => {
        const ref = new Ref<ModelSheet | null>();
        ref.set(sheet);
        const proxy = new FakeWorksheet(this.ctx, ref);
        proxy.setLoaded({ isNullObject: false, name: sheet.name, visibility: sheet.visibility });
        return proxy;
      });
      record.responseBytes += bytes(
        this.ctx.excel.workbook.sheets.map((s) => [s.name, s.visibility]),
      );
    });
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw new NotLoaded("items");
    return this.loadedItems;
  }
}

/** `context.workbook`: its worksheets and the one worksheet function the add-in calls. */
export class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly functions: {
    date(y: number, m: number, d: number): { load(p: string): void; value: number };
  };

  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.functions = {
      date: (y, m, d) => {
        let value: number | undefined;
        return {
          load: (p: string) =>
            ctx.enqueue("functions.date", [y, m, d, p], (record) => {
              const serial = Math.round(Date.UTC(y, m - 1, d) / 86_400_000) + 25569;
              value = ctx.excel.workbook.date1904 ? serial - 1462 : serial;
              record.responseBytes += bytes({ value });
            }),
          get value(): number {
            if (value === undefined) throw new NotLoaded("value");
            return value;
          },
        };
      },
    };
  }
}
