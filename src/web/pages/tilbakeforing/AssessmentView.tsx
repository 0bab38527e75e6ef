import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { Trakt, Vurdering } from '@/web/api/tilbakeforingTypes';
import { CivilDate } from '@/web/components/CivilDate';
import { EmptyValue } from '@/web/components/EmptyValue';
import { useT } from '@/web/i18n/useT';
import { useDokumentLabels } from '@/web/pages/dokumenter/dokumentLabels';
import { useTilbakeforingLabels } from '@/web/pages/tilbakeforing/useTilbakeforing';

/** A decided assessment (or a draft for a reader who may not change it), read-only. */
export function AssessmentView({ vurdering, trakt }: { vurdering: Vurdering; trakt: Trakt }) {
  const t = useT();
  const dok = useDokumentLabels();
  const labels = useTilbakeforingLabels();
  return (
    <article className="reunification-view">
      <Heading level={3} data-size="sm">
        {vurdering.beslutning ? t('tilbakeforing.visning.tittel') : t('tilbakeforing.visning.utkast')}
      </Heading>
      {vurdering.beslutning && (
        <Card data-color="accent" variant="tinted" className="reunification-view__decision">
          <Heading level={4} data-size="xs">
            {t('tilbakeforing.visning.beslutning')}
          </Heading>
          <div>
            <Tag data-color="info" data-size="md">
              {labels.beslutning(vurdering.beslutning)}
            </Tag>
          </div>
          <Paragraph data-size="sm">
            {t('tilbakeforing.historikk.besluttet')}{' '}
            <CivilDate date={vurdering.besluttetDato} format="long" />
            {vurdering.besluttetAv && <> · {vurdering.besluttetAv.navn}</>}
          </Paragraph>
          <Heading level={5} data-size="2xs">
            {t('tilbakeforing.skjema.begrunnelse')}
          </Heading>
          <Paragraph className="reunification-view__text">{vurdering.begrunnelse}</Paragraph>
        </Card>
      )}
      {trakt.steg.map((s, i) => {
        const svar = vurdering.steg[s.id];
        const valg = s.valg.find((v) => v.verdi === svar?.svar);
        return (
          <section key={s.id} className="doc-section" aria-labelledby={`vis-${vurdering.id}-${s.id}`}>
            <Heading level={4} data-size="xs" id={`vis-${vurdering.id}-${s.id}`}>
              {i + 1}. {dok.tekst(s.tittel)}
            </Heading>
            <dl className="facts">
              <div className="facts__row">
                <dt>{dok.tekst(s.sporsmal)}</dt>
                <dd>{valg ? dok.tekst(valg.etikett) : <EmptyValue />}</dd>
              </div>
              <div className="facts__row">
                <dt>{t('tilbakeforing.visning.grunnlag')}</dt>
                <dd className="reunification-view__text">{svar?.grunnlag || <EmptyValue />}</dd>
              </div>
            </dl>
          </section>
        );
      })}
    </article>
  );
}
