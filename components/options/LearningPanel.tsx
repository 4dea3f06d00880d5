import { useEffect, useState } from 'preact/hooks';
import { listedLearningSites, MAX_LEARNED_LIMIT, MIN_LEARNED_LIMIT, type Settings } from '../../lib/settings';
import { countLabel } from '../shared/countLabel';
import { formatDay } from '../shared/format';
import { Switch } from '../shared/Switch';
import { sourceLabel } from '../shared/sourceLabel';
import { NumberField } from './NumberField';
import type { SourceSummary } from './types';

/** The newest learned articles listed before "Show all". */
const RECENT_SHOWN = 20;

interface LearningPanelProps {
  settings: Settings;
  sources: SourceSummary[] | null;
  onChange(next: Settings): void;
  /** Turning a site on asks the browser for access from this click. */
  onSiteLearning(site: string, on: boolean): void;
  onForgetSite(site: string): void;
  onRemoveSource(id: string): void;
}

const parseLimit = (text: string): number | null => {
  const value = Number(text.trim());
  return text.trim() && Number.isInteger(value) && value >= MIN_LEARNED_LIMIT && value <= MAX_LEARNED_LIMIT
    ? value
    : null;
};

/** Sites that learn (a switch and "Forget what was learned here" each), the limit, and what was learned lately. */
export function LearningPanel(props: LearningPanelProps) {
  const { settings, sources } = props;
  const learned = (sources ?? [])
    .filter((source) => source.learnedFrom)
    .sort((a, b) => (b.addedAt ?? '').localeCompare(a.addedAt ?? ''));
  const learnedCount = new Map<string, number>();
  for (const source of learned) learnedCount.set(source.learnedFrom!, (learnedCount.get(source.learnedFrom!) ?? 0) + 1);
  const sites = listedLearningSites(settings.learningSites, learned);
  const [showAll, setShowAll] = useState(false);
  const [limitText, setLimitText] = useState(String(settings.learnedLimit));
  useEffect(() => setLimitText(String(settings.learnedLimit)), [settings.learnedLimit]);
  const limitInvalid = parseLimit(limitText) === null;

  function typeLimit(text: string) {
    setLimitText(text);
    const limit = parseLimit(text);
    if (limit !== null && limit !== settings.learnedLimit) props.onChange({ ...settings, learnedLimit: limit });
  }

  return (
    <section class="nc-panel" aria-labelledby="nc-learning-heading">
      <h2 id="nc-learning-heading">Learning from sites</h2>
      <p class="nc-hint">
        Off everywhere until you turn it on for a site from the toolbar popup. On those sites, an article you stay on
        for a few seconds becomes a source, kept on this device only.
      </p>
      {sites.length === 0 ? (
        <p class="nc-hint">No site learns yet.</p>
      ) : (
        <ul class="nc-rows" aria-label="Sites that learn">
          {sites.map((site) => (
            <li key={site} class="nc-row">
              <span class="nc-row-main">
                <Switch
                  label={
                    <>
                      {site}
                      <span class="nc-visually-hidden"> learns</span>
                    </>
                  }
                  checked={settings.learningSites.includes(site)}
                  onChange={(on) => props.onSiteLearning(site, on)}
                />
                <span class="nc-hint"> {countLabel(learnedCount.get(site) ?? 0, 'article')} learned</span>
              </span>
              {(learnedCount.get(site) ?? 0) > 0 && (
                <button type="button" class="nc-button" onClick={() => props.onForgetSite(site)}>
                  Forget what was learned here<span class="nc-visually-hidden"> ({site})</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}

      <NumberField
        id="nc-learned-limit"
        label="Learned articles kept"
        min={MIN_LEARNED_LIMIT}
        max={MAX_LEARNED_LIMIT}
        text={limitText}
        invalid={limitInvalid}
        hint={
          limitInvalid
            ? `Enter a whole number from ${MIN_LEARNED_LIMIT} to ${MAX_LEARNED_LIMIT.toLocaleString('en')}.`
            : 'Past this, the oldest learned article goes first. Articles you added yourself are never removed.'
        }
        onInput={typeLimit}
      />

      <h3 id="nc-recent-heading">Recently learned</h3>
      {sources === null ? (
        <p class="nc-hint">Loading…</p>
      ) : learned.length === 0 ? (
        <p class="nc-hint">Nothing learned yet.</p>
      ) : (
        <ul class="nc-rows" aria-labelledby="nc-recent-heading">
          {(showAll ? learned : learned.slice(0, RECENT_SHOWN)).map((source) => (
            <li key={source.id} class="nc-row">
              <span class="nc-row-main">
                {sourceLabel(source)}
                <span class="nc-hint">
                  {' '}
                  · {source.siteName ?? source.learnedFrom}
                  {source.date ? ` · ${formatDay(source.date)}` : ''}
                </span>
              </span>
              <button type="button" class="nc-button" onClick={() => props.onRemoveSource(source.id)}>
                Remove<span class="nc-visually-hidden"> {sourceLabel(source)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {!showAll && learned.length > RECENT_SHOWN && (
        <button type="button" class="nc-button" onClick={() => setShowAll(true)}>
          Show all {learned.length.toLocaleString('en')}
        </button>
      )}
    </section>
  );
}
