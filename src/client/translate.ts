// The extension's `t`: vscode.l10n for its own sentences (l10n/bundle.l10n.*.json),
// and the display language for the words shared with the server and the CLI.
import * as vscode from "vscode";
import { localeFrom } from "../shared/labels";
import type { Translate } from "./model";

export const t: Translate = Object.assign((message: string, ...args: Array<string | number>) => vscode.l10n.t(message, ...args), {
  locale: localeFrom(vscode.env.language),
});
