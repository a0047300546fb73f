/**
 * Which copy of the user's code a run uses. Each run and each rescore starts a generation of its own, so its scorer
 * modules, provider modules and Python checks — and the files they import — are loaded afresh with the user's edits
 * (a long-lived process calling `run()` again after a fix), while within one run each file loads once.
 */
let current = 0;

/** Called as a run or a rescore starts: the user's code is loaded again when next asked for. */
export function reloadUserCode(): void {
  current += 1;
}

export function userCodeGeneration(): number {
  return current;
}
