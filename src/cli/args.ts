// Command-line options shared by the commands: `--name value`, `--name=value`,
// short aliases, flags, and `--` ending the options. A usage error is thrown
// as UsageError so main.ts prints it once with the hint to --help and exits 2.

export class UsageError extends Error {}

export interface OptionSpec {
  /** Long name without the dashes. */
  name: string;
  short?: string;
  /** true: takes a value; false: a flag. */
  value: boolean;
  /** Accepted values; the error names them. */
  choices?: readonly string[];
}

export interface Parsed {
  options: Map<string, string | true>;
  operands: string[];
}

export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[]): Parsed {
  const options = new Map<string, string | true>();
  const operands: string[] = [];
  const byLong = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short as string, s]));
  let onlyOperands = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (onlyOperands || a === "-" || !a.startsWith("-")) {
      operands.push(a);
      continue;
    }
    if (a === "--") {
      onlyOperands = true;
      continue;
    }
    let spec: OptionSpec | undefined;
    let inline: string | undefined;
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      spec = byLong.get(eq < 0 ? a.slice(2) : a.slice(2, eq));
      if (eq >= 0) inline = a.slice(eq + 1);
    } else {
      spec = byShort.get(a.slice(1));
    }
    if (!spec) throw new UsageError(`unknown option '${a}'`);
    if (!spec.value) {
      if (inline !== undefined) throw new UsageError(`--${spec.name} takes no value`);
      options.set(spec.name, true);
      continue;
    }
    const v = inline ?? argv[++i];
    if (spec.choices && (v === undefined || !spec.choices.includes(v))) {
      const list = spec.choices.length > 1 ? `${spec.choices.slice(0, -1).join(", ")} or ${spec.choices[spec.choices.length - 1]}` : spec.choices[0];
      throw new UsageError(`--${spec.name} must be ${list}${v === undefined ? "" : `, not '${v}'`}`);
    }
    if (v === undefined) throw new UsageError(`--${spec.name} needs a value`);
    options.set(spec.name, v);
  }
  return { options, operands };
}
