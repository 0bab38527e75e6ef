import { Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { PencilIcon } from '@navikt/aksel-icons';
import { useRef, useState } from 'react';
import type { BarnView } from '@/web/api/barnTypes';
import { EmptyValue } from '@/web/components/EmptyValue';
import { useT } from '@/web/i18n/useT';
import { IdentityForm } from '@/web/pages/barn/oversikt/IdentityForm';

/** Languages, culture and religion: who the child is. Editable by those who may change the case. */
export function IdentitySection({ barn }: { barn: BarnView }) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);

  const stop = (didSave: boolean) => {
    setEditing(false);
    setSaved(didSave);
    // Back to where the user started, once the button is shown again.
    requestAnimationFrame(() => editButton.current?.focus());
  };

  return (
    <Card data-color="neutral" className="info-card" asChild>
      <section aria-labelledby="identitet-overskrift">
        <div className="section-heading">
          <Heading level={3} data-size="sm" id="identitet-overskrift">
            {t('oversikt.identitet.overskrift')}
          </Heading>
          {barn.kanEndre && !editing && (
            <Button
              ref={editButton}
              type="button"
              variant="tertiary"
              data-size="sm"
              data-color="accent"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              <PencilIcon aria-hidden />
              {t('oversikt.identitet.endre')}
            </Button>
          )}
        </div>
        {editing ? (
          <IdentityForm barn={barn} onDone={() => stop(true)} onCancel={() => stop(false)} />
        ) : (
          <dl className="facts">
            <div className="facts__row">
              <dt>{t('barn.skjema.sprak')}</dt>
              <dd>{barn.sprak.length > 0 ? barn.sprak.join(', ') : <EmptyValue />}</dd>
            </div>
            <div className="facts__row">
              <dt>{t('barn.skjema.kultur')}</dt>
              <dd>{barn.kultur ?? <EmptyValue />}</dd>
            </div>
            <div className="facts__row">
              <dt>{t('barn.skjema.religion')}</dt>
              <dd>{barn.religion ?? <EmptyValue />}</dd>
            </div>
          </dl>
        )}
        <div aria-live="polite" role="status">
          {saved && <Paragraph className="status-message">{t('felles.lagret')}</Paragraph>}
        </div>
      </section>
    </Card>
  );
}
