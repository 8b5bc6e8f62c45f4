/**
 * addin/public/old-webview.js must run where the pane cannot: Internet Explorer 11 and Edge
 * Legacy. ESLint's parser (espree) set to ECMAScript 5 rejects any newer syntax (arrow
 * functions, let/const, template literals, classes …), so a later edit that slips one in fails
 * here. Its behaviour in a page is tested in test/e2e/old-webview.test.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ESLint } from "eslint";

const SCRIPT = join(__dirname, "../../../addin/public/old-webview.js");

async function es5ParseErrors(code: string): Promise<string[]> {
  const eslint = new ESLint({
    overrideConfigFile: true,
    overrideConfig: { languageOptions: { ecmaVersion: 5, sourceType: "script" } },
  });
  const [result] = await eslint.lintText(code);
  return result!.messages.filter((m) => m.fatal).map((m) => m.message);
}

describe("the old-webview fallback script", () => {
  test("parses as ECMAScript 5", async () => {
    expect(await es5ParseErrors(readFileSync(SCRIPT, "utf8"))).toEqual([]);
  });

  test.each([
    ["an arrow function", "var f = () => 1;"],
    ["let", "let a = 1;"],
    ["const", "const a = 1;"],
    ["a template literal", "var s = `x`;"],
    ["optional chaining", "var a = b?.c;"],
  ])("the check would catch %s", async (_, code) => {
    expect((await es5ParseErrors(code)).length).toBe(1);
  });
});
