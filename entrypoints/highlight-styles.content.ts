import { adoptEarlyHighlightSheet } from '@/lib/annotate/styles';

/** Adopts the highlight stylesheet while the page is still empty, so adding it never restyles a built page. */
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_start',
  main() {
    adoptEarlyHighlightSheet(window);
  },
});
