// Loads the lexicon data files (src/core/lexicon/*.tsv) into look-up tables.
// The files are the place to add a verb, a title or an anonymity phrase; this
// module only knows their column layout and how Arabic words inflect.
import { hashNorm, normPhrase, normWord } from "./chars";
import arVerbs from "./lexicon/ar-verbs.tsv";
import arPhrases from "./lexicon/ar-phrases.tsv";
import enVerbs from "./lexicon/en-verbs.tsv";
import preps from "./lexicon/preps.tsv";
import arSources from "./lexicon/ar-sources.tsv";
import enSources from "./lexicon/en-sources.tsv";
import anonymity from "./lexicon/anonymity.tsv";
import arGrammar from "./lexicon/ar-grammar.tsv";
import background from "./lexicon/background.tsv";
import naming from "./lexicon/naming.tsv";

export type CueForm = "verb" | "present" | "participle" | "phrase" | "prep";
export type SourceClass = "anon" | "title" | "org" | "group" | "place" | "informed" | "descriptor";

/** What can follow a cue (the frames column of the verb lists), as bits. */
export enum Fr {
  an = 1,
  ila = 2,
  min = 4,
  colon = 8,
  quote = 16,
  bi = 32,
  noun = 64,
  ma = 128,
  q = 256,
  relay = 512,
  that = 1024,
  obj = 2048,
  clause = 4096,
  passive = 8192,
  direct = 16384,
}

/**
 * A set of an enum's bit flags (a cue's frames, a grammar word's classes). The parsers ask
 * `has` for every cue they try and nearly every token they walk: one AND, where a Set
 * look-up by string cost more than the rest of the test. Call sites name the flag
 * (Fr.quote, Gr.relative), which the bundler inlines as a number.
 */
export class Flags<E extends number> {
  private bits = 0;
  add(f: E): this {
    this.bits |= f;
    return this;
  }
  has(f: E): boolean {
    return (this.bits & f) !== 0;
  }
}

/** The flag a data file names (`where` says which file, for the error on an unknown name). */
function flagNamed<E extends number>(flags: Record<string, string | number>, name: string, where: string): E {
  const f = flags[name];
  if (typeof f !== "number") throw new Error(`${where}: unknown "${name}"`);
  return f as E;
}

/** Frames from a cell of a verb list ("an,colon,quote"). */
export function framesOf(names: string[]): Frames {
  const out = new Flags<Fr>();
  for (const n of names) if (n.trim()) out.add(flagNamed<Fr>(Fr, n.trim(), "frames"));
  return out;
}

export type Frames = Flags<Fr>;

/** The classes of ar-grammar.tsv, as bits (compPron: a complementiser with a pronoun, made from comp). */
export enum Gr {
  adjunct = 1,
  medium = 2,
  addressee = 4,
  verbnoun = 8,
  time = 16,
  relative = 32,
  particle = 64,
  min = 128,
  kana = 256,
  ila = 512,
  conj = 1024,
  comp = 2048,
  compPron = 4096,
  claim = 8192,
  background = 16384,
}

export type GrammarClasses = Flags<Gr>;

export interface CueEntry {
  lemma: string;
  /** The lemma's first word (say for "say so"). */
  lemmaHead: string;
  lang: "ar" | "en";
  form: CueForm;
  frames: Frames;
  /** Normalised words that must follow the first one (multi-word cues). */
  rest: string[];
  /** The last word of `rest` is only a prefix (وفقاً لـ: the next word starts with ل). */
  restPrefix: boolean;
}

export interface AnonPattern {
  lang: "ar" | "en";
  slots: { alts: { w: string; prefix: boolean }[]; optional: boolean }[];
  /**
   * The required slot the pattern is found by: the one whose spellings are
   * longest (rarest), so that common words (من، on, who) never trigger a match attempt.
   */
  anchor: number;
  example: string;
}

/** The cues a token's word can start: as the word itself, and after a clitic و/ف it carries. */
export interface CueLists {
  plain: CueEntry[] | null;
  clitic: CueEntry[] | null;
}

export interface Lexicon {
  /** Cue entries under their first word as a token has it (bare, or with و/ف): one look-up per token. */
  cueWords: Map<string, CueLists>;
  /** Normalised form → its class and the lemma (the first form of its row: مصادر → مصدر). */
  sources: Map<string, { cls: SourceClass; lemma: string }>;
  grammar: Map<string, GrammarClasses>;
  anonymity: AnonPattern[];
  /** Normalised word → the anonymity patterns whose anchor slot it fills. */
  anonAnchor: Map<string, AnonPattern[]>;
  /** Background formulas (normalised words), under their first word as written: bare, with و, with ف. */
  background: Map<string, string[][]>;
  /** Normalised words that introduce a quoted name or title (صحيفة "…", titled "…"). */
  naming: Set<string>;
  /**
   * Hash of a normalised word (as the tokenizer computes it) → HIT_* flags: the
   * word, possibly with و/ف attached, may start a cue (1) or an anonymity phrase (2).
   * Words with no flag are never looked up again.
   */
  hits: HitTable;
  /** Every data row with its example, for tests that prove each entry works. */
  rows: { file: string; cells: string[]; example: string }[];
}

interface Row {
  cells: string[];
  example: string;
}

function parse(file: string, text: string, rowsOut: Lexicon["rows"]): Row[] {
  const rows: Row[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim() || raw.startsWith("#")) continue;
    const cells = raw.split("\t").map((c) => c.trim());
    const example = cells[cells.length - 1];
    rows.push({ cells: cells.slice(0, -1), example });
    rowsOut.push({ file, cells: cells.slice(0, -1), example });
  }
  return rows;
}

const words = (cell: string): string[] => (cell && cell !== "-" ? cell.split(/\s+/).filter(Boolean) : []);

/** Past-tense forms from the 3rd masc. sing.: قال قالت قالا قالتا قالوا قلن. */
function pastForms(p: string): string[] {
  const n = normWord(p);
  if (n.endsWith("ي")) {
    const stem = n.slice(0, -1);
    return [n, stem + "ت", stem + "يا", stem + "تا", stem + "وا"];
  }
  if (n.endsWith("ا")) {
    const stem = n.slice(0, -1);
    return [n, stem + "ت", stem + "وا", stem + "تا"];
  }
  return [n, n + "ت", n + "ا", n + "تا", n + "وا", n + "ن"];
}

/** Present forms from the 3rd masc. sing.: يقول تقول يقولون يقولان تقولان. */
function presentForms(p: string): string[] {
  const n = normWord(p);
  if (!n.startsWith("ي")) return [n];
  const t = "ت" + n.slice(1);
  const last = n[n.length - 1];
  if (last === "ي" || last === "و") {
    const stem = n.slice(0, -1);
    return [n, t, stem + "ون", n + "ان", t + "ان"];
  }
  return [n, t, n + "ون", n + "ان", t + "ان", n + "ن"];
}

/** Participles used as ḥāl: قائلاً قائلة قائلين قائلتين. */
function participleForms(p: string): string[] {
  const n = normWord(p);
  return [n + "ا", n + "ه", n + "ين", n + "تين", n + "ان"];
}

/** English inflections: says, said/added, saying. */
function englishForms(base: string): string[] {
  const out = [base];
  const e = base.endsWith("e");
  const y = /[^aeiou]y$/.test(base);
  out.push(y ? base.slice(0, -1) + "ies" : /(s|sh|ch|x|z)$/.test(base) ? base + "es" : base + "s");
  out.push(y ? base.slice(0, -1) + "ied" : e ? base + "d" : base + "ed");
  out.push(e && !base.endsWith("ee") ? base.slice(0, -1) + "ing" : base + "ing");
  return out;
}

function addCue(map: Map<string, CueEntry[]>, phrase: string, entry: Omit<CueEntry, "rest" | "restPrefix" | "lemmaHead">): void {
  const ws = phrase.split(" ").filter(Boolean);
  let restPrefix = false;
  if (ws.length > 1 && ws[ws.length - 1] === "ل") {
    ws.pop();
    restPrefix = true;
  }
  // Every field written in one literal, in one order: entries built by spreading took several
  // hidden classes, and the cue matcher's reads of them went megamorphic.
  const e: CueEntry = { lemma: entry.lemma, lemmaHead: entry.lemma.split(" ")[0], lang: entry.lang, form: entry.form, frames: entry.frames, rest: ws.slice(1), restPrefix };
  const list = map.get(ws[0]);
  if (list) list.push(e);
  else map.set(ws[0], [e]);
}

function compilePattern(p: string, lang: "ar" | "en", example: string): AnonPattern {
  const slots = p.split(/\s+/).map((slot) => {
    const optional = slot.endsWith("?");
    const body = optional ? slot.slice(0, -1) : slot;
    return {
      optional,
      alts: body.split("|").map((a) => {
        const prefix = a.endsWith("*");
        return { w: normWord(prefix ? a.slice(0, -1) : a), prefix };
      }),
    };
  });
  let anchor = -1;
  let best = -1;
  slots.forEach((sl, i) => {
    if (sl.optional || sl.alts.some((a) => a.prefix || a.w === "_")) return;
    const shortest = Math.min(...sl.alts.map((a) => a.w.length));
    if (shortest > best) {
      best = shortest;
      anchor = i;
    }
  });
  if (anchor < 0) throw new Error(`anonymity.tsv: "${p}" needs at least one required slot of whole words`);
  return { lang, slots, anchor, example };
}

/**
 * Open-addressing table from word hash to HIT_* flags: the tokenizer asks it once
 * per word, so it must be cheaper than a Map look-up.
 */
export class HitTable {
  private readonly keys: Int32Array;
  private readonly flags: Uint8Array;
  private readonly mask: number;
  private readonly zeroFlags: number;
  /**
   * One bit per 16-bit hash prefix (8 KB, stays in L1): almost every word of a
   * text is in no lexicon, and the filter answers that without touching the
   * 128 KB table.
   */
  private readonly filter = new Int32Array(1 << 11);

  constructor(entries: Map<number, number>) {
    let size = 16;
    while (size < entries.size * 4) size *= 2;
    this.keys = new Int32Array(size);
    this.flags = new Uint8Array(size);
    this.mask = size - 1;
    let zero = 0;
    for (const [h, f] of entries) {
      const b = Math.imul(h, 0x9e3779b1) >>> 16;
      this.filter[b >>> 5] |= 1 << (b & 31);
      if (h === 0) {
        zero = f; // 0 marks an empty slot, so hash 0 is kept aside
        continue;
      }
      let i = Math.imul(h, 0x9e3779b1) >>> 0 & this.mask;
      while (this.keys[i] !== 0) i = (i + 1) & this.mask;
      this.keys[i] = h;
      this.flags[i] = f;
    }
    this.zeroFlags = zero;
  }

  get(h: number): number {
    const b = Math.imul(h, 0x9e3779b1) >>> 16;
    if ((this.filter[b >>> 5] & (1 << (b & 31))) === 0) return 0;
    if (h === 0) return this.zeroFlags;
    let i = Math.imul(h, 0x9e3779b1) >>> 0 & this.mask;
    for (;;) {
      const k = this.keys[i];
      if (k === h) return this.flags[i];
      if (k === 0) return 0;
      i = (i + 1) & this.mask;
    }
  }
}

let cached: Lexicon | null = null;

/** First words too common to flag (see `hits`): normalised. */
const COMMON_FIRST = new Set(["علي", "كما"]);

export function lexicon(): Lexicon {
  if (cached) return cached;
  const rows: Lexicon["rows"] = [];
  const cues = new Map<string, CueEntry[]>();

  for (const r of parse("ar-verbs.tsv", arVerbs, rows)) {
    const [past, present, participle, frameCell, extra] = r.cells;
    const frames = framesOf(frameCell.split(","));
    const lemma = normWord(past === "-" ? present : past);
    const seen = new Set<string>();
    const add = (w: string, form: CueForm) => {
      if (seen.has(w)) return;
      seen.add(w);
      addCue(cues, w, { lemma, lang: "ar", form, frames });
    };
    // "-": the past form is also a common word (بين "between"); its inflected forms go in "extra".
    if (past !== "-") pastForms(past).forEach((w) => add(w, "verb"));
    words(extra).forEach((w) => add(normWord(w), "verb"));
    words(present).forEach((p) => presentForms(p).forEach((w) => add(w, "present")));
    words(participle).forEach((p) => participleForms(p).forEach((w) => add(w, "participle")));
  }
  for (const r of parse("ar-phrases.tsv", arPhrases, rows)) {
    const [phrase, frameCell] = r.cells;
    const frames = framesOf(frameCell.split(","));
    const n = normPhrase(phrase);
    const [first, ...rest] = n.split(" ");
    // The first word inflects like a verb (تابع قوله، تابعت قولها).
    for (const f of pastForms(first)) addCue(cues, [f, ...rest].join(" "), { lemma: n, lang: "ar", form: "phrase", frames });
  }
  for (const r of parse("en-verbs.tsv", enVerbs, rows)) {
    const [base, formsCell, frameCell] = r.cells;
    const frames = framesOf(frameCell.split(","));
    const n = base.split(" ").length;
    const all: string[] = [base];
    if (formsCell === "+") all.push(...englishForms(base));
    else {
      // Multi-word verbs list their forms as runs of the same length: "pointed out points out".
      const ws = words(formsCell);
      for (let i = 0; i + n <= ws.length; i += n) all.push(ws.slice(i, i + n).join(" "));
    }
    for (const f of new Set(all)) addCue(cues, normPhrase(f), { lemma: base, lang: "en", form: "verb", frames });
  }
  for (const r of parse("preps.tsv", preps, rows)) {
    const [phrase, lang] = r.cells;
    addCue(cues, normPhrase(phrase), { lemma: normPhrase(phrase), lang: lang as "ar" | "en", form: "prep", frames: new Flags<Fr>() });
  }

  const sources = new Map<string, { cls: SourceClass; lemma: string }>();
  for (const [file, text] of [
    ["ar-sources.tsv", arSources],
    ["en-sources.tsv", enSources],
  ] as const) {
    for (const r of parse(file, text, rows)) {
      const [formsCell, cls] = r.cells;
      const forms = words(formsCell);
      const strip = (n: string) => (n.startsWith("ال") && n.length > 3 ? n.slice(2) : n);
      const lemma = strip(normWord(forms[0]));
      for (const f of forms) {
        const n = normWord(f);
        const v = { cls: cls as SourceClass, lemma: cls === "place" ? strip(n) : lemma };
        if (!sources.has(n)) sources.set(n, v);
        // The Arabic article is part of many entries' spelling; index both with and without it.
        if (strip(n) !== n && !sources.has(strip(n))) sources.set(strip(n), v);
      }
    }
  }

  const grammar = new Map<string, GrammarClasses>();
  const addGrammar = (w: string, cls: Gr) => {
    let set = grammar.get(w);
    if (!set) grammar.set(w, (set = new Flags<Gr>()));
    set.add(cls);
  };
  for (const r of parse("ar-grammar.tsv", arGrammar, rows)) {
    const [formsCell, clsCell] = r.cells;
    const cls = flagNamed<Gr>(Gr, clsCell, `ar-grammar.tsv (${r.example})`);
    for (const f of words(formsCell)) {
      const n = normWord(f);
      addGrammar(n, cls);
      if (cls === Gr.comp) for (const suf of ["ه", "ها", "هم", "هما", "هن", "نا", "ني", "ي", "كم"]) addGrammar(n + suf, Gr.compPron);
    }
  }

  const anon: AnonPattern[] = [];
  for (const r of parse("anonymity.tsv", anonymity, rows)) anon.push(compilePattern(r.cells[0], r.cells[1] as "ar" | "en", r.example));
  const anonAnchor = new Map<string, AnonPattern[]>();
  for (const p of anon) {
    for (const a of p.slots[p.anchor].alts) {
      const list = anonAnchor.get(a.w);
      if (list) {
        if (!list.includes(p)) list.push(p);
      } else anonAnchor.set(a.w, [p]);
    }
  }

  const bg = new Map<string, string[][]>();
  for (const r of parse("background.tsv", background, rows)) {
    const ws = normPhrase(r.cells[0]).split(" ");
    for (const first of [ws[0], "و" + ws[0], "ف" + ws[0]]) {
      const list = bg.get(first);
      if (list) list.push(ws);
      else bg.set(first, [ws]);
    }
  }

  const namingWords = new Set<string>();
  for (const r of parse("naming.tsv", naming, rows)) for (const w of words(r.cells[0])) namingWords.add(normWord(w));

  const hitMap = new Map<number, number>();
  const flag = (w: string, f: number) => {
    for (const v of [w, "و" + w, "ف" + w]) {
      const h = hashNorm(v);
      hitMap.set(h, (hitMap.get(h) ?? 0) | f);
    }
  };
  // A multi-word cue that opens with a common word (على لسان، كما قال، in the words of)
  // is flagged on its second word instead (4): the cue is then looked for one token back.
  for (const [k, list] of cues) {
    const common = COMMON_FIRST.has(k);
    for (const e of list) {
      if (common && e.rest.length) flag(e.rest[0], 4);
      else flag(k, 1);
    }
  }
  for (const k of anonAnchor.keys()) flag(k, 2);
  // Grammar words (exact spellings, as the parsers look them up): 8 = a complementiser,
  // 16 = one with an attached pronoun, 32 = any grammar word. Words without these bits
  // are never normalised by the parsers' grammar checks.
  for (const [w, classes] of grammar) {
    const h = hashNorm(w);
    const f = 32 | (classes.has(Gr.comp) ? 8 : 0) | (classes.has(Gr.compPron) ? 16 : 0);
    hitMap.set(h, (hitMap.get(h) ?? 0) | f);
  }
  const hits = new HitTable(hitMap);

  const cueWords = new Map<string, CueLists>();
  const listsOf = (w: string): CueLists => {
    let c = cueWords.get(w);
    if (!c) cueWords.set(w, (c = { plain: null, clitic: null }));
    return c;
  };
  for (const [k, list] of cues) {
    listsOf(k).plain = list;
    listsOf("و" + k).clitic = list;
    listsOf("ف" + k).clitic = list;
  }

  cached = { cueWords, sources, grammar, anonymity: anon, anonAnchor, background: bg, naming: namingWords, hits, rows };
  return cached;
}
