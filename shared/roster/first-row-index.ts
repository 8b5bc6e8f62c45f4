/**
 * Remembers the first row of each 社員番号 to report duplicates.
 *
 * HR systems export rosters sorted by 社員番号, and strictly ascending IDs cannot repeat: while
 * that holds, one string comparison per row is the whole check. The first ID out of order
 * moves everything into a hash table sized once from the row count. A Map would do, but it
 * hashes, grows and rehashes 100k fresh strings per sheet; this table lives in an Int32Array
 * the garbage collector never scans, and each slot keeps its entry's full hash beside it, so
 * a probe compares strings only when the hashes agree (reading another ID is a cache miss).
 */
export class FirstRowIndex {
  private readonly ids: string[] = [];
  private readonly rows: number[] = [];
  private last: string | undefined;
  /** Pairs [entry + 1, hash]; entry 0 marks an empty slot. Empty while IDs ascend. */
  private table = new Int32Array(0);
  private mask = 0;

  constructor(private readonly expectedIds: number) {}

  /** The row where `id` was first seen; records `row` and returns undefined the first time. */
  firstRow(id: string, row: number): number | undefined {
    if (this.table.length === 0) {
      if (this.last === undefined || id > this.last) {
        this.last = id;
        this.ids.push(id);
        this.rows.push(row);
        return undefined;
      }
      this.allocate(Math.max(this.expectedIds, this.ids.length + 1));
    }
    const table = this.table;
    const mask = this.mask;
    const h = hash(id);
    let p = h & mask;
    for (let entry = table[2 * p]!; entry !== 0; entry = table[2 * p]!) {
      if (table[2 * p + 1] === h && this.ids[entry - 1] === id) return this.rows[entry - 1];
      p = (p + 1) & mask;
    }
    this.ids.push(id);
    this.rows.push(row);
    table[2 * p] = this.ids.length;
    table[2 * p + 1] = h;
    if (this.ids.length * 2 > mask + 1) this.allocate(this.ids.length * 2);
    return undefined;
  }

  /** (Re)builds the table for at least `count` IDs at a load factor of at most one half. */
  private allocate(count: number): void {
    let capacity = 16;
    while (capacity < count * 2) capacity *= 2;
    const table = new Int32Array(capacity * 2);
    const mask = capacity - 1;
    for (let i = 0; i < this.ids.length; i++) {
      const h = hash(this.ids[i]!);
      let p = h & mask;
      while (table[2 * p] !== 0) p = (p + 1) & mask;
      table[2 * p] = i + 1;
      table[2 * p + 1] = h;
    }
    this.table = table;
    this.mask = mask;
  }
}

/** FNV-1a over UTF-16 code units: cheap, and spreads sequential IDs (E000001, E000002…) well. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  // As an int32, the way the table stores it (the seed alone is above 2^31).
  return h | 0;
}
