import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { ClockDashedIcon, PencilIcon } from '@navikt/aksel-icons';
import { useId, useRef, useState } from 'react';
import type { RammefortellingDel } from '@/web/api/barnTypes';
import { Timestamp } from '@/web/components/Timestamp';
import { useT } from '@/web/i18n/useT';
import { LifeStoryForm } from '@/web/pages/barn/rammefortelling/LifeStoryForm';
import { LifeStoryHistory } from '@/web/pages/barn/rammefortelling/LifeStoryHistory';

interface Props {
  barnId: string;
  del: RammefortellingDel;
  nummer: number;
  kanEndre: boolean;
}

/** One part of the life story: title, period, text, who wrote it and when; edit and history. */
export function LifeStoryPart({ barnId, del, nummer, kanEndre }: Props) {
  const t = useT();
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const [history, setHistory] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);

  const stop = (didSave: boolean) => {
    setEditing(false);
    setSaved(didSave);
    requestAnimationFrame(() => editButton.current?.focus());
  };

  return (
    <article className="life-story__part" aria-labelledby={headingId}>
      <header className="life-story__head">
        <Heading level={3} data-size="sm" id={headingId}>
          <span className="life-story__number">{t('rammefortelling.del', { nummer })}</span> {del.tittel}
        </Heading>
        {del.periode && <Paragraph className="life-story__period">{del.periode}</Paragraph>}
      </header>
      {editing ? (
        <LifeStoryForm barnId={barnId} del={del} onDone={() => stop(true)} onCancel={() => stop(false)} />
      ) : (
        <>
          <div className="life-story__text prewrap">{del.tekst}</div>
          <Paragraph data-size="sm" className="subtle">
            {t('rammefortelling.skrevetAv', { navn: del.forfatter.navn })} <Timestamp value={del.endret} />
            {del.version > 1 && ` · ${t('rammefortelling.versjon', { versjon: del.version })}`}
          </Paragraph>
          <div className="form-actions">
            {kanEndre && (
              <Button
                ref={editButton}
                type="button"
                variant="tertiary"
                data-size="sm"
                onClick={() => {
                  setSaved(false);
                  setEditing(true);
                }}
              >
                <PencilIcon aria-hidden />
                {t('felles.endre')}
                <span className="ds-sr-only">{` ${del.tittel}`}</span>
              </Button>
            )}
            <Button
              type="button"
              variant="tertiary"
              data-size="sm"
              aria-expanded={history}
              onClick={() => setHistory((open) => !open)}
            >
              <ClockDashedIcon aria-hidden />
              {history ? t('rammefortelling.skjulHistorikk') : t('rammefortelling.visHistorikk')}
              <span className="ds-sr-only">{` ${del.tittel}`}</span>
            </Button>
          </div>
          {history && <LifeStoryHistory delId={del.id} />}
        </>
      )}
      <div aria-live="polite" role="status">
        {saved && <Paragraph className="status-message">{t('felles.lagret')}</Paragraph>}
      </div>
    </article>
  );
}
