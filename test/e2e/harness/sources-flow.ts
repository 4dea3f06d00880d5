import type { ExtensionSession, PageHandle } from './session';
import { waitUntil } from './session';
import { findButton, readStatusBeside, readStoredSourcesJson } from './sources-queries';

export const ADD_BUTTON = 'Add this article';
/** The popup's status while the reader script and extraction run. */
const WORKING_MESSAGE = 'Reading this article…';
/** Reading, extracting and storing a page; a 10 MB page takes the longest. */
export const ADD_TIMEOUT_MS = 30_000;

/** Clicks, with a real mouse click, the button whose text starts with name; fails if it is missing or disabled. */
export async function clickButton(page: PageHandle, name: string): Promise<void> {
  const button = await waitUntil(
    () => page.evaluate(findButton, name),
    (found) => found !== null && !found.disabled,
    { what: `an enabled "${name}" button` },
  );
  await page.mouseClick(button!.centre.x, button!.centre.y);
}

export interface AddAttempt {
  /** The popup, still open, for further checks. */
  popup: PageHandle;
  /** What the role=status beside the button said once the work was done. */
  message: string;
}

/** Presses the toolbar button on page, clicks "Add this article" in its popup and waits for the outcome. */
export async function addArticleThroughPopup(session: ExtensionSession, page: PageHandle): Promise<AddAttempt> {
  const popup = await session.openToolbarPopup(page);
  await clickButton(popup, ADD_BUTTON);
  const message = await waitUntil(
    () => popup.evaluate(readStatusBeside, ADD_BUTTON),
    (text) => !!text && text !== WORKING_MESSAGE,
    { timeoutMs: ADD_TIMEOUT_MS, what: `the "${ADD_BUTTON}" outcome message` },
  );
  return { popup, message: message ?? '' };
}

/** The stored sources as JSON text, read in an extension page (popup or options). */
/** The reader's own sources as stored (IndexedDB), as JSON text. */
export const storedSourcesJson = (extensionPage: PageHandle) => extensionPage.evaluate(readStoredSourcesJson);
