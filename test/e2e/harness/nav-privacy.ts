// Functions run inside a page by PageHandle.evaluate: each must be self-contained (no imports, no outer names).

/** A file the page handed to the browser to save (an <a download> click), with its text. */
export interface CapturedDownload {
  fileName: string;
  text: string;
}

type CaptureGlobals = { newsContextDownloads?: CapturedDownload[] };

/**
 * Runs in an extension page: from now on, <a download> clicks of blob: URLs are recorded with the blob's text
 * instead of saved (headless Firefox would write to the real Downloads folder). The page's own code still builds
 * the blob and clicks the link.
 */
export function captureDownloads(): void {
  const globals = globalThis as unknown as CaptureGlobals;
  if (globals.newsContextDownloads) return;
  const captured: CapturedDownload[] = [];
  globals.newsContextDownloads = captured;
  const blobs = new Map<string, Blob>();
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = createObjectURL(object);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (!this.hasAttribute('download') || !blob) {
      click.call(this);
      return;
    }
    const fileName = this.download;
    void blob.text().then((text) => captured.push({ fileName, text }));
  };
}

/** Runs in an extension page after captureDownloads: the downloads seen so far. */
export function readCapturedDownloads(): CapturedDownload[] {
  return (globalThis as unknown as CaptureGlobals).newsContextDownloads ?? [];
}

/** Every URL this document fetched, as its performance timeline records it: the document's own URL and each resource it loaded. */
export function readRequestedUrls(): string[] {
  // Firefox names the navigation entry "document" rather than its URL.
  return [document.URL, ...performance.getEntriesByType('resource').map((entry) => entry.name)];
}
