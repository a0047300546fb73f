import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** A key and a self-signed certificate for 127.0.0.1, written into `dir` (cert.pem, key.pem). */
export interface SelfSignedCert {
  key: string;
  cert: string;
  certFile: string;
}

/** Whether the openssl CLI is here to make certificates with (Node has no API that issues one). CI installs it. */
export const HAS_OPENSSL = (() => {
  try {
    execFileSync("openssl", ["version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

export const OPENSSL_SKIP_REASON = "[kurabe tests] TLS certificate tests skipped: the openssl command is missing (apt-get install -y openssl)";

/** A fresh P-256 key and a one-day certificate naming IP 127.0.0.1, signed by itself. */
export function selfSignedCert(dir: string): SelfSignedCert {
  const keyFile = path.join(dir, "key.pem");
  const certFile = path.join(dir, "cert.pem");
  execFileSync(
    "openssl",
    ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1",
      "-subj", "/CN=kurabe test server", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", keyFile, "-out", certFile],
    { stdio: "ignore" },
  );
  return { key: fs.readFileSync(keyFile, "utf8"), cert: fs.readFileSync(certFile, "utf8"), certFile };
}
