// Entry of dist/server.js. createConnection reads the transport from argv:
// `--stdio` or `--node-ipc` (what vscode-languageclient's TransportKind.ipc passes).
// The same bundle, started as a worker thread, is the analysis worker.
import "./jit-tuning"; // first: V8 flags must be set before the analyser's code runs
import { isMainThread, workerData } from "node:worker_threads";
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { serveAnalyses } from "./analyzer";
import { INDEX_WORKER_DATA, serveIndexJobs } from "./indexWorker";
import { describeError } from "./guard";
import { startServer } from "./server";

if (!isMainThread) {
  // Two kinds of worker run this bundle: the long-document analyser and the workspace indexer.
  if ((workerData as typeof INDEX_WORKER_DATA | undefined)?.isnadIndex) serveIndexJobs();
  else serveAnalyses();
} else {
  const connection = createConnection(ProposedFeatures.all);

  // The server must outlive any bug: log and carry on rather than exit.
  process.on("uncaughtException", (e) => connection.console.error(`isnad: uncaught: ${describeError(e)}`));
  process.on("unhandledRejection", (e) => connection.console.error(`isnad: unhandled rejection: ${describeError(e)}`));

  startServer(connection, { workerScript: __filename });
}
