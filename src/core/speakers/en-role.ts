// The person an English role without a name refers back to, when no speaker holds that role: one
// the text named with it in passing, by a title before the name or an apposition after it.
//   Former Gov. Ana Ruiz endorsed the plan. … The former governor said …     → Ana Ruiz
//   Tom Vale, a lawyer from Leeds, filed the suit. "…," the lawyer said.       → Tom Vale
// Only when the role was given to one person in the text before (two people named with it: none),
// and the words describing the mention were given with it ("the former governor" is no governor).
import { lexicon } from "../lexicon";
import { normWord } from "../text/chars";
import { roleWordsIn } from "../perf/role-forms";

/** How far back (characters) a role looks for the person it was given to. */
const ROLE_REACH = 2500;
/** How many words before a title describe it (Former Texas Gov.), and how many characters an apposition may take before its role. */
const TITLE_WORDS = 3;
const APPOSITION = 90;

/** A capitalised name of one to four words (an initial, a particle inside) right after a title; one of two to four before an apposition's comma. */
const NAME_AFTER = /^\.?\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+|de|van|von|der|bin|al)){0,3})(?![\p{L}'’])/u;
const NAME_BEFORE = /(?:^|[^\p{L}])(\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+|de|van|von|der|bin|al)){1,3}),\s+(?:\d+,\s+)?(?:a|an|the)\s+([\p{Ll}\s-]*)$/u;
const WORD = /\p{L}[\p{L}'’-]*/gu;
const isUpper = (c: number) => c >= 65 && c <= 90;
/** A character that ends the words describing a title before it. */
const MARK = /[^\p{L}\s'’-]|\n/u;

/** A person named with a role in passing: the name as written and the title before it ("" for an apposition). */
export interface RoleHolder {
  name: string;
  title: string;
}

/**
 * The one person the text before offset `at` gives the role `lemma` (a title's lemma, or a noun
 * of a definite mention the lexicon lacks: lawyer), with every word of `desc` (former) among the
 * words that describe it there and no role word of another rank (en-words rankChangers: a vice or
 * former president is not "the president"); null when none is, or two people are.
 */
export function roleHolder(doc: string, at: number, lemma: string, desc: readonly string[]): RoleHolder | null {
  const from = Math.max(0, at - ROLE_REACH);
  const win = doc.slice(from, at);
  let found: RoleHolder | null = null;
  for (const [i, j] of roleWordsIn(win, lemma)) {
    const n = normWord(win.slice(i, j));
    if (!isRole(n, win.charCodeAt(j) === 46, lemma)) continue;
    const holder = titled(win, i, j, n !== lemma, desc) ?? apposed(win, i, desc);
    if (!holder) continue;
    if (found && !sameOne(found.name, holder.name)) return null;
    if (!found || holder.name.length > found.name.length) found = holder;
  }
  return found;
}

/** Whether word n (a dot after it: dotted) is the role: its lemma, a title's short form (Gov.); not a plural. */
function isRole(n: string, dotted: boolean, lemma: string): boolean {
  if (n === lemma) return true;
  const e = lexicon().sources.get(n) ?? (dotted ? lexicon().sources.get(n + ".") : undefined);
  return !!e && e.cls === "title" && e.lemma === lemma && !(n.endsWith("s") && !lemma.endsWith("s"));
}

/**
 * "Former Texas Gov. Ana Ruiz": the role word at [i, j) of `win` and a name right after it (past
 * the dot of a short form only, `short`: "… met the President. The …" names no one).
 */
function titled(win: string, i: number, j: number, short: boolean, desc: readonly string[]): RoleHolder | null {
  if (win.charCodeAt(j) === 46 && !short) return null;
  const name = NAME_AFTER.exec(win.slice(j, j + 80));
  if (!name) return null;
  // (A possessive is the person's too: President Okafor's plan.)
  const full = name[1].replace(/['’]s$/, "");
  // (One name word only after a capitalised title, and no function word: President Okafor; not "the lawyer Monday".)
  if (!full.includes(" ") && (!isUpper(win.charCodeAt(i)) || notName(normWord(full)))) return null;
  // The words before the title, back to a mark (a full stop, a comma, a quotation mark, a bracket, a dash).
  const before = win.slice(Math.max(0, i - 60), i);
  let cut = before.length;
  while (cut > 0 && !MARK.test(before[cut - 1])) cut--;
  const words = before.slice(cut).match(WORD) ?? [];
  const last = words.slice(-TITLE_WORDS);
  if (!describes(last.map(normWord), desc)) return null;
  // The title shown: the capitalised words right before the role word, and it (Former Texas Gov.).
  let k = last.length;
  while (k > 0 && isUpper(last[k - 1].charCodeAt(0))) k--;
  const title = [...last.slice(k), win.slice(i, j) + (short && win.charCodeAt(j) === 46 ? "." : "")].join(" ");
  return { name: full, title };
}

/** A word no name is: a function word, a pronoun, a determiner, a day. */
function notName(n: string): boolean {
  const e = lexicon().en;
  return e.stop.has(n) || e.pronouns.has(n) || e.mentionDeterminers.has(n) || e.days.has(n);
}

/** "Tom Vale, a lawyer from Leeds": a name, a comma and a/an/the (a few words) before the role word at i. */
function apposed(win: string, i: number, desc: readonly string[]): RoleHolder | null {
  const m = NAME_BEFORE.exec(win.slice(Math.max(0, i - APPOSITION), i));
  if (!m) return null;
  const mods = m[2].match(WORD)?.map(normWord) ?? [];
  if (!describes(mods, desc)) return null;
  // (The first name is no function word or title: "But Vale, the lawyer" is not a person "But Vale";
  // a title before a name of two words is left out: "Senator Bill Carrow, a Democrat" → Bill Carrow.)
  const sp = m[1].search(/\s/);
  const first = normWord(m[1].slice(0, sp));
  const e = lexicon().en;
  if (e.mentionDeterminers.has(first) || e.notFirstNames.has(first)) return null;
  if (!e.capitalisedTitles.has(first) && !lexicon().sources.has(first)) return { name: m[1], title: "" };
  const rest = m[1].slice(sp + 1);
  return rest.includes(" ") && lexicon().sources.get(first)?.cls === "title" ? { name: rest, title: m[1].slice(0, sp) } : null;
}

/** Every word of desc is among mods, and no word of mods changes the rank unless desc has it too. */
function describes(mods: readonly string[], desc: readonly string[]): boolean {
  for (const d of desc) if (!mods.includes(d)) return false;
  const changers = lexicon().en.rankChangers;
  for (const w of mods) if (changers.has(w) && !desc.includes(w)) return false;
  return true;
}

/** Whether two names are one person's: one's words end the other's (Ana Ruiz, Ruiz; Ana Ruiz, Ana Ruiz). */
function sameOne(x: string, y: string): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return long === short || long.endsWith(" " + short);
}

/** A mention that is a named possessor's description only: "Obama's former campaign strategist" (possessor, words). */
const POSSESSED = /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*)['’]s((?:\s+[\p{Ll}-]+){1,4})$/u;
/** A person's name of two to four capitalised words (an initial inside) as written before or after an apposition. */
const PERSON = String.raw`\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+)){1,3}`;
const NAME_THEN = new RegExp(String.raw`(?:^|[^\p{L}])(${PERSON}),\s+(?:\d+,\s+)?(?:(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,3})$`, "u");
const THEN_NAME = new RegExp(String.raw`^,?\s+(${PERSON})(?![\p{L}'’])`, "u");

/**
 * "Obama's former campaign strategist said" after "David Axelrod, Obama's former campaign strategist,"
 * (or "Obama's former campaign strategist, David Axelrod," / "… strategist David Axelrod"): the person the
 * text gave the same possessor's description to before offset `at`; null when it gave it to no one or to two.
 * (The possessor may be named in full there: "President Barack Obama's former campaign strategist".)
 */
export function possessedHolder(doc: string, at: number, text: string): RoleHolder | null {
  const m = POSSESSED.exec(text);
  if (!m) return null;
  const owner = m[1].split(/\s+/);
  const words = m[2].trim().split(/\s+/);
  const re = new RegExp(String.raw`(?:^|[^\p{L}])${escape(owner[owner.length - 1])}['’]s\s+${words.map(escape).join(String.raw`\s+`)}(?![\p{L}'’])`, "gu");
  const from = Math.max(0, at - ROLE_REACH);
  const win = doc.slice(from, at);
  let found: RoleHolder | null = null;
  for (const hit of win.matchAll(re)) {
    const i = hit.index ?? 0;
    // (The name after first: in "Purolator's chairman, Nicholas Brady, Emery's chairman, John Emery," the name before is the first one's.)
    const after = THEN_NAME.exec(win.slice(i + hit[0].length, i + hit[0].length + 60));
    const before = after ? null : NAME_THEN.exec(win.slice(Math.max(0, i - APPOSITION), i + 1));
    const name = after?.[1] ?? before?.[1];
    if (!name || notName(normWord(name.split(/\s+/)[0]))) continue;
    if (found && !sameOne(found.name, name)) return null;
    if (!found || name.length > found.name.length) found = { name, title: "" };
  }
  return found;
}

function escape(w: string): string {
  return w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
