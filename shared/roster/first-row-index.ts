/**
 * Remembers the first row of each 社員番号 to report duplicates. A roster's IDs are all
 * distinct, so a Map would hash, grow and rehash 100k fresh strings per sheet; this table is
 * sized once from the row count and keeps its slots in an Int32Array, which the garbage
 * collector never scans. Collisions probe linearly; the load factor stays at most one half.
 */
export class FirstRowIndex {
  private slots: Int32Array;
  private mask: number;
  private readonly ids: string[] = [];
  private readonly rows: number[] = [];

  constructor(expectedIds: number) {
    let capacity = 16;
    while (capacity < expectedIds * 2) capacity *= 2;
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /** The row where `id` was first seen; records `row` and returns undefined the first time. */
  firstRow(id: string, row: number): number | undefined {
    const ids = this.ids;
    let p = hash(id) & this.mask;
    for (let entry = this.slots[p]!; entry !== 0; entry = this.slots[p]!) {
      if (ids[entry - 1] === id) return this.rows[entry - 1];
      p = (p + 1) & this.mask;
    }
    ids.push(id);
    this.rows.push(row);
    this.slots[p] = ids.length;
    if (ids.length * 2 > this.slots.length) this.grow();
    return undefined;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let i = 0; i < this.ids.length; i++) {
      let p = hash(this.ids[i]!) & mask;
      while (slots[p] !== 0) p = (p + 1) & mask;
      slots[p] = i + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** FNV-1a over UTF-16 code units: cheap, and spreads sequential IDs (E000001, E000002…) well. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}
