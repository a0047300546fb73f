import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One request as the fake saw it. */
export interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: Buffer;
}

export interface UploadedFile {
  id: string;
  purpose: string;
  filename: string;
  content: string;
}

export interface FakeJob {
  id: string;
  model: string;
  training_file: string;
  validation_file: string | null;
  hyperparameters: Record<string, unknown>;
  suffix: string | null;
  status: string;
  fine_tuned_model: string | null;
  created_at: number;
  events: { id: string; created_at: number; level: string; message: string }[];
}

export interface FakeOpenAi {
  url: string;
  requests: SeenRequest[];
  files: UploadedFile[];
  jobs: Map<string, FakeJob>;
  close(): Promise<void>;
}

/**
 * The OpenAI files and fine-tuning endpoints on 127.0.0.1, enough for the SDK: each read of a job moves it one step
 * along validating_files → running → `finalStatus` (succeeded by default, with a fine_tuned_model; "running" keeps
 * the job running for ever, for timeout tests).
 */
export async function startFakeOpenAi(
  options: { finalStatus?: "succeeded" | "failed" | "running"; expectedKey?: string } = {},
): Promise<FakeOpenAi> {
  const requests: SeenRequest[] = [];
  const files: UploadedFile[] = [];
  const jobs = new Map<string, FakeJob>();
  let clock = 1_750_000_000;
  let eventCount = 0;
  const addEvent = (job: FakeJob, message: string, level = "info") => {
    eventCount += 1;
    job.events.push({ id: `ftevent-${eventCount}`, created_at: (clock += 1), level, message });
  };
  const render = (job: FakeJob) => ({
    object: "fine_tuning.job",
    id: job.id,
    model: job.model,
    created_at: job.created_at,
    finished_at: null,
    fine_tuned_model: job.fine_tuned_model,
    organization_id: "org-fake",
    result_files: [],
    status: job.status,
    validation_file: job.validation_file,
    training_file: job.training_file,
    hyperparameters: job.hyperparameters,
    trained_tokens: null,
    error: job.status === "failed" ? { code: "invalid_training_file", message: "training failed", param: null } : null,
    seed: 42,
    estimated_finish: null,
    integrations: [],
  });
  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };

  async function handle(req: IncomingMessage, res: ServerResponse, body: Buffer) {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const path = url.pathname;
    if (options.expectedKey !== undefined && req.headers.authorization !== `Bearer ${options.expectedKey}`) {
      return json(res, 401, { error: { message: `Incorrect API key provided: ${req.headers.authorization?.slice(7, 19)}****`, type: "invalid_request_error", code: "invalid_api_key" } });
    }
    if (req.method === "POST" && path === "/v1/files") {
      const form = await new Response(new Uint8Array(body), { headers: { "content-type": req.headers["content-type"] ?? "" } }).formData();
      const file = form.get("file") as File;
      const uploaded = { id: `file-${files.length + 1}`, purpose: String(form.get("purpose")), filename: file.name, content: await file.text() };
      files.push(uploaded);
      return json(res, 200, { object: "file", id: uploaded.id, purpose: uploaded.purpose, filename: uploaded.filename, bytes: body.length, created_at: clock, status: "processed" });
    }
    if (req.method === "POST" && path === "/v1/fine_tuning/jobs") {
      const params = JSON.parse(body.toString("utf8")) as Record<string, unknown>;
      const job: FakeJob = {
        id: `ftjob-${jobs.size + 1}`,
        model: String(params["model"]),
        training_file: String(params["training_file"]),
        validation_file: (params["validation_file"] as string | undefined) ?? null,
        hyperparameters: (params["hyperparameters"] as Record<string, unknown> | undefined) ?? {},
        suffix: (params["suffix"] as string | undefined) ?? null,
        status: "validating_files",
        fine_tuned_model: null,
        created_at: clock,
        events: [],
      };
      addEvent(job, "Validating training file");
      jobs.set(job.id, job);
      return json(res, 200, render(job));
    }
    if (req.method === "GET" && path === "/v1/fine_tuning/jobs") {
      const data = [...jobs.values()].reverse().map(render);
      return json(res, 200, { object: "list", data, has_more: false });
    }
    const match = /^\/v1\/fine_tuning\/jobs\/([^/]+)(\/events|\/cancel)?$/.exec(path);
    const job = match ? jobs.get(match[1]!) : undefined;
    if (match && !job) return json(res, 404, { error: { message: `no job ${match[1]}`, type: "invalid_request_error" } });
    if (job && req.method === "GET" && match![2] === undefined) {
      if (job.status === "validating_files") {
        job.status = "running";
        addEvent(job, "Fine-tuning job started");
      } else if (job.status === "running") {
        job.status = options.finalStatus ?? "succeeded";
        if (job.status === "succeeded") {
          job.fine_tuned_model = `ft:${job.model}:org-fake:${job.suffix ?? ""}:AbC123`.replace("::", ":");
          addEvent(job, "The job has successfully completed");
        } else if (job.status === "failed") addEvent(job, "Training failed", "error");
      }
      return json(res, 200, render(job));
    }
    if (job && req.method === "GET" && match![2] === "/events") {
      const data = [...job.events].reverse().map((event) => ({ object: "fine_tuning.job.event", type: "message", ...event }));
      return json(res, 200, { object: "list", data, has_more: false });
    }
    if (job && req.method === "POST" && match![2] === "/cancel") {
      job.status = "cancelled";
      addEvent(job, "Job cancelled");
      return json(res, 200, render(job));
    }
    return json(res, 404, { error: { message: `no route for ${req.method} ${path}`, type: "not_found" } });
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      requests.push({ method: req.method ?? "", path: req.url ?? "", headers: req.headers, body });
      handle(req, res, body).catch((error: unknown) => json(res, 500, { error: { message: String(error) } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    files,
    jobs,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
