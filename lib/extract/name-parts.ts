/** A capitalised run split into its parts: title, person, affiliation, hyphenated and side-by-side names. */
import {
  isCountry,
  isFirstName,
  isKnownPlace,
  isOpeningRoleWord,
  ORGANIZATION_WORDS,
  PLACE_WORDS,
  SHORT_FORMS,
  TITLE_WORDS,
} from './lexicon';
import type { Token } from './text';

const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

/** Lowercase words allowed inside a name when a capital follows: "Department of Defence", "Vincent van Gogh". */
export const CONNECTORS = new Set([
  'of',
  'the',
  'de',
  'del',
  'da',
  'di',
  'du',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'al',
  'bin',
  'ibn',
  'el',
  'y',
  '&',
]);
/** Joiners that only sit inside a name: "Bardo National Museum on Wednesday" ends before "on". */

/** Splits "U.S.-China" into its known parts; keeps "Jean-Pierre" whole. */
export function splitHyphenated(words: Token[]): Token[][] {
  const parts: Token[][] = [[]];
  for (const token of words) {
    if (token.text === '-') parts.push([]);
    else parts[parts.length - 1].push(token);
  }
  const known = parts.every((part) => {
    const name = part.map((t) => t.text).join(' ');
    return name in SHORT_FORMS || isKnownPlace(name) || /^\p{Lu}{2,}$/u.test(name);
  });
  if (parts.length > 1 && known) return parts;
  return [words];
}

/** "told Blinken China ...": two names side by side, the second a country. */
export function splitTrailingCountry(words: Token[]): Token[][] {
  if (words.length < 2) return [words];
  const last = words[words.length - 1];
  const previous = words[words.length - 2];
  const whole = joinTokens(words);
  if (!isCountry(last.text) || CONNECTORS.has(previous.text) || previous.text === '-' || isKnownPlace(whole))
    return [words];
  return [words.slice(0, -1), [last]];
}

/** "Jamie Werner of Ngātiwai", "Mitch McConnell of Kentucky": a person and the body or place they belong to. */
export function splitAffiliation(words: Token[], titled: boolean): Token[][] {
  const of = words.findIndex((t) => t.text === 'of');
  if (of < 2 || of === words.length - 1) return [words];
  const belongsTo = joinTokens(words.slice(of + 1));
  if (!isFirstName(words[0].text) && !titled && !isKnownPlace(belongsTo)) return [words];
  const head = words[of - 1].text.toLowerCase();
  if (ORGANIZATION_WORDS.has(head) || PLACE_WORDS.has(head) || isTitleWord(head)) return [words];
  return [words.slice(0, of), words.slice(of + 1)];
}

export const isTitleWord = (word: string): boolean => TITLE_WORDS.has(word.toLowerCase());

/** Separates a leading title ("U.S. Secretary of State") from the name after it. */
export function splitTitle(run: Token[]): { title: Token[]; name: Token[] } {
  const of = run.findIndex((t) => t.text === 'of');
  const head = run[of > 0 ? of - 1 : run.length - 1].text.toLowerCase();
  if (ORGANIZATION_WORDS.has(head)) return { title: [], name: run };
  let lastTitle = -1;
  for (let i = 0; i < run.length - 1; i++) {
    if (isTitleWord(run[i].text) || (i === 0 && run.length > 2 && isOpeningRoleWord(run[i].text))) lastTitle = i;
  }
  if (lastTitle < 0) return { title: [], name: run };
  let nameStart = lastTitle + 1;
  // "Secretary of State Antony Blinken": the "of State" belongs to the title
  if (run[nameStart]?.text === 'of' && run.length - nameStart > 2) nameStart += 2;
  const name = run.slice(nameStart);
  if (name.length === 0 || !isCapitalised(name[0].text)) return { title: [], name: run };
  return { title: run.slice(0, nameStart), name };
}

export function joinTokens(tokens: Token[]): string {
  let out = '';
  tokens.forEach((token, i) => {
    const glued = i > 0 && tokens[i - 1].end === token.start;
    out += (i > 0 && !glued ? ' ' : '') + token.text;
  });
  return out;
}

/** "al-Bashir", "el-Sisi", "bin-Salman": a lowercase particle hyphened to a capitalised family name. */
const HYPHEN_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'ben']);
export function isHyphenParticle(tokens: Token[], j: number): boolean {
  const [particle, hyphen, family] = [tokens[j], tokens[j + 1], tokens[j + 2]];
  if (!HYPHEN_PARTICLES.has(particle.text) || hyphen?.text !== '-' || !family) return false;
  return hyphen.start === particle.end && family.start === hyphen.end && isCapitalised(family.text);
}
