import { readDocument } from '@/lib/reader/read-document';

/**
 * Injected on demand by the popup: browser.scripting.executeScript({ target: { tabId }, files: ['/reader.js'] }).
 * WXT builds this as an IIFE whose last expression is main()'s value, so results[0].result is the ReaderResult.
 */
export default defineUnlistedScript(() => readDocument(document, location.href));
