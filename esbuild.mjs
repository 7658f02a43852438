// Bundles the CLI, the language server and the extension into dist/.
// Each entry is built only when its source exists, so the foundation builds
// before the editor layers do. `--production` minifies and drops sourcemaps.
import { build } from "esbuild";
import { existsSync } from "node:fs";

const production = process.argv.includes("--production");
const entries = [
  { in: "src/cli/main.ts", out: "dist/cli.js", banner: "#!/usr/bin/env node" },
  { in: "src/server/main.ts", out: "dist/server.js" },
  { in: "src/client/extension.ts", out: "dist/extension.js", external: ["vscode"] },
  // The sourcing report's webview, with Chart.js, for the browser.
  { in: "src/webview/report.ts", out: "dist/report.js", platform: "browser", format: "iife" },
];

await Promise.all(
  entries
    .filter((e) => existsSync(e.in))
    .map((e) =>
      build({
        entryPoints: [e.in],
        outfile: e.out,
        bundle: true,
        platform: e.platform ?? "node",
        target: e.platform === "browser" ? "es2022" : "node20",
        format: e.format ?? "cjs",
        external: e.external ?? [],
        banner: e.banner ? { js: e.banner } : undefined,
        // Lexicons are plain-text data files compiled into the bundle.
        loader: { ".tsv": "text" },
        sourcemap: production ? false : "linked",
        minify: production,
        logLevel: "warning",
      }),
    ),
);
