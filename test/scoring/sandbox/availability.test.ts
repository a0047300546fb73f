import { describe, expect, it } from "vitest";
import { sandboxAvailability, sandboxUnavailableError, userNamespaceRestriction } from "../../../src/scoring/sandbox/availability.js";

describe("userNamespaceRestriction", () => {
  const sysctls = (values: Record<string, string>) => (name: string) => values[name];

  it.each([
    [{ "kernel/unprivileged_userns_clone": "0" }, "kernel.unprivileged_userns_clone=0"],
    [{ "user/max_user_namespaces": "0" }, "user.max_user_namespaces=0"],
    [{ "kernel/apparmor_restrict_unprivileged_userns": "1" }, "kernel.apparmor_restrict_unprivileged_userns=1"],
  ])("names the setting that disables unprivileged user namespaces: %j", (values, setting) => {
    const restriction = userNamespaceRestriction(sysctls(values));
    expect(restriction?.setting).toBe(setting);
    expect(restriction?.fix).toMatch(/sysctl -w/);
  });

  it("finds none when they are allowed", () => {
    expect(userNamespaceRestriction(sysctls({ "kernel/unprivileged_userns_clone": "1", "user/max_user_namespaces": "15000" }))).toBeUndefined();
  });
});

describe("sandboxAvailability", () => {
  it("either works or says why and how to fix it", async () => {
    const availability = await sandboxAvailability();
    if (availability.available) {
      expect(availability.tools.bwrap).toMatch(/\/bwrap$/);
      expect(availability.dropPrivileges).toBe(process.getuid?.() === 0);
    } else {
      console.warn(`[kurabe tests] sandbox unavailable here: ${availability.reason}`);
      expect(availability.reason).toBeTruthy();
      expect(availability.fix).toBeTruthy();
    }
  });

  it("turns unavailability into a sandbox error that names the fix and the unsafe escape hatch", () => {
    const error = sandboxUnavailableError({ reason: "bubblewrap (bwrap) is not installed", fix: "Install it: apt-get install -y bubblewrap" });
    expect(error.code).toBe("sandbox");
    expect(error.message).toMatch(/apt-get install -y bubblewrap/);
    expect(error.message).toMatch(/--unsafe-no-sandbox/);
  });
});
