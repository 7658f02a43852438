// Where a role's word stands in a window, for speakers/en-role.ts: found by one pattern of the role's
// forms instead of normalising every word of the window. That scan read 2,500 characters word by word
// for each "the minister" no speaker held: 8 % of a warm analysis of the 7.8 MB English file.
import { lexicon } from "../lexicon";
import { activeLexiconId } from "./lexicon-scope";

// One pattern per role, for the lexicon in effect (a house lexicon may add titles).
let patternsFor = -1;
const patterns = new Map<string, RegExp>();

const WORD_CHAR = /[\p{L}'’-]/u;

/** The [start, end) of each whole word of `win` that is `lemma` or a title form of it (Gov for governor), in any case. */
export function roleWordsIn(win: string, lemma: string): [number, number][] {
  const re = patternOf(lemma);
  const out: [number, number][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(win); m; m = re.exec(win)) {
    const i = m.index;
    const j = i + m[0].length;
    if ((i === 0 || !WORD_CHAR.test(win[i - 1])) && (j === win.length || !WORD_CHAR.test(win[j]))) out.push([i, j]);
  }
  return out;
}

function patternOf(lemma: string): RegExp {
  const id = activeLexiconId();
  if (id !== patternsFor) {
    patterns.clear();
    patternsFor = id;
  }
  let re = patterns.get(lemma);
  if (!re) {
    const forms = new Set([lemma]);
    // (Not the plural: "the governor" is not one of "three governors".)
    for (const [form, e] of lexicon().sources) if (e.cls === "title" && e.lemma === lemma && !pluralOf(form, lemma)) forms.add(form.replace(/\.$/, ""));
    // (Longest first: the alternation takes the first form that matches.)
    const sorted = [...forms].sort((a, b) => b.length - a.length);
    re = new RegExp(sorted.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "giu");
    patterns.set(lemma, re);
  }
  return re;
}

/** Whether `form` is the plural of `lemma` (governors, spokesmen). */
function pluralOf(form: string, lemma: string): boolean {
  return form === lemma + "s" || (lemma.endsWith("man") && form === lemma.slice(0, -3) + "men");
}
