// Every handler runs inside a guard: whatever the text or the core does, an
// exception is logged and answered with an empty result, and the server lives on.
import type { Connection } from "vscode-languageserver";

export type Logger = Pick<Connection["console"], "error">;

export function describeError(e: unknown): string {
  return e instanceof Error ? `${e.message}\n${e.stack ?? ""}` : String(e);
}

export function guard<A extends unknown[], R>(
  log: Logger,
  name: string,
  empty: R,
  fn: (...args: A) => R | Promise<R>,
): (...args: A) => Promise<R> {
  return async (...args: A) => {
    try {
      return await fn(...args);
    } catch (e) {
      log.error(`isnad: ${name} failed: ${describeError(e)}`);
      return empty;
    }
  };
}
