import { Button, Heading } from '@digdir/designsystemet-react';
import { PencilIcon } from '@navikt/aksel-icons';
import type { Pipeline, SakDetail } from '@/web/api/rekrutteringTypes';
import { CivilDate } from '@/web/components/CivilDate';
import { EmptyValue } from '@/web/components/EmptyValue';
import { useT } from '@/web/i18n/useT';
import { useRekrutteringLabels } from '@/web/pages/rekruttering/rekrutteringLabels';

/** The family's details as registered, with a button to change them for those who work the case. */
export function SakDetaljer({
  sak,
  pipeline,
  onEdit,
}: {
  sak: SakDetail;
  pipeline: Pipeline;
  onEdit?: () => void;
}) {
  const t = useT();
  const l = useRekrutteringLabels(pipeline);
  const verdi = (v: string | null) => v || <EmptyValue />;
  return (
    <section className="rek-section" aria-labelledby="rek-detaljer">
      <div className="page-heading">
        <Heading level={2} data-size="md" id="rek-detaljer">
          {t('rekruttering.detaljer.tittel')}
        </Heading>
        {onEdit && (
          <Button variant="secondary" data-size="sm" onClick={onEdit}>
            <PencilIcon aria-hidden />
            {t('rekruttering.sak.endre')}
          </Button>
        )}
      </div>
      <dl className="rek-meta">
        <dt>{t('rekruttering.felt.ansvarlig')}</dt>
        <dd>{sak.ansvarlig ? l.person(sak.ansvarlig, sak.eier) : <EmptyValue />}</dd>
        <dt>{t('rekruttering.felt.forsteKontakt')}</dt>
        <dd>
          <CivilDate date={sak.forsteKontakt} />
        </dd>
        <dt>{t('rekruttering.felt.kilde')}</dt>
        <dd>
          {l.kilde(sak.kilde)}
          {sak.kildeDetalj && <> ({sak.kildeDetalj})</>}
        </dd>
        <dt>{t('rekruttering.felt.hjemtyper')}</dt>
        <dd>{sak.hjemtyper.map((h) => l.hjemtype(h)).join(', ')}</dd>
        {sak.voksne.map((v, i) => (
          <div
            key={`${v.fornavn} ${v.etternavn} ${v.fodselsdato ?? ''}`}
            className="rek-meta__row"
            style={{ display: 'contents' }}
          >
            <dt>{t('rekruttering.felt.voksen', { nummer: i + 1 })}</dt>
            <dd>
              {v.fornavn} {v.etternavn}
              {v.fodselsdato && (
                <>
                  {' · '}
                  <CivilDate date={v.fodselsdato} />
                </>
              )}
              {v.telefon && <> · {v.telefon}</>}
              {v.epost && <> · {v.epost}</>}
            </dd>
          </div>
        ))}
        <dt>{t('rekruttering.felt.egneBarn')}</dt>
        <dd>{sak.egneBarn}</dd>
        <dt>{t('rekruttering.felt.adresse')}</dt>
        <dd>
          {verdi(
            [sak.adresse, [sak.postnummer, sak.poststed].filter(Boolean).join(' ')]
              .filter(Boolean)
              .join(', '),
          )}
        </dd>
      </dl>
    </section>
  );
}
