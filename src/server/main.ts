// Entry of dist/server.js. createConnection reads the transport from argv:
// `--stdio` or `--node-ipc` (what vscode-languageclient's TransportKind.ipc passes).
// The same bundle, started as a worker thread, is the analysis worker.
import { isMainThread } from "node:worker_threads";
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { serveAnalyses } from "./analyzer";
import { describeError } from "./guard";
import { startServer } from "./server";

if (!isMainThread) {
  serveAnalyses();
} else {
  const connection = createConnection(ProposedFeatures.all);

  // The server must outlive any bug: log and carry on rather than exit.
  process.on("uncaughtException", (e) => connection.console.error(`isnad: uncaught: ${describeError(e)}`));
  process.on("unhandledRejection", (e) => connection.console.error(`isnad: unhandled rejection: ${describeError(e)}`));

  startServer(connection, { workerScript: __filename });
}
