import { type ExtensionSession, type PageHandle, waitUntil } from './session';

/** Presses Escape on the page and waits until no card is open. */
export async function closeCardWithEscape(session: ExtensionSession, page: PageHandle): Promise<void> {
  await session.pressKey(page, 'Escape');
  await waitUntil(
    () => session.card(page),
    (card) => card === null,
    { what: 'the card to close' },
  );
}
