import { entitiesOfNameTable } from '@/lib/knowledge/name-table';
import type { KnowledgeBase } from '@/lib/knowledge/schema';
import type { BackgroundRequest, ContentRequest, NameTableReply } from '@/lib/messages';
import { isActiveOn, isLearningOn, type Settings } from '@/lib/settings';
import { loadSettings, type SettingsStorage, watchSettings } from '@/lib/settings/storage';
import { mountCardLayer } from './card-layer';
import { frameWords, watchFrameWords, whenFrameHasText } from './frame-text';
import { createHighlighting } from './highlighting';
import { createArticleLearner } from './learning';

export default defineContentScript({
  matches: ['<all_urls>'],
  // Names inside iframes are found by the script running in each frame; the background sums the frames.
  allFrames: true,
  runAt: 'document_idle',
  // The card's CSS is injected into its shadow root by the card layer; there is no content.css to load.
  cssInjectionMode: 'manual',
  async main(ctx) {
    const send = (request: BackgroundRequest) => browser.runtime.sendMessage(request);
    const storage = browser.storage as unknown as SettingsStorage;
    let settings: Settings = await loadSettings(storage);
    const highlighting = createHighlighting({
      document,
      onMentionsChanged: (counts, total) => void send({ type: 'mentionsFound', counts, total }).catch(() => undefined),
      onHover: (hit) => cards.pointerOnMention(hit),
      isOwnUi: (node) => cards.contains(node),
    });
    const cards = await mountCardLayer(ctx, {
      settings: () => settings,
      names: highlighting.names,
      cardKnowledge: (entityId) => send({ type: 'getEntityCard', entityId }) as Promise<KnowledgeBase | null>,
      mentionCount: highlighting.mentionCount,
    });

    // On the sites the reader chose, the article read here becomes a source (the background reads it).
    const learner = createArticleLearner({
      askToLearn: (html) => send({ type: 'learnThisPage', html, url: location.href }),
      watchAddress: (changed) =>
        ctx.addEventListener(window, 'wxt:locationchange', (event) => changed(event.newUrl.href)),
      signal: ctx.signal,
    });
    learner.update(isLearningOn(settings, location.hostname));

    // An iframe with next to no text (an ad, a widget) asks for nothing until text arrives; one with text asks
    // only for the names its words could make: 20 frames never cost 20 copies of the table.
    const isFrame = window !== window.top;
    if (isFrame) await whenFrameHasText(document, ctx.signal);
    if (ctx.signal.aborted) return;
    let words = isFrame ? frameWords(document) : null;

    let revision: number | null = null;
    const loadNames = async () => {
      const request: BackgroundRequest = words ? { type: 'getNameTable', words: [...words] } : { type: 'getNameTable' };
      const reply = (await send(request)) as NameTableReply;
      revision = reply.table.revision;
      return { entities: entitiesOfNameTable(reply.table), ordinaryWords: new Set(reply.table.ordinaryWords ?? []) };
    };
    let applied = 0;
    const applySettings = async () => {
      const call = ++applied;
      if (!isActiveOn(settings, location.hostname)) {
        cards.close();
        highlighting.stop();
        return;
      }
      // Style, types and delay changes reuse the names already loaded: no round trip per keystroke.
      if (highlighting.isRunning()) return highlighting.applySettings(settings);
      // The background can be briefly unreachable (extension updated or reloaded): the page must not see an error.
      const names = await loadNames().catch(() => null);
      // A newer call (the site switched off meanwhile) wins over this one's late reply.
      if (names && call === applied) highlighting.start(names, settings);
    };
    await applySettings();

    if (words) {
      watchFrameWords(document, words, ctx.signal, (next) => {
        words = next;
        if (highlighting.isRunning()) void reloadNames();
      });
    }
    const reloadNames = () =>
      loadNames()
        .then((names) => highlighting.updateNames(names))
        .catch(() => undefined);

    const unwatchSettings = watchSettings(storage, (next) => {
      settings = next;
      learner.update(isLearningOn(settings, location.hostname));
      void applySettings();
    });

    const onMessage = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const request = message as ContentRequest;
      if (request?.type === 'knowledgeChanged' && highlighting.isRunning() && request.revision !== revision) {
        cards.forgetDetails();
        void reloadNames();
        return undefined;
      }
      if (request?.type === 'revealMention' || request?.type === 'stepMention') {
        const hit =
          request.type === 'revealMention'
            ? highlighting.reveal(request.entityId, 1)
            : highlighting.reveal(undefined, request.direction);
        if (hit) cards.openNow(hit);
        return Promise.resolve(Boolean(hit));
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    // A frame that goes away (an iframe removed or navigated) takes its mentions off the tab's badge.
    if (window !== window.top) {
      window.addEventListener(
        'pagehide',
        () => void send({ type: 'mentionsFound', counts: {}, total: 0 }).catch(() => undefined),
        { signal: ctx.signal },
      );
    }
    ctx.onInvalidated(() => {
      unwatchSettings();
      browser.runtime.onMessage.removeListener(onMessage);
      highlighting.stop();
    });
  },
});
