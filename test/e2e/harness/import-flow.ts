import { type PageHandle, waitUntil } from './session';
import { chooseFile, readTextOf } from './sources-queries';

const IMPORT_LABEL = 'Import knowledge';
const IMPORT_MESSAGE_ID = 'nc-import-message';
/** Hundreds of sources are checked and stored in chunks, with progress shown meanwhile. */
const IMPORT_WAIT_MS = 60_000;

/** Chooses a file in the options page's Import and returns the message once the import has ended. */
export async function importThroughOptions(options: PageHandle, fileName: string, text: string): Promise<string> {
  if (!(await options.evaluate(chooseFile, { label: IMPORT_LABEL, fileName, text }))) {
    throw new Error('The options page has no Import file input');
  }
  const message = await waitUntil(
    () => options.evaluate(readTextOf, IMPORT_MESSAGE_ID),
    (shown) => /^Imported|cannot|stopped/.test(shown ?? ''),
    { what: `the import of ${fileName} to end`, timeoutMs: IMPORT_WAIT_MS },
  );
  return message ?? '';
}
