// The IPC transport, as vscode-languageclient's TransportKind.ipc starts it.
import { fork } from "node:child_process";
import { describe, expect, it } from "vitest";
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  IPCMessageReader,
  IPCMessageWriter,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  type PublishDiagnosticsParams,
} from "vscode-languageserver-protocol/node";
import { AR_ANON } from "./fixtures";
import { SERVER } from "./harness";

describe("node-ipc transport", () => {
  it("initializes, publishes diagnostics and exits cleanly", async () => {
    const proc = fork(SERVER, ["--node-ipc"], { stdio: ["ignore", "ignore", "pipe", "ipc"] });
    const exited = new Promise<number | null>((resolve) => proc.once("exit", (code) => resolve(code)));
    const conn = createProtocolConnection(new IPCMessageReader(proc), new IPCMessageWriter(proc));
    const published = new Promise<PublishDiagnosticsParams>((resolve) => conn.onNotification(PublishDiagnosticsNotification.type, resolve));
    conn.listen();
    const init = await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
    expect(init.capabilities.hoverProvider).toBe(true);
    await conn.sendNotification(InitializedNotification.type, {});
    // No workspace/configuration support declared: the server must fall back to defaults.
    await conn.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: "untitled:ipc", languageId: "news-article", version: 1, text: AR_ANON },
    });
    const p = await published;
    expect(p.version).toBe(1);
    expect(p.diagnostics.some((d) => d.code === "anonymous-source")).toBe(true);
    await conn.sendRequest(ShutdownRequest.type);
    await conn.sendNotification(ExitNotification.type);
    expect(await exited).toBe(0);
    conn.dispose();
  });
});
