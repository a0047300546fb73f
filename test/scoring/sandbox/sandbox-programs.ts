import type { SandboxLanguage, SandboxRequest } from "../../../src/scoring/sandbox/types.js";

/** A request to run one file of code (main.py or main.js), 5 s unless `extra` says otherwise. */
function request(language: SandboxLanguage, code: string, extra: Partial<SandboxRequest>): SandboxRequest {
  const file = language === "python" ? "main.py" : "main.js";
  return { language, files: { [file]: code }, entry: file, timeLimitMs: 5000, ...extra };
}

export const python = (code: string, extra: Partial<SandboxRequest> = {}): SandboxRequest => request("python", code, extra);
export const javascript = (code: string, extra: Partial<SandboxRequest> = {}): SandboxRequest => request("javascript", code, extra);

/** Programs that use memory and threads the way correct and hostile answers do (memory-cap and run-sandboxed tests). */

/** Issue 12 #4: four children holding 700 MiB each took 2.8 GiB of host memory under a 1 GiB RLIMIT_AS. */
export const FOUR_CHILDREN =
  "import subprocess, sys, time\n" +
  "hold = \"b = bytearray(700 * 1024 * 1024)\\nfor i in range(0, len(b), 4096): b[i] = 1\\nimport time\\ntime.sleep(3)\"\n" +
  "children = [subprocess.Popen([sys.executable, '-c', hold]) for _ in range(4)]\n" +
  "print([child.wait() for child in children])\n";

/** Well under the 1 GiB cap: prints 314572800. */
export const HOLD_300_MIB = "b = bytearray(300 * 1024 * 1024)\nfor i in range(0, len(b), 4096): b[i] = 1\nprint(len(b))\n";

/** A Python thread pool of 24 (an earlier rlimit budget allowed 4 processes and threads): prints 332833500. */
export const PYTHON_POOL =
  "from concurrent.futures import ThreadPoolExecutor\nwith ThreadPoolExecutor(24) as pool:\n    print(sum(pool.map(lambda x: x * x, range(1000))))\n";

/** Node's own threads (V8's and libuv's pools, busy with three hashes at once; 11 tasks in all): prints 3. */
export const NODE_POOL =
  "const { pbkdf2 } = require('crypto');\nconst hash = () => new Promise((done) => pbkdf2('k', 's', 20000, 32, 'sha256', done));\n" +
  "Promise.all([hash(), hash(), hash()]).then((all) => console.log(all.length));\n";
