import { openDatabase } from "../store/open-store.js";
import { isLoopback } from "../view/host-guard.js";
import { startViewServer, type ViewServer } from "../view/view-server.js";
import { stopOnSignals } from "./interrupt.js";
import { portOption } from "./number-option.js";
import { storePath } from "../store/store-location.js";
import { languageOption } from "./language-option.js";

export interface ViewCommandOptions {
  db?: string;
  /** The kurabe.yaml whose `db:` names the store (default ./kurabe.yaml). */
  config?: string;
  /** Default 8788; 0 picks a free port. */
  port?: string;
  /** Default 127.0.0.1. Anything else serves every stored prompt and answer to whoever can reach it. */
  host?: string;
  /** ja or en; default from LC_ALL / LC_MESSAGES / LANG (ja* → ja), else en. */
  lang?: string;
}

const DEFAULT_VIEW_PORT = 8788;

interface ViewCommandIo {
  stdout?: NodeJS.WritableStream;
  stderr?: NodeJS.WritableStream;
  env?: NodeJS.ProcessEnv;
  /** Stops the dashboard (default: the first SIGINT or SIGTERM). */
  signal?: AbortSignal;
  /** Told the server once it listens (tests). */
  onListening?: (server: ViewServer) => void;
}

/** `kurabe view`: serves the local dashboard over the store until Ctrl-C. */
export async function viewCommand(options: ViewCommandOptions, io: ViewCommandIo = {}): Promise<number> {
  const stdout = io.stdout ?? process.stdout;
  const stderr = io.stderr ?? process.stderr;
  const port = options.port === undefined ? DEFAULT_VIEW_PORT : portOption(options.port);
  const host = options.host ?? "127.0.0.1";
  const language = languageOption(options.lang, io.env ?? process.env);
  const db = openDatabase(storePath(options), { mustExist: true });
  const stop = io.signal ? { signal: io.signal, dispose: () => undefined } : stopOnSignals("");
  try {
    const server = await startViewServer({ db, language, host, port, log: (line) => stderr.write(`${line}\n`) });
    stdout.write(`kurabe view: ${server.url} (Ctrl-C to stop)\n`);
    if (!isLoopback(host)) {
      stderr.write(`kurabe view: listening on ${host}: anyone who can reach this address can read every prompt and answer in the store\n`);
    }
    io.onListening?.(server);
    if (!stop.signal.aborted) await new Promise((resolve) => stop.signal.addEventListener("abort", resolve, { once: true }));
    await server.close();
    return 0;
  } finally {
    stop.dispose();
    db.close();
  }
}
