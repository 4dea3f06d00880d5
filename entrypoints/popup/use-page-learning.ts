import { useEffect, useRef, useState } from 'preact/hooks';
import { learnableHostname, pageAccessOrigin } from '@/lib/learn/site-access';
import type { PageLearning, TabState } from '@/lib/messages';
import { sendToBackground as send } from './knowledge-client';

/** While the background is still reading the page, the popup asks again this often. */
const WAITING_POLL_MS = 700;

/** Learning for the tab's site: its state for this page, the switch (asking for access), and Undo. */
export function usePageLearning(tab: TabState | null, learningOn: boolean) {
  const [learning, setLearning] = useState<PageLearning>({ state: 'off' });
  const [problem, setProblem] = useState<string | null>(null);
  const [asked, setAsked] = useState(0);
  const hadAccess = useRef(false);
  const tabId = tab?.tabId;
  const url = tab?.url ?? null;
  const hostname = learnableHostname(url ?? undefined);

  useEffect(() => {
    if (tabId === undefined || !url || !hostname) return;
    const stopped = new AbortController();
    void browser.permissions
      .contains({ origins: [pageAccessOrigin(url)] })
      .then((has) => {
        hadAccess.current = has;
      })
      .catch(() => undefined);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const next = await send<PageLearning>({ type: 'getPageLearning', tabId, url }).catch(() => null);
      if (stopped.signal.aborted || !next) return;
      setLearning(next);
      if (next.state === 'waiting') timer = setTimeout(() => void poll(), WAITING_POLL_MS);
    };
    void poll();
    return () => {
      stopped.abort();
      clearTimeout(timer);
    };
  }, [tabId, url, hostname, learningOn, asked]);

  /**
   * Must start in the click: permissions.request needs the reader's gesture. The popup may close when the
   * browser's prompt opens, losing this page's promise: the background is told at once and turns learning on
   * when the access arrives (permissions.onAdded), so the click is never lost.
   */
  const toggle = (on: boolean) => {
    if (!url || !hostname) return;
    setProblem(null);
    if (!on) {
      void send({ type: 'setSiteLearning', site: hostname, on: false, askedForAccess: false });
      return;
    }
    const asking = browser.permissions.request({ origins: [pageAccessOrigin(url)] });
    void send({ type: 'requestSiteLearning', site: hostname, askedForAccess: !hadAccess.current });
    void asking
      .then((granted) => {
        if (!granted) setProblem('Learning needs access to this site. Allow it to turn learning on.');
      })
      .catch((error) => setProblem(`Learning could not be turned on: ${String(error)}`));
  };

  const undo = (sourceId: string) => {
    void send({ type: 'undoLearning', sourceId }).then(() => setAsked((n) => n + 1));
  };

  return { learning, problem, toggle, undo };
}
