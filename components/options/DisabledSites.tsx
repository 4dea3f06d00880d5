import { useRef } from 'preact/hooks';
import type { Settings } from '../../lib/settings';
import { withSiteEnabled } from './settingsEdits';

interface DisabledSitesProps {
  settings: Settings;
  onChange(next: Settings): void;
}

/** Sites where the reader switched highlighting off, each one click from being switched back on. */
export function DisabledSites({ settings, onChange }: DisabledSitesProps) {
  const heading = useRef<HTMLHeadingElement>(null);

  function remove(hostname: string) {
    onChange(withSiteEnabled(settings, hostname));
    // The pressed button disappears with its row: keep keyboard focus in this panel.
    heading.current?.focus();
  }

  return (
    <section class="nc-panel" aria-labelledby="nc-sites-heading">
      <h2 id="nc-sites-heading" ref={heading} tabIndex={-1}>
        Sites where highlighting is off
      </h2>
      {settings.disabledSites.length === 0 ? (
        <p class="nc-hint">None: highlighting runs on every site. Switch it off for a site from the toolbar popup.</p>
      ) : (
        <ul class="nc-rows">
          {settings.disabledSites.map((hostname) => (
            <li key={hostname} class="nc-row">
              <span class="nc-row-main">{hostname}</span>
              <button type="button" class="nc-button" onClick={() => remove(hostname)}>
                Remove<span class="nc-visually-hidden"> {hostname}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
