export type { Matcher, NamePattern } from './compile';
export { compileMatcher } from './compile';
export type { Mention } from './find';
export { findMentions, opensSentence } from './find';
