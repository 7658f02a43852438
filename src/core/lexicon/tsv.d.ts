// Lexicon data files are bundled as text (esbuild loader "text", vitest plugin).
declare module "*.tsv" {
  const text: string;
  export default text;
}
