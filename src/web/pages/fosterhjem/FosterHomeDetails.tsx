import { Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { PencilIcon } from '@navikt/aksel-icons';
import { useRef, useState } from 'react';
import type { FosterhjemView } from '@/web/api/fosterhjemTypes';
import { CivilDate } from '@/web/components/CivilDate';
import { EmptyValue } from '@/web/components/EmptyValue';
import { kommunenavn } from '@/web/i18n/kommuner';
import { useT } from '@/web/i18n/useT';
import { FosterHomeDetailsForm } from '@/web/pages/fosterhjem/FosterHomeDetailsForm';

/** Address, municipality and approval; editable with version conflict handling. */
export function FosterHomeDetails({ hjem }: { hjem: FosterhjemView }) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const stop = (didSave: boolean) => {
    setEditing(false);
    setSaved(didSave);
    requestAnimationFrame(() => editButton.current?.focus());
  };
  const kommune = hjem.kommunenummer ? (kommunenavn(hjem.kommunenummer) ?? hjem.kommunenummer) : null;
  const post = [hjem.postnummer, hjem.poststed].filter(Boolean).join(' ');

  return (
    <Card data-color="neutral" className="info-card" asChild>
      <section aria-labelledby="hjem-detaljer-overskrift">
        <div className="section-heading">
          <Heading level={2} data-size="sm" id="hjem-detaljer-overskrift">
            {t('fosterhjem.side.detaljer')}
          </Heading>
          {hjem.kanEndre && !editing && (
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
              {t('felles.endre')}
            </Button>
          )}
        </div>
        {editing ? (
          <FosterHomeDetailsForm hjem={hjem} onDone={() => stop(true)} onCancel={() => stop(false)} />
        ) : (
          <dl className="facts">
            <div className="facts__row">
              <dt>{t('fosterhjem.felt.adresse')}</dt>
              <dd>
                {hjem.adresse || post ? (
                  <span className="stacked">
                    {hjem.adresse && <span>{hjem.adresse}</span>}
                    {post && <span>{post}</span>}
                  </span>
                ) : (
                  <EmptyValue />
                )}
              </dd>
            </div>
            <div className="facts__row">
              <dt>{t('fosterhjem.kolonne.kommune')}</dt>
              <dd>{kommune ?? <EmptyValue />}</dd>
            </div>
            <div className="facts__row">
              <dt>{t('fosterhjem.felt.godkjentDato')}</dt>
              <dd>
                <CivilDate date={hjem.godkjentDato} format="long" />
              </dd>
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
