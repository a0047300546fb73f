import cliProgress from "cli-progress";
import type { DownloadProgress } from "./download-file.js";

interface DownloadProgressBar {
  onProgress(progress: DownloadProgress): void;
  stop(): void;
}

const megabyte = 1024 * 1024;
const mb = (bytes: number): string => (bytes / megabyte).toFixed(1);

/**
 * A terminal bar for downloadFile's progress callback: percentage, megabytes and speed of this attempt (resumed
 * bytes do not count towards the speed). cli-progress draws nothing when the stream is not a terminal.
 */
export function createDownloadProgressBar(
  label: string,
  stream: NodeJS.WritableStream = process.stderr,
): DownloadProgressBar {
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {percentage}% | {receivedMb}/{totalMb} MB | {speed} MB/s | ETA {eta_formatted}`,
      stream,
      hideCursor: true,
      barsize: 30,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let started: { at: number } | undefined;
  return {
    onProgress(progress) {
      const total = progress.totalBytes ?? 0;
      const seconds = started ? (performance.now() - started.at) / 1000 : 0;
      const speed = seconds > 0 ? mb((progress.receivedBytes - progress.resumedFromBytes) / seconds) : "-";
      // `value` and `total` are cli-progress's own tokens (raw numbers), so the payload uses other names.
      const payload = { receivedMb: mb(progress.receivedBytes), totalMb: total ? mb(total) : "?", speed };
      if (!started) {
        started = { at: performance.now() };
        bar.start(total, progress.receivedBytes, payload);
      } else {
        if (total && total !== bar.getTotal()) bar.setTotal(total);
        bar.update(progress.receivedBytes, payload);
      }
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
