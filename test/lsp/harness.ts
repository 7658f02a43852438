// A minimal LSP client for the protocol tests: spawns dist/server.js over
// stdio, answers workspace/configuration from a mutable settings object, and
// records every publishDiagnostics / isnad/analysisChanged so tests can wait
// for a condition instead of sleeping.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
} from "vscode-languageserver-protocol/node";
import { AnalysisChangedNotification, type AnalysisChangedParams } from "../../src/shared/protocol";

export const SERVER = path.resolve(__dirname, "../../dist/server.js");

export interface Harness {
  conn: ProtocolConnection;
  proc: ChildProcess;
  init: InitializeResult;
  settings: Record<string, unknown>;
  diagnostics: PublishDiagnosticsParams[];
  changes: AnalysisChangedParams[];
  stderr: string[];
  logs: string[];
  /** Methods of the requests the server sent to the client (besides workspace/configuration). */
  serverRequests: string[];
  versions: Map<string, number>;
  open(uri: string, text: string, languageId?: string): Promise<PublishDiagnosticsParams>;
  change(uri: string, edits: { range: Range; text: string }[]): Promise<number>;
  /** The first publishDiagnostics (already received or future) matching `pred`. */
  waitDiagnostics(uri: string, pred?: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  latest(uri: string): PublishDiagnosticsParams | undefined;
  /** Resolves once `pred` holds, re-checked whenever the server sends something. */
  until<T>(pred: () => T | false | undefined | null, what: string, timeoutMs?: number): Promise<T>;
  setSettings(settings: Record<string, unknown>): void;
  close(): Promise<number | null>;
}

export interface HarnessOptions {
  locale?: string;
  initializationOptions?: unknown;
  settings?: Record<string, unknown>;
  /** Workspace folders (file URIs) sent with initialize. */
  workspaceFolders?: { uri: string; name: string }[];
  /** Replaces the default client capabilities (workspace/configuration, versioned edits, versioned diagnostics). */
  capabilities?: ClientCapabilities;
  /** Extra client capabilities, merged over the defaults (workspace and window). */
  extraCapabilities?: { workspace?: Record<string, unknown>; window?: Record<string, unknown> };
  /** Called before the connection listens: register handlers for server-to-client messages here. */
  onConnection?: (conn: ProtocolConnection) => void;
}

export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const proc = spawn(process.execPath, [SERVER, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
  const stderr: string[] = [];
  proc.stderr!.on("data", (d: Buffer) => stderr.push(d.toString()));
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const diagnostics: PublishDiagnosticsParams[] = [];
  const changes: AnalysisChangedParams[] = [];
  const logs: string[] = [];
  const waiters: (() => void)[] = [];
  const wake = () => waiters.splice(0).forEach((w) => w());
  const h = { settings: opts.settings ?? {} } as Harness;
  conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
    diagnostics.push(p);
    wake();
  });
  conn.onNotification(AnalysisChangedNotification, (p) => {
    changes.push(p);
    wake();
  });
  conn.onNotification("window/logMessage", (p: { message: string }) => {
    logs.push(p.message);
  });
  conn.onRequest(ConfigurationRequest.type, (p) => p.items.map((it) => (it.section === "isnad" ? h.settings : null)));
  const serverRequests: string[] = [];
  conn.onRequest("client/registerCapability", () => {
    serverRequests.push("client/registerCapability");
    return null;
  });
  conn.onRequest("workspace/semanticTokens/refresh", () => {
    serverRequests.push("workspace/semanticTokens/refresh");
    wake();
    return null;
  });
  opts.onConnection?.(conn);
  conn.listen();
  const init = await conn.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: opts.workspaceFolders ?? null,
    locale: opts.locale,
    initializationOptions: opts.initializationOptions,
    capabilities: opts.capabilities ?? {
      workspace: {
        configuration: true,
        didChangeConfiguration: { dynamicRegistration: true },
        workspaceEdit: { documentChanges: true },
        semanticTokens: { refreshSupport: true },
        ...opts.extraCapabilities?.workspace,
      },
      textDocument: { publishDiagnostics: { versionSupport: true } },
      ...(opts.extraCapabilities?.window ? { window: opts.extraCapabilities.window } : {}),
    },
  });
  await conn.sendNotification(InitializedNotification.type, {});
  const versions = new Map<string, number>();

  const waitDiagnostics: Harness["waitDiagnostics"] = (uri, pred = () => true, timeoutMs = 20_000) =>
    new Promise((resolve, reject) => {
      const check = () => {
        const hit = diagnostics.find((p) => p.uri === uri && pred(p));
        if (hit) {
          clearTimeout(timer);
          resolve(hit);
          return true;
        }
        return false;
      };
      const timer = setTimeout(() => reject(new Error(`timed out waiting for diagnostics on ${uri}; got ${JSON.stringify(diagnostics.filter((p) => p.uri === uri).slice(-2))}\n${stderr.join("")}`)), timeoutMs);
      const loop = () => {
        if (!check()) waiters.push(loop);
      };
      loop();
    });

  Object.assign(h, {
    conn,
    proc,
    init,
    diagnostics,
    changes,
    stderr,
    logs,
    serverRequests,
    versions,
    waitDiagnostics,
    latest: (uri: string) => diagnostics.filter((p) => p.uri === uri).at(-1),
    until: <T>(pred: () => T | false | undefined | null, what: string, timeoutMs = 20_000) =>
      new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}\n${stderr.join("")}`)), timeoutMs);
        const loop = () => {
          const v = pred();
          if (v) {
            clearTimeout(timer);
            resolve(v);
          } else waiters.push(loop);
        };
        loop();
      }),
    async open(uri: string, text: string, languageId = "plaintext") {
      versions.set(uri, 1);
      await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
      return waitDiagnostics(uri, (p) => p.version === 1);
    },
    async change(uri: string, edits: { range: Range; text: string }[]) {
      const version = (versions.get(uri) ?? 0) + 1;
      versions.set(uri, version);
      await conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: edits });
      return version;
    },
    setSettings(settings: Record<string, unknown>) {
      h.settings = settings;
      void conn.sendNotification(DidChangeConfigurationNotification.type, { settings: { isnad: settings } });
    },
    async close() {
      const exited = new Promise<number | null>((resolve) => {
        if (proc.exitCode !== null) resolve(proc.exitCode);
        else proc.once("exit", (code) => resolve(code));
      });
      try {
        await conn.sendRequest(ShutdownRequest.type);
        await conn.sendNotification(ExitNotification.type);
      } catch {
        proc.kill();
      }
      const code = await exited;
      conn.dispose();
      return code;
    },
  });
  return h;
}

/** Position of the first occurrence of `needle` (plus `delta` code units) in a text. */
export function posOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`"${needle}" not in text`);
  return offsetToPos(text, i + delta);
}

export function offsetToPos(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length - 1;
  return { line, character: offset - (before.lastIndexOf("\n") + 1) };
}
