import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeManifest } from "../../scripts/build-addin";
import { addinOrigin, addinPort } from "../../scripts/dev-ports";
import { manifestForUrl, paneBaseUrl } from "../../scripts/manifest-url";
import { validateManifest } from "../../scripts/validate-manifest";
import { allowedOriginsFrom } from "../../dashboard/server/http/security-headers";

const root = join(__dirname, "../..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");

/** Every address the add-in is loaded from. */
function urls(xml: string): string[] {
  return [
    ...[...xml.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((m) => m[1]!),
    ...[...xml.matchAll(/<AppDomain>([^<]+)</g)].map((m) => m[1]!),
  ];
}

describe("the manifest for the foundation's own https site", () => {
  const base = "https://example.org/katsuyaku/";

  test("every URL moves under the site and the XSDs accept it", async () => {
    const xml = manifestForUrl(manifest, base);
    expect(urls(xml).length).toBe(urls(manifest).length);
    for (const url of urls(xml))
      expect(url.startsWith(base) || url === "https://example.org").toBe(true);
    expect(xml).toContain(
      '<SourceLocation DefaultValue="https://example.org/katsuyaku/taskpane.html"/>',
    );
    expect(xml).toContain('DefaultValue="https://example.org/katsuyaku/assets/icon-32.png"');
    expect(xml).not.toContain("localhost");
    await expect(validateManifest(xml)).resolves.toEqual({ valid: true, errors: [] });
  });

  test("build:addin writes that manifest into the build output", async () => {
    const dir = mkdtempSync(join(tmpdir(), "katsuyaku-manifest-"));
    try {
      const path = await writeManifest("https://example.org/katsuyaku", dir);
      expect(path).toBe(join(dir, "manifest.xml"));
      const written = readFileSync(path, "utf8");
      expect(written).toBe(manifestForUrl(manifest, base));
      expect((await validateManifest(written)).valid).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a site address without a path serves the pane at its root", () => {
    const xml = manifestForUrl(manifest, "https://pane.example.org");
    expect(xml).toContain(
      '<SourceLocation DefaultValue="https://pane.example.org/taskpane.html"/>',
    );
    // No AppDomains (issue 20): the pane never leaves its own origin, so nothing needs listing.
    expect(xml).not.toContain("<AppDomain>");
    expect(xml).toContain('<SupportUrl DefaultValue="https://pane.example.org/help.html"/>');
  });

  test.each([
    ["http://example.org/", /https/],
    ["example.org", /URL/],
    ["https://example.org/?v=1", /query|\?/],
  ])("%s is refused with a message", (url, words) => {
    expect(() => paneBaseUrl(url)).toThrow(words);
  });
});

describe("ADDIN_PORT reaches everything that names the pane's address", () => {
  test("the port, the origin, the manifest served for sideloading", () => {
    const env = { ADDIN_PORT: "3443" };
    expect(addinPort(env)).toBe(3443);
    expect(addinOrigin(env)).toBe("https://localhost:3443");
    expect(addinPort({})).toBe(3000);
    expect(() => addinPort({ ADDIN_PORT: "80a" })).toThrow(/ADDIN_PORT/);
    const xml = manifestForUrl(manifest, `${addinOrigin(env)}/`);
    expect(xml).toContain('<SourceLocation DefaultValue="https://localhost:3443/taskpane.html"/>');
    expect(xml).not.toContain("localhost:3000");
  });

  test("the dashboard allows the pane's port by default; KATSUYAKU_ALLOWED_ORIGINS still wins", () => {
    expect(allowedOriginsFrom({ ADDIN_PORT: "3443" })).toEqual(["https://localhost:3443"]);
    expect(allowedOriginsFrom({})).toEqual(["https://localhost:3000"]);
    expect(
      allowedOriginsFrom({ ADDIN_PORT: "3443", KATSUYAKU_ALLOWED_ORIGINS: "https://a.example/" }),
    ).toEqual(["https://a.example"]);
  });
});
