// A newsroom's own lexicon, `.isnad.json` (its schema: schemas/isnad.schema.json): reporting
// verbs with their grammar, anonymity phrases, source nouns, titles, names of institutions,
// and phrases to ignore. Literal words only: nothing in the file is a pattern.
//
// The file is read here into rows of the built-in data files, in their own columns
// (ar-verbs.tsv, en-verbs.tsv, anonymity.tsv, ar-sources.tsv, en-sources.tsv), so a house
// entry is loaded exactly as a built-in row is. What is wrong is reported with its place
// in the file and skipped; the rest applies. A file that cannot be read as a whole (not
// JSON, too large, nested too deep) adds nothing.
import { JsonSyntaxError, parseJson, type JsonValue } from "./house-json";
import type { ExtraRows } from "./rows";

/** Largest file read (UTF-16 code units): a house lexicon is a few hundred entries. */
export const MAX_HOUSE_CHARS = 1_000_000;
/** Most entries read from one list; the rest are reported and skipped. */
export const MAX_HOUSE_ENTRIES = 2_000;
/** Longest phrase (characters) and most words in one. */
export const MAX_PHRASE_CHARS = 120;
export const MAX_PHRASE_WORDS = 10;

export interface HouseProblem {
  /** [s, e) in the file's text. */
  s: number;
  e: number;
  message: string;
}

/** What a house file adds, ready for buildLexicon(). */
export interface HouseEntries {
  rows: ExtraRows;
  /** Phrases the analysis skips as if they were blank. */
  ignore: string[];
  /** How many entries were taken. */
  count: number;
}

export interface HouseRead {
  entries: HouseEntries;
  problems: HouseProblem[];
}

const AR_FRAMES = ["an", "ila", "min", "colon", "quote", "bi", "noun", "ma", "q", "relay", "passive", "direct"];
const EN_FRAMES = ["that", "clause", "quote", "colon", "obj", "q", "noun"];
const SOURCE_CLASSES = ["anon", "descriptor", "informed", "group", "org", "place", "title"];
const NAME_KINDS: Record<string, string> = { organization: "org", place: "place" };
const TOP_KEYS = ["$schema", "verbs", "anonymity", "sources", "titles", "names", "ignore"];

type Obj = Extract<JsonValue, { type: "object" }>;

/** Reads a house file's text. Never throws: every fault is a problem with its place. */
export function readHouseFile(text: string): HouseRead {
  const out = new HouseBuilder();
  if (text.length > MAX_HOUSE_CHARS) {
    out.problem(0, 0, `The file has ${text.length.toLocaleString("en")} characters; a house lexicon may have at most ${MAX_HOUSE_CHARS.toLocaleString("en")}. Nothing in it is used.`);
    return out.result();
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const shift = text.length - body.length;
  let root: JsonValue;
  try {
    root = parseJson(body);
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    out.problem(e.at + shift, e.at + shift + 1, `Not valid JSON: ${e.message}. Nothing in the file is used.`);
    return out.result();
  }
  if (root.type !== "object") {
    out.problem(root.s + shift, root.e + shift, `The file must hold one JSON object ({ … }), not ${article(root.type)}.`);
    return out.result();
  }
  out.shift = shift;
  out.read(root);
  return out.result();
}

const article = (t: string) => (t === "array" || t === "object" ? `an ${t}` : t === "null" ? "null" : `a ${t}`);

class HouseBuilder {
  shift = 0;
  private readonly problems: HouseProblem[] = [];
  private readonly rows: Record<string, string[]> = {};
  private readonly ignore: string[] = [];
  private count = 0;

  problem(s: number, e: number, message: string): void {
    this.problems.push({ s: s + this.shift, e: e + this.shift, message });
  }

  private at(v: { s: number; e: number }, message: string): void {
    // A long value is marked on its first character only: a diagnostic over a whole list hides the file.
    this.problem(v.s, Math.min(v.e, v.s + 1), message);
  }

  result(): HouseRead {
    const rows: ExtraRows = {};
    for (const [file, list] of Object.entries(this.rows)) rows[file] = list.join("\n");
    return { entries: { rows, ignore: this.ignore, count: this.count }, problems: this.problems };
  }

  private row(file: string, cells: string[]): void {
    (this.rows[file] ??= []).push(cells.join("\t"));
    this.count++;
  }

  read(root: Obj): void {
    for (const { key, keyS, keyE, value } of root.entries) {
      if (key === "$schema") continue;
      if (key === "verbs") this.verbs(value);
      else if (key === "anonymity") this.list(value, "anonymity", (v) => this.anonymity(v));
      else if (key === "sources") this.list(value, "sources", (v) => this.source(v, null));
      else if (key === "titles") this.list(value, "titles", (v) => this.source(v, "title"));
      else if (key === "names") this.list(value, "names", (v) => this.name(v));
      else if (key === "ignore") this.list(value, "ignore", (v) => this.ignored(v));
      else this.problem(keyS, keyE, `Unknown key "${clip(key)}": a house lexicon has ${TOP_KEYS.filter((k) => k !== "$schema").join(", ")}.`);
    }
  }

  private list(v: JsonValue, what: string, each: (item: JsonValue) => void): void {
    if (v.type !== "array") return this.at(v, `"${what}" must be a list ([ … ]), not ${article(v.type)}.`);
    if (v.items.length > MAX_HOUSE_ENTRIES) {
      this.at(v, `"${what}" has ${v.items.length} entries; the first ${MAX_HOUSE_ENTRIES} are used.`);
    }
    for (const item of v.items.slice(0, MAX_HOUSE_ENTRIES)) each(item);
  }

  private verbs(v: JsonValue): void {
    if (v.type !== "object") return this.at(v, `"verbs" must be an object with lists "ar" and "en", not ${article(v.type)}.`);
    for (const { key, keyS, keyE, value } of v.entries) {
      if (key === "ar") this.list(value, "verbs.ar", (x) => this.arabicVerb(x));
      else if (key === "en") this.list(value, "verbs.en", (x) => this.englishVerb(x));
      else this.problem(keyS, keyE, `Unknown key "${clip(key)}" in "verbs": the lists are "ar" and "en".`);
    }
  }

  /** ar-verbs.tsv: past, present, participle, frames, extra forms, example. */
  private arabicVerb(v: JsonValue): void {
    const o = this.entry(v, ["past", "present", "participle", "frames", "extra", "example"], ["frames"]);
    if (!o) return;
    const past = this.word(o, "past", false);
    const present = this.word(o, "present", false);
    const participle = this.word(o, "participle", false);
    const frames = this.frames(o, AR_FRAMES);
    const extra = this.words(o, "extra", false);
    if (past === undefined || present === undefined || participle === undefined || !frames || extra === undefined) return;
    if (!past && !present) return this.at(v, `An Arabic verb needs "past" or "present".`);
    this.row("ar-verbs.tsv", [past || "-", present || "-", participle || "-", frames, extra.join(" ") || "-", this.example(o)]);
  }

  /** en-verbs.tsv: base, other forms ("+": generated), frames, example. */
  private englishVerb(v: JsonValue): void {
    const o = this.entry(v, ["base", "forms", "frames", "example"], ["base", "frames"]);
    if (!o) return;
    const base = this.phrase(o.get("base")!, "base");
    const frames = this.frames(o, EN_FRAMES);
    const forms = this.words(o, "forms", true);
    if (base === undefined || !frames || forms === undefined) return;
    const n = base.split(" ").length;
    if (forms.some((f) => f.split(" ").length !== n)) return this.at(o.get("forms")!, `Each of "forms" must have as many words as "base" (${n}).`);
    this.row("en-verbs.tsv", [base.toLowerCase(), forms.length ? forms.join(" ").toLowerCase() : "+", frames, this.example(o)]);
  }

  /** anonymity.tsv: pattern (here: literal words), lang, example. */
  private anonymity(v: JsonValue): void {
    const o = this.entry(v, ["phrase", "lang", "example"], ["phrase", "lang"]);
    if (!o) return;
    const phrase = this.phrase(o.get("phrase")!, "phrase");
    const lang = this.choice(o, "lang", ["ar", "en"]);
    if (phrase === undefined || !lang) return;
    this.row("anonymity.tsv", [lang === "en" ? phrase.toLowerCase() : phrase, lang, this.example(o)]);
  }

  /** ar-sources.tsv / en-sources.tsv: forms, class, example. */
  private source(v: JsonValue, cls: string | null): void {
    const o = this.entry(v, cls ? ["forms", "example"] : ["forms", "class", "example"], cls ? ["forms"] : ["forms", "class"]);
    if (!o) return;
    const forms = this.words(o, "forms", true);
    const c = cls ?? this.choice(o, "class", SOURCE_CLASSES);
    if (!forms || !c) return;
    if (!forms.length) return this.at(o.get("forms")!, `"forms" needs at least one word.`);
    if (forms.some((f) => f.includes(" "))) return this.at(o.get("forms")!, `Each of "forms" is one word (the head of a source: "official", "مسؤول").`);
    this.sourceRow(forms, c, this.example(o));
  }

  /** An institution or place that speaks for itself: a source noun of class org or place. */
  private name(v: JsonValue): void {
    const o = this.entry(v, ["name", "kind", "example"], ["name", "kind"]);
    if (!o) return;
    const name = this.phrase(o.get("name")!, "name");
    const kind = this.choice(o, "kind", Object.keys(NAME_KINDS));
    if (name === undefined || !kind) return;
    // The head word of the name: the first (وزارة الخارجية، Hamas, Red Crescent is found by "red" only with its rest).
    this.sourceRow([name.split(" ")[0]], NAME_KINDS[kind], this.example(o) || name);
  }

  private sourceRow(forms: string[], cls: string, example: string): void {
    const arabic = /[\u0600-\u06ff]/.test(forms[0]);
    this.row(arabic ? "ar-sources.tsv" : "en-sources.tsv", [forms.map((f) => (arabic ? f : f.toLowerCase())).join(" "), cls, example]);
  }

  private ignored(v: JsonValue): void {
    const p = this.phrase(v, "ignore");
    if (p === undefined) return;
    this.ignore.push(p);
    this.count++;
  }

  /** The object's fields by name, after checking it is an object with `required` and no unknown field. */
  private entry(v: JsonValue, fields: string[], required: string[]): Map<string, JsonValue> | null {
    if (v.type !== "object") {
      this.at(v, `Each entry is an object with ${fields.map((f) => `"${f}"`).join(", ")}; this is ${article(v.type)}.`);
      return null;
    }
    const m = new Map<string, JsonValue>();
    for (const { key, keyS, keyE, value } of v.entries) {
      if (!fields.includes(key)) this.problem(keyS, keyE, `Unknown field "${clip(key)}": an entry here has ${fields.map((f) => `"${f}"`).join(", ")}.`);
      else m.set(key, value);
    }
    const missing = required.filter((f) => !m.has(f));
    if (missing.length) {
      this.at(v, `This entry needs ${missing.map((f) => `"${f}"`).join(" and ")}; it is skipped.`);
      return null;
    }
    return m;
  }

  /** A field holding one word ("" when absent and not required); undefined when wrong. */
  private word(o: Map<string, JsonValue>, field: string, required: boolean): string | undefined {
    const v = o.get(field);
    if (!v) return required ? undefined : "";
    const p = this.phrase(v, field);
    if (p !== undefined && p.includes(" ")) return void this.at(v, `"${field}" is one word.`);
    return p;
  }

  /** A field holding a list of words or phrases ([] when absent); undefined when wrong. */
  private words(o: Map<string, JsonValue>, field: string, phrases: boolean): string[] | undefined {
    const v = o.get(field);
    if (!v) return [];
    if (v.type !== "array") return void this.at(v, `"${field}" must be a list of ${phrases ? "phrases" : "words"}.`);
    if (v.items.length > 50) return void this.at(v, `"${field}" has ${v.items.length} items; at most 50.`);
    const out: string[] = [];
    for (const item of v.items) {
      const p = this.phrase(item, field);
      if (p === undefined) return undefined;
      if (!phrases && p.includes(" ")) return void this.at(item, `Each of "${field}" is one word.`);
      out.push(p);
    }
    return out;
  }

  private frames(o: Map<string, JsonValue>, known: string[]): string | undefined {
    const v = o.get("frames");
    if (!v || v.type !== "array" || !v.items.length) return void this.at(v ?? { s: 0, e: 0 }, `"frames" must be a non-empty list of: ${known.join(", ")}.`);
    const out: string[] = [];
    for (const item of v.items) {
      if (item.type !== "string" || !known.includes(item.value)) return void this.at(item, `Unknown frame ${item.type === "string" ? `"${clip(item.value)}"` : ""}: the frames here are ${known.join(", ")}.`);
      out.push(item.value);
    }
    return out.join(",");
  }

  private choice(o: Map<string, JsonValue>, field: string, known: string[]): string | undefined {
    const v = o.get(field)!;
    if (v.type !== "string" || !known.includes(v.value)) return void this.at(v, `"${field}" must be one of: ${known.join(", ")}.`);
    return v.value;
  }

  private example(o: Map<string, JsonValue>): string {
    const v = o.get("example");
    if (!v) return "";
    if (v.type !== "string") {
      this.at(v, `"example" must be a string.`);
      return "";
    }
    // An example is prose: only what would break a data row (a tab, a line break) is left out.
    return v.value.replace(/[\p{Cc}\p{Cf}]/gu, " ").slice(0, 500);
  }

  /** A literal phrase: letters, digits, marks, spaces and a few joiners; words normalised to single spaces. */
  phrase(v: JsonValue, field: string): string | undefined {
    if (v.type !== "string") return void this.at(v, `"${field}" must be a string, not ${article(v.type)}.`);
    const p = v.value.trim().replace(/\s+/g, " ");
    if (!p) return void this.at(v, `"${field}" is empty.`);
    if (p.length > MAX_PHRASE_CHARS) return void this.at(v, `"${field}" is longer than ${MAX_PHRASE_CHARS} characters.`);
    if (p.split(" ").length > MAX_PHRASE_WORDS) return void this.at(v, `"${field}" has more than ${MAX_PHRASE_WORDS} words.`);
    const bad = /[^\p{L}\p{M}\p{N} '’.\-\u200c\u200d]/u.exec(p);
    if (bad) {
      const c = bad[0];
      const shown = /[\p{Cc}\p{Cf}\p{Z}]/u.test(c) ? `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}` : `"${c}"`;
      return void this.at(v, `"${field}" holds ${shown}: a house lexicon takes literal words only (letters, digits, spaces, ' - .), never patterns or control characters.`);
    }
    return p;
  }
}

const clip = (s: string) => (s.length > 40 ? s.slice(0, 40) + "…" : s).replace(/[\p{Cc}\p{Cf}]/gu, "?");
