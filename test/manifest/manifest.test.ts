import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { validateManifest } from "../../scripts/validate-manifest";
import { ADDIN_PORT } from "../../scripts/dev-ports";

const root = join(__dirname, "../..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");

function attribute(xml: string, element: string, name: string): string[] {
  const pattern = new RegExp(`<${element}\\b[^>]*\\b${name}="([^"]*)"`, "g");
  return [...xml.matchAll(pattern)].map((m) => m[1]!);
}

describe("manifest.xml", () => {
  test("is valid against the Office add-in manifest schemas", async () => {
    const result = await validateManifest(manifest);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test("a misspelt element is rejected", async () => {
    const broken = manifest.replace(
      "<ProviderName>Katsuyaku</ProviderName>",
      "<ProviderNmae>Katsuyaku</ProviderNmae>",
    );
    const result = await validateManifest(broken);
    expect(result.valid).toBe(false);
    expect(result.errors.join("\n")).toContain("ProviderNmae");
  });

  test("a permission outside the schema's list is rejected", async () => {
    const result = await validateManifest(
      manifest.replace(">ReadWriteDocument<", ">WriteEverything<"),
    );
    expect(result.valid).toBe(false);
  });

  test("every URL is https on the add-in's dev-server port", () => {
    // Every address the add-in is loaded from (namespace URIs in xmlns are names, not addresses).
    const urls = [...manifest.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls)
      expect(
        url.startsWith(`https://localhost:${ADDIN_PORT}/`) ||
          url === `https://localhost:${ADDIN_PORT}`,
      ).toBe(true);
    expect(ADDIN_PORT).toBe(3000);
    expect(attribute(manifest, "SourceLocation", "DefaultValue")).toEqual([
      "https://localhost:3000/taskpane.html",
    ]);
  });

  test("the task pane page and every icon exist where the build serves them", () => {
    expect(existsSync(join(root, "addin/taskpane.html"))).toBe(true);
    const icons = [
      ...attribute(manifest, "IconUrl", "DefaultValue"),
      ...attribute(manifest, "HighResolutionIconUrl", "DefaultValue"),
      ...attribute(manifest, "bt:Image", "DefaultValue"),
    ];
    expect(icons).toHaveLength(5);
    for (const url of icons) {
      const path = join(root, "addin/public", new URL(url).pathname);
      expect(existsSync(path)).toBe(true);
      // A real PNG, not a placeholder.
      expect(readFileSync(path).subarray(1, 4).toString("ascii")).toBe("PNG");
    }
  });

  test("the support URL is a help page the build serves, in Japanese with an English part; no AppDomains", () => {
    const [support] = attribute(manifest, "SupportUrl", "DefaultValue");
    expect(support).toBe("https://localhost:3000/help.html");
    const page = readFileSync(join(root, "addin/public", new URL(support!).pathname), "utf8");
    expect(page).toContain('<html lang="ja">');
    expect(page).toContain("セルの編集を終えてからもう一度お試しください。");
    expect(page).toMatch(/<section id="english" lang="en">/);
    // The pane never navigates to another origin: AppDomains would only widen what it may open.
    expect(manifest).not.toContain("<AppDomain");
  });

  test("a Workbook task pane with ReadWriteDocument and a Home-tab button that opens it", () => {
    expect(manifest).toContain('xsi:type="TaskPaneApp"');
    expect(manifest).toContain('<Host Name="Workbook"/>');
    expect(manifest).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(manifest).toMatch(/<OfficeTab id="TabHome">[\s\S]*<Action xsi:type="ShowTaskpane">/);
  });

  test("a GUID id, Japanese by default with English overrides", () => {
    const id = /<Id>([^<]+)<\/Id>/.exec(manifest)![1]!;
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(manifest).toContain("<DefaultLocale>ja-JP</DefaultLocale>");
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
    expect(attribute(manifest, "DisplayName", "DefaultValue")[0]).toMatch(japanese);
    expect(attribute(manifest, "Description", "DefaultValue")[0]).toMatch(japanese);
    const strings = [
      ...manifest.matchAll(
        /<bt:String id="([^"]+)"[^>]*>\s*<bt:Override Locale="en-US" Value="([^"]+)"/g,
      ),
    ];
    expect(strings.map((m) => m[1]).sort()).toEqual(attribute(manifest, "bt:String", "id").sort());
    expect(attribute(manifest, "Override", "Locale")).toEqual(["en-US", "en-US"]);
  });
});
