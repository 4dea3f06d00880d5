import type { EntityType } from '../../lib/knowledge/schema';
import { TypeIcon } from '../shared/TypeIcon';

const TYPE_ICON_PX = 18;

interface CardHeaderProps {
  type: EntityType;
  /** The dialog's accessible name: the heading's id and text. */
  nameId: string;
  name: string;
  onClose(): void;
  /** A button above the name back to where the card was chosen ("← Clinton: 2 people"). */
  back?: { label: string; onBack(): void };
}

/** The name and close button, kept in view while the card's content scrolls under them. */
export function CardHeader({ type, nameId, name, onClose, back }: CardHeaderProps) {
  return (
    <div class="nc-sticky">
      {back && (
        <button type="button" class="nc-back" onClick={() => back.onBack()}>
          ← {back.label}
        </button>
      )}
      <header class="nc-header">
        <span class="nc-type">
          <TypeIcon type={type} size={TYPE_ICON_PX} />
        </span>
        <h2 class="nc-name" id={nameId}>
          {name}
        </h2>
        <button type="button" class="nc-close" aria-label="Close" onClick={() => onClose()}>
          ×
        </button>
      </header>
    </div>
  );
}

/** Escape anywhere in the card closes it, and stops there: it was meant for the card, not the page's handlers. */
export const closeOnEscape = (onClose: () => void) => (event: KeyboardEvent) => {
  if (event.key !== 'Escape') return;
  event.stopPropagation();
  onClose();
};
