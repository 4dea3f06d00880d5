/** A test page from fixture markup written in these tests (not untrusted text). */
export function page(head: string, body = '', lang: string | null = null): Document {
  const langAttribute = lang === null ? '' : ` lang="${lang}"`;
  return new DOMParser().parseFromString(
    `<!doctype html><html${langAttribute}><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}
