// Speakers: what a source mention describes (mention.ts, describe-ar.ts, describe-en.ts)
// and which earlier speaker it refers to (resolver.ts).
export { describeMention, isBareSource, type MentionInfo } from "./mention";
export { SpeakerResolver, type SpeakerState } from "./resolver";
export { wordHash } from "./compare";
export { GenderVotes, mentionGender, type SpeakerGender } from "./gender";
export { issuerBefore, topicBodyBefore, topicMany, topicPair, topicPerson } from "./ar-topic";
export { enHonorificPerson, enTopicBody, enTopicPair, enTopicPerson, previousSentenceHead } from "./en-topic";
export { AGE_EPITHET, NOUN_EPITHET } from "./describe-en";
