// Run inside extension pages (page.evaluate): self-contained, no imports.

/** The popup's learning status line: the role=status right after the "Learn from articles on this site" switch. */
export function readLearningStatus(): string | null {
  const input = [...document.querySelectorAll<HTMLInputElement>('input[role="switch"]')].find((element) =>
    (element.labels?.[0]?.textContent ?? '').includes('Learn from articles on this site'),
  );
  const status = input?.closest('label')?.parentElement?.querySelector('[role="status"]');
  return status ? (status.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
}

/** The options page's "Recently learned" rows, as text, newest first; null before the list is there. */
export function readRecentlyLearned(): string[] | null {
  const heading = [...document.querySelectorAll('h3')].find((h) => h.textContent?.trim() === 'Recently learned');
  if (!heading) return null;
  const list = document.querySelector(`[aria-labelledby="${heading.id}"]`);
  if (!list) return [];
  return [...list.querySelectorAll('li')].map((item) =>
    (item.querySelector('.nc-row-main')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}

type PermissionsApi = {
  permissions: {
    contains(query: { origins: string[] }): Promise<boolean>;
  };
};

/** Whether the extension holds access to the site's pages over http (the test server's scheme). */
export function hasSiteAccess(hostname: string): Promise<boolean> {
  const { browser, chrome } = globalThis as unknown as { browser?: PermissionsApi; chrome?: PermissionsApi };
  return (browser ?? chrome)!.permissions.contains({ origins: [`http://${hostname}/*`] });
}
