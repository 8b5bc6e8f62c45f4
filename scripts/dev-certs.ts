import { existsSync, readFileSync } from "node:fs";

/** Key and certificate for https://localhost, from office-addin-dev-certs. */
export interface HttpsCredentials {
  key: Buffer;
  cert: Buffer;
  /** false when the CA could not be installed into the system's trust store. */
  trusted: boolean;
}

/**
 * Office only loads add-ins over https. office-addin-dev-certs makes a localhost certificate
 * signed by its own CA and installs that CA: on Windows and macOS it asks the user once, as
 * Microsoft's template does. On Linux the install needs sudo (it would stop `npm start` at a
 * password prompt), and Excel does not run there anyway, so we only generate the files and
 * say how to trust them.
 */
export async function devHttpsCredentials(): Promise<HttpsCredentials> {
  const certs = await import("office-addin-dev-certs");
  const defaults = await import("office-addin-dev-certs/lib/defaults.js");
  if (process.platform === "win32" || process.platform === "darwin") {
    try {
      const options = await certs.getHttpsServerOptions();
      return { key: toBuffer(options.key), cert: toBuffer(options.cert), trusted: true };
    } catch (error) {
      console.warn(
        "証明書をインストールできませんでした / could not install the certificate:",
        error,
      );
    }
  }
  const { caCertificatePath, localhostCertificatePath, localhostKeyPath } = defaults;
  if (!existsSync(localhostCertificatePath) || !existsSync(localhostKeyPath)) {
    await certs.generateCertificates(caCertificatePath, localhostCertificatePath, localhostKeyPath);
  }
  return {
    key: readFileSync(localhostKeyPath),
    cert: readFileSync(localhostCertificatePath),
    trusted: false,
  };
}

function toBuffer(value: unknown): Buffer {
  if (Buffer.isBuffer(value)) return value;
  if (typeof value === "string") return Buffer.from(value);
  throw new Error("office-addin-dev-certs returned no certificate");
}
