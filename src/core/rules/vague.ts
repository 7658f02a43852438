// A bare source (مصدر، a source: the head noun alone, no description) is vague. That is
// said in the one finding of the anonymous source (anonymous-source or anonymous-no-reason),
// not in a finding of its own on the same words.
import { isBareSource, type SpeakerState } from "../speakers";

/** The advice a vague source adds to its finding's message. */
export const VAGUE = {
  en: ' A bare "source" tells the reader nothing: say what position or knowledge the source has.',
  ar: " وكلمة «مصدر» وحدها لا تخبر القارئ بشيء: اذكر موقع المصدر أو صلته بالمعلومة.",
} as const;

/** "yes" when the speaker was introduced by a bare source noun (its message adds VAGUE), "" when described. */
export function vagueMark(sp: SpeakerState): string {
  return sp.firstMention && isBareSource(sp.firstMention) ? "yes" : "";
}
