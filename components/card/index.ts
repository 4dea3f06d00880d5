export { AmbiguousCard, type AmbiguousCardProps } from './AmbiguousCard';
export { type Candidate, shortFormOf } from './ambiguous-data';
export { HoverCard, type HoverCardProps } from './HoverCard';
export { createHoverIntent, type HoverIntent, type HoverIntentOptions } from './hover-intent';
export { type CardPlacement, type DOMRectLike, placeCard } from './placement';
export { CARD_CSS } from './styles';
