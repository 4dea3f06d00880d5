import type { LearnedExtraction } from '@/lib/learn/extract-to-learn';
import { EXTRACT_LEARNED_ARTICLE } from '@/lib/messages';
import type { ReaderArticle } from '@/lib/reader/article';

const EXTRACTOR_PAGE = '/extractor.html';
/** The extractor (compromise, ~30 MB) is let go after this long with nothing to extract. */
const EXTRACTOR_IDLE_MS = 60_000;

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

/**
 * Extracts an article in the extractor page, never in the worker or the page: Chrome's MV3 worker cannot load
 * compromise (no dynamic import), so it gets an offscreen document; Firefox's background page holds an iframe.
 */
export function createOffPageExtractor() {
  const offscreen = (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
  let frame: Promise<HTMLIFrameElement> | null = null;
  let opened: Promise<void> | null = null;
  let idle: ReturnType<typeof setTimeout> | undefined;

  function openOffscreen(api: OffscreenApi): Promise<void> {
    opened ??= (async () => {
      if (await api.hasDocument?.()) return;
      await api.createDocument({
        url: EXTRACTOR_PAGE,
        reasons: ['DOM_PARSER'],
        justification: 'Extracts names, quotes and facts from articles on sites the reader chose to learn from.',
      });
    })().catch((error) => {
      opened = null;
      throw error;
    });
    return opened;
  }

  function openFrame(): Promise<HTMLIFrameElement> {
    frame ??= new Promise((resolve, reject) => {
      const iframe = document.createElement('iframe');
      iframe.src = browser.runtime.getURL(EXTRACTOR_PAGE);
      iframe.addEventListener('load', () => resolve(iframe), { once: true });
      iframe.addEventListener('error', () => reject(new Error('The extractor page did not load')), { once: true });
      document.body.append(iframe);
    });
    return frame;
  }

  async function waitForExtractor(iframe: HTMLIFrameElement): Promise<NonNullable<Window['extractHere']>> {
    // The page's module script may run just after its load event.
    for (let tries = 0; tries < 50; tries++) {
      const extract = iframe.contentWindow?.extractHere;
      if (extract) return extract;
      await new Promise((done) => setTimeout(done, 20));
    }
    throw new Error('The extractor page is not ready');
  }

  function letGoLater() {
    clearTimeout(idle);
    idle = setTimeout(() => {
      if (offscreen && opened) void offscreen.closeDocument().catch(() => undefined);
      opened = null;
      void frame?.then((iframe) => iframe.remove());
      frame = null;
    }, EXTRACTOR_IDLE_MS);
  }

  return async function extractOffPage(article: ReaderArticle): Promise<LearnedExtraction> {
    clearTimeout(idle);
    try {
      if (offscreen) {
        await openOffscreen(offscreen);
        const reply = (await browser.runtime.sendMessage({ type: EXTRACT_LEARNED_ARTICLE, article })) as
          | LearnedExtraction
          | undefined;
        return reply ?? { ok: false, reason: 'the extractor did not answer' };
      }
      const extract = await waitForExtractor(await openFrame());
      // Structured-cloned across the frame boundary, as a message would be.
      return structuredClone(extract(article));
    } finally {
      letGoLater();
    }
  };
}
