import type { LearnedExtraction } from '@/lib/learn/extract-to-learn';
import { EXTRACT_LEARNED_ARTICLE, READ_LEARNED_PAGE } from '@/lib/messages';
import type { ReaderArticle, ReaderResult } from '@/lib/reader/article';

const EXTRACTOR_PAGE = '/extractor.html';
/** The extractor (compromise, ~30 MB) is let go after this long with nothing to do. */
const EXTRACTOR_IDLE_MS = 60_000;
const EXTRACTOR_READY_TRIES = 100;
const EXTRACTOR_READY_POLL_MS = 20;

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

type ExtractorWindow = Window & Required<Pick<Window, 'readHere' | 'extractHere'>>;

/**
 * Reads and extracts learned pages in the extractor page, never in the worker or the reader's page: Chrome gets
 * an offscreen document (its MV3 worker cannot load compromise); Firefox's background page holds an iframe.
 */
export function createOffPageExtractor() {
  const offscreen = (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
  let opened: Promise<void> | null = null;
  let frame: Promise<ExtractorWindow> | null = null;
  let iframeElement: HTMLIFrameElement | null = null;
  let idle: ReturnType<typeof setTimeout> | undefined;

  function openOffscreen(api: OffscreenApi): Promise<void> {
    opened ??= (async () => {
      if (await api.hasDocument?.()) return;
      await api.createDocument({
        url: EXTRACTOR_PAGE,
        reasons: ['DOM_PARSER'],
        justification: 'Reads and extracts articles on the sites the reader chose to learn from.',
      });
    })().catch((error) => {
      opened = null;
      throw error;
    });
    return opened;
  }

  function openFrame(): Promise<ExtractorWindow> {
    frame ??= new Promise<HTMLIFrameElement>((resolve, reject) => {
      const iframe = document.createElement('iframe');
      iframeElement = iframe;
      iframe.src = browser.runtime.getURL(EXTRACTOR_PAGE);
      iframe.addEventListener('load', () => resolve(iframe), { once: true });
      iframe.addEventListener('error', () => reject(new Error('The extractor page did not load')), { once: true });
      document.body.append(iframe);
    }).then(async (iframe) => {
      // The page's module script may run just after its load event.
      for (let tries = 0; tries < EXTRACTOR_READY_TRIES; tries++) {
        const win = iframe.contentWindow as Window | null;
        if (win?.readHere && win.extractHere) return win as ExtractorWindow;
        await new Promise((done) => setTimeout(done, EXTRACTOR_READY_POLL_MS));
      }
      throw new Error('The extractor page is not ready');
    });
    return frame;
  }

  function letGoLater() {
    clearTimeout(idle);
    idle = setTimeout(() => {
      if (offscreen && opened) void offscreen.closeDocument().catch(() => undefined);
      opened = null;
      frame = null;
      iframeElement?.remove();
      iframeElement = null;
    }, EXTRACTOR_IDLE_MS);
  }

  async function call<T>(message: Record<string, unknown>, here: (win: ExtractorWindow) => T): Promise<T> {
    clearTimeout(idle);
    try {
      if (offscreen) {
        await openOffscreen(offscreen);
        const reply = (await browser.runtime.sendMessage(message)) as T | undefined;
        if (reply === undefined) throw new Error('the extractor did not answer');
        return reply;
      }
      // Cloned across the frame boundary, as a message would be.
      return structuredClone(here(await openFrame()));
    } finally {
      letGoLater();
    }
  }

  return {
    readPage: (html: string, url: string): Promise<ReaderResult> =>
      call({ type: READ_LEARNED_PAGE, html, url }, (win) => win.readHere(html, url)),
    extract: (article: ReaderArticle): Promise<LearnedExtraction> =>
      call({ type: EXTRACT_LEARNED_ARTICLE, article }, (win) => win.extractHere(article)),
  };
}
