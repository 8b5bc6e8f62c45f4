import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

/**
 * Every word the task pane shows lives in addin/src/i18n/ja.ts and en.ts. This finds Japanese
 * text in the strings, templates and JSX text of the rest of addin/src (comments may explain
 * things in Japanese), so a new inline message fails here with where it is.
 */
const PANE = join(__dirname, "../../../addin/src");
const CATALOGS = join(PANE, "i18n");

// Kana, CJK punctuation (「」、。〜), ideographs and full-width forms (（）！).
const JAPANESE = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Japanese text outside comments, as "line: text". */
function inlineJapanese(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    ) {
      if (JAPANESE.test(node.text)) {
        const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
        found.push(`${line + 1}: ${node.text.trim()}`);
      }
    }
    node.forEachChild(visit);
  };
  visit(file);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === CATALOGS ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe("the task pane's words", () => {
  it("finds Japanese in strings, templates and JSX text, not in comments", () => {
    const source = [
      "// 名簿のコメントは許される",
      "/** 実績報告 */",
      'const a = "English only";',
      'const b = { ja: "名簿を読めません", en: "Cannot read" };',
      "const c = `${n} 件（${m}）`;",
      "const d = <p>手順 {x}</p>;",
      'const e = list.join("、");',
    ].join("\n");
    expect(inlineJapanese("sample.tsx", source)).toEqual([
      "4: 名簿を読めません",
      "5: 件（",
      "5: ）",
      "6: 手順",
      "7: 、",
    ]);
  });

  it("are all in the i18n catalogs: no Japanese text elsewhere in addin/src", () => {
    const files = sourceFiles(PANE);
    expect(files.length).toBeGreaterThan(40);
    const offenders = files.flatMap((path) =>
      inlineJapanese(path, readFileSync(path, "utf8")).map(
        (hit) => `${relative(PANE, path)}:${hit}`,
      ),
    );
    expect(offenders).toEqual([]);
  });
});
