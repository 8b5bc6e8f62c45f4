import { readdirSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * The strings, template texts and JSX texts of a file that contain Japanese: the words a user
 * would read. Comments are not code and may use the Japanese terms of the domain.
 */
export function japaneseInCode(text: string, fileName = "file.ts"): string[] {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node)) &&
      JAPANESE.test(node.text)
    ) {
      found.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Every .ts / .tsx file under a folder, relative to it, with "/" separators. */
export function sourceFiles(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(root, full);
    return /\.tsx?$/.test(entry.name) ? [path.relative(root, full).split(path.sep).join("/")] : [];
  });
}
