import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { KurabeError } from "../../errors.js";
import type { SandboxLanguage } from "./types.js";

/** A resolved interpreter: a real executable (never a shim) and the host folders it needs besides `/usr`. */
export interface Interpreter {
  language: SandboxLanguage;
  /** Absolute, symlink-free path of the executable. */
  path: string;
  /** Arguments placed before the entry file. */
  args: readonly string[];
  /** Host folders outside `/usr` the interpreter reads (its install prefix), bound read-only at the same path. */
  roots: readonly string[];
}

const PYTHON_CANDIDATES = ["/usr/bin/python3", "/usr/local/bin/python3"];
const NODE_CANDIDATES = ["/usr/bin/node", "/usr/local/bin/node"];

// `-S` skips site (about a third of Python's start-up), `-I` ignores PYTHON* variables and the user site, `-B`
// writes no bytecode. `--frozen-intrinsics` freezes the built-ins before any program code runs, so a program cannot
// replace JSON.stringify, Array.prototype methods or console.assert to fake a passing test.
const PYTHON_ARGS = ["-S", "-I", "-B"];
const NODE_ARGS = ["--frozen-intrinsics", "--no-warnings"];

const cache = new Map<SandboxLanguage, Interpreter>();

/**
 * The interpreter for a language, resolved once per process: `/usr/bin/python3` before whatever `python3` is on PATH
 * (often a pyenv shim: a bash script that starts slowly and needs more of the file system); for JavaScript the Node
 * running kurabe, else `/usr/bin/node`. Throws KurabeError("sandbox") when none is found.
 */
export function resolveInterpreter(language: SandboxLanguage): Interpreter {
  let interpreter = cache.get(language);
  if (!interpreter) {
    interpreter = language === "python" ? resolvePython() : resolveNode();
    cache.set(language, interpreter);
  }
  return interpreter;
}

function resolvePython(): Interpreter {
  const direct = PYTHON_CANDIDATES.find(isExecutable);
  if (direct) return { language: "python", path: fs.realpathSync(direct), args: PYTHON_ARGS, roots: [] };
  // Ask whatever `python3` is on PATH where its real executable and standard library live (this sees through shims).
  let output: string;
  try {
    output = execFileSync("python3", ["-c", "import sys; print(sys.executable); print(sys.base_prefix)"], {
      encoding: "utf8",
      timeout: 10_000,
      stdio: ["ignore", "pipe", "ignore"],
    });
  } catch (error) {
    throw new KurabeError("sandbox", "python3 not found: install it (apt-get install -y python3)", {}, { cause: error });
  }
  const [executable = "", prefix = ""] = output.trim().split("\n");
  if (!isExecutable(executable)) throw new KurabeError("sandbox", `python3 reported an unusable executable "${executable}"`);
  const real = fs.realpathSync(executable);
  return { language: "python", path: real, args: PYTHON_ARGS, roots: outsideUsr([prefix, path.dirname(real)]) };
}

function resolveNode(): Interpreter {
  const candidates = [process.execPath, ...NODE_CANDIDATES];
  const found = candidates.find(isExecutable);
  if (!found) throw new KurabeError("sandbox", "node not found for JavaScript programs");
  const real = fs.realpathSync(found);
  // An install outside /usr (nvm, a tarball) keeps its libraries beside the binary: bind its prefix.
  return { language: "javascript", path: real, args: NODE_ARGS, roots: outsideUsr([path.dirname(path.dirname(real))]) };
}

function outsideUsr(folders: readonly string[]): string[] {
  const kept = folders.filter((folder) => folder !== "" && folder !== "/" && !isUnder(folder, "/usr"));
  return [...new Set(kept)].filter((folder, _, all) => !all.some((other) => other !== folder && isUnder(folder, other)));
}

function isUnder(child: string, parent: string): boolean {
  return child === parent || child.startsWith(`${parent}/`);
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
