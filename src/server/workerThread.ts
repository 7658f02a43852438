// The worker threads of the language server (analysis of long documents, the workspace index)
// answer one request at a time; both start and watch their thread the same way.
import { Worker, type WorkerOptions } from "node:worker_threads";
import { describeError, type Logger } from "./guard";

/**
 * Starts `script` in a thread that does not keep the server alive. Replies go to `onReply`;
 * when the thread fails or exits, `gone(w, why)` runs (an error is logged first; the exit
 * that follows it runs `gone` again, which the owner ignores once it has let go of `w`).
 */
export function startWorker<R>(script: string, options: WorkerOptions, label: string, log: Logger, onReply: (reply: R) => void, gone: (w: Worker, why: string) => void): Worker {
  const w = new Worker(script, options);
  w.unref();
  w.on("message", onReply);
  w.on("error", (e) => {
    log.error(`isnad: ${label} error: ${describeError(e)}`);
    gone(w, `${label} error: ${describeError(e)}`);
  });
  w.on("exit", (code) => gone(w, `${label} exited with code ${code}`));
  return w;
}
