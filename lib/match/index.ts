export type { Matcher, NamePattern } from './compile';
export { compileMatcher } from './compile';
export type { Mention } from './find';
export { findMentions, OTHER_PERSON_ID, opensSentence } from './find';
