// Bundled into the benchmark page: the content script's whole part in learning, nothing else.
import { looksLikeArticlePage } from '../../lib/learn/article-page';

Object.assign(globalThis, { newsContextLearningBench: { looksLikeArticlePage } });
