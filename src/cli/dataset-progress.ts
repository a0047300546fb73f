import cliProgress from "cli-progress";
import type { BuildProgress, BuildStage } from "../finetune/build-progress.js";

/**
 * A progress bar on stderr for `dataset build`: the stage, done/total and an ETA, one bar redrawn per stage. Shown on
 * a terminal only; a pipe or CI log gets the summary at the end and nothing in between.
 */
export function datasetProgressBar(stream: NodeJS.WriteStream = process.stderr): { onProgress: BuildProgress; stop(): void } {
  if (!stream.isTTY) return { onProgress: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { stream, format: "{stage} {bar} {value}/{total} | ETA {eta_formatted}", hideCursor: true, fps: 5, etaBuffer: 50 },
    cliProgress.Presets.shades_classic,
  );
  let current: BuildStage | undefined;
  return {
    onProgress(stage, done, total) {
      if (stage !== current) {
        if (current !== undefined) bar.stop();
        current = stage;
        bar.start(total, done, { stage: stage.padEnd(19) });
      } else bar.update(done);
    },
    stop() {
      if (current !== undefined) bar.stop();
    },
  };
}
