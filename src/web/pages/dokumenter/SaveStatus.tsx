import { Button } from '@digdir/designsystemet-react';
import { CheckmarkIcon, CloudSlashIcon, ExclamationmarkTriangleIcon } from '@navikt/aksel-icons';
import { useIntl } from 'react-intl';
import { TIME_ZONE } from '@/web/i18n/locale';
import { useT } from '@/web/i18n/useT';
import type { SaveState } from '@/web/pages/dokumenter/useAutosave';

interface Props {
  state: SaveState;
  online: boolean;
  /** Save now (after a failure, or after fetching the latest version in a conflict). */
  onSave: () => void;
}

/**
 * Where the draft stands: "Lagret kl. 14:32", "Lagrer …", or why it is not saved and that the
 * changes are kept in the browser. A polite live region, so it is heard without interrupting.
 */
export function SaveStatus({ state, online, onSave }: Props) {
  const t = useT();
  const intl = useIntl();
  const kl = state.sistLagret
    ? intl.formatTime(state.sistLagret, { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE })
    : null;
  const kept = state.lokalKopi ? t('dokument.lagring.taVare') : t('dokument.lagring.ikkeTattVare');

  let tone: 'ok' | 'warning' | 'danger' = 'ok';
  let text: string;
  let retry = false;
  switch (state.kind) {
    case 'lagrer':
      text = t('dokument.lagring.lagrer');
      break;
    case 'frakoblet':
      tone = 'warning';
      text = `${t('dokument.lagring.frakoblet')} ${kept}`;
      break;
    case 'konflikt':
      tone = 'danger';
      text = t('dokument.lagring.konflikt');
      break;
    case 'last':
      tone = 'danger';
      text = `${t('dokument.lagring.last')} ${kept}`;
      break;
    case 'feil':
      tone = 'danger';
      text = `${t('dokument.lagring.feil', { melding: state.melding ?? '' })} ${kept}`;
      retry = true;
      break;
    default:
      if (!online) {
        tone = 'warning';
        text = t('dokument.lagring.frakobletUtenEndringer');
      } else {
        text = kl ? t('dokument.lagring.lagret', { kl }) : t('dokument.lagring.automatisk');
      }
  }
  if (state.kind === 'endret' && !online) {
    tone = 'warning';
    text = `${t('dokument.lagring.frakoblet')} ${kept}`;
  }
  const Icon =
    tone === 'ok' ? CheckmarkIcon : tone === 'warning' ? CloudSlashIcon : ExclamationmarkTriangleIcon;

  return (
    <div className="doc-save-status" data-tone={tone}>
      <p role="status" aria-live="polite" aria-atomic="true" className="doc-save-status__text">
        <Icon aria-hidden className="doc-save-status__icon" />
        <span>{text}</span>
      </p>
      {(retry || state.kind === 'endret') && online && (
        <Button type="button" variant="tertiary" data-size="sm" onClick={onSave}>
          {retry ? t('felles.provIgjen') : t('dokument.lagring.lagreNa')}
        </Button>
      )}
    </div>
  );
}
