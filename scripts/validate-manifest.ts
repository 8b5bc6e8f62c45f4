/**
 * `npm run validate:offline`: validates manifest.xml against Microsoft's manifest XSDs in
 * ../shared/office-manifest-schemas (OfficeAppManifestV1_1 and the schemas it imports) with
 * xmllint compiled to WebAssembly. Prints OK or every error; exits 1 on an error. The online
 * `npm run validate` (office-addin-manifest) needs Microsoft's service, unreachable here.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { validateXML } from "xmllint-wasm";

export const SCHEMA_DIR = resolve(__dirname, "../../shared/office-manifest-schemas");
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";

export interface ManifestValidation {
  valid: boolean;
  errors: string[];
}

/** Validates manifest text against the XSDs (the imported ones are preloaded by file name). */
export async function validateManifest(
  xml: string,
  schemaDir = SCHEMA_DIR,
): Promise<ManifestValidation> {
  const schemas = readdirSync(schemaDir).filter((f) => f.endsWith(".xsd"));
  const file = (name: string) => ({
    fileName: name,
    contents: readFileSync(join(schemaDir, name), "utf8"),
  });
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [file(MAIN_SCHEMA)],
    preload: schemas.filter((s) => s !== MAIN_SCHEMA).map(file),
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}

async function main(): Promise<void> {
  const path = resolve(__dirname, "../manifest.xml");
  const { valid, errors } = await validateManifest(readFileSync(path, "utf8"));
  if (valid) {
    console.log("OK: manifest.xml is valid against the Office add-in manifest schemas.");
    return;
  }
  for (const error of errors) console.error(error);
  process.exitCode = 1;
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
