import { defineConfig } from "vitest/config";

export default defineConfig({
  // Lexicon files are imported as text, as esbuild does for the bundles.
  assetsInclude: [],
  plugins: [
    {
      name: "tsv-as-text",
      transform(code, id) {
        if (id.endsWith(".tsv")) return { code: `export default ${JSON.stringify(code)};`, map: null };
        return null;
      },
    },
  ],
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/vscode/**", "test/e2e/**", "node_modules/**"],
    testTimeout: 60_000,
    setupFiles: ["test/fast-check-seed.ts"],
  },
});
