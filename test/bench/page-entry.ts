// Bundled for the benchmark page: the project's matcher and annotator, exposed on window.
import { startAnnotator } from '../../lib/annotate';
import { compileMatcher, findMentions } from '../../lib/match';

Object.assign(globalThis, { newsContextBench: { startAnnotator, compileMatcher, findMentions } });
