// The phrases that grant or explain anonymity (anonymity.tsv), compiled from the
// file's small pattern language (see its header).
import { normWord } from "../text/chars";
import anonymity from "./anonymity.tsv";
import { readRows, type ExtraRows, type LoadedRow } from "./rows";

export interface AnonPattern {
  lang: "ar" | "en";
  slots: { alts: { w: string; prefix: boolean }[]; optional: boolean }[];
  /**
   * The required slot the pattern is found by: the one whose spellings are
   * longest (rarest), so that common words (من، on, who) never trigger a match attempt.
   */
  anchor: number;
  example: string;
  /**
   * The pattern opens with a lone "," (see the file's header): a phrase as often about someone else
   * (fear for their jobs, asked that her name not be released) counts only as its source's own words.
   */
  own: boolean;
}

function compilePattern(p: string, lang: "ar" | "en", example: string): AnonPattern {
  const words = p.split(/\s+/);
  const own = words[0] === ",";
  const slots = words.slice(own ? 1 : 0).map((slot) => {
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
  return { lang, slots, anchor, example, own };
}

export function loadAnonymityPatterns(log: LoadedRow[], extra: ExtraRows = {}): AnonPattern[] {
  return readRows("anonymity.tsv", anonymity, log, extra).map((r) => compilePattern(r.cells[0], r.cells[1] as "ar" | "en", r.example));
}

/** Normalised word → the patterns whose anchor slot it fills. */
export function anchorsOf(patterns: AnonPattern[]): Map<string, AnonPattern[]> {
  const anchors = new Map<string, AnonPattern[]>();
  for (const p of patterns) {
    for (const a of p.slots[p.anchor].alts) {
      const list = anchors.get(a.w);
      if (list) {
        if (!list.includes(p)) list.push(p);
      } else anchors.set(a.w, [p]);
    }
  }
  return anchors;
}
