import { Alert, Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import type { FamilieOppfolging } from '@/web/api/fosterfamilieTypes';
import type { FosterhjemView } from '@/web/api/fosterhjemTypes';
import { CivilDate } from '@/web/components/CivilDate';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { osloToday } from '@/web/i18n/dates';
import { useT } from '@/web/i18n/useT';
import { useDokumentLabels } from '@/web/pages/dokumenter/dokumentLabels';
import { familyFollowUpQuery } from '@/web/pages/fosterhjem/fosterfamilieQueries';
import { StartDocumentButton } from '@/web/pages/fosterhjem/StartDocumentButton';

/** The last time something was done and when it is next due; overdue is marked. */
function Frister({ sist, nesteFrist }: { sist: string | null; nesteFrist: string | null }) {
  const t = useT();
  const overdue = nesteFrist !== null && nesteFrist < osloToday();
  return (
    <dl className="facts">
      <div className="facts__row">
        <dt>{t('fosterfamilie.sist')}</dt>
        <dd>{sist ? <CivilDate date={sist} /> : t('fosterfamilie.ikkeRegistrert')}</dd>
      </div>
      <div className="facts__row">
        <dt>{t('fosterfamilie.nesteFrist')}</dt>
        <dd>
          {nesteFrist ? (
            <span className="stacked">
              <CivilDate date={nesteFrist} />
              {overdue && (
                <Tag data-color="danger" data-size="sm" className="nowrap">
                  {t('fosterfamilie.forfalt')}
                </Tag>
              )}
            </span>
          ) : (
            t('fosterfamilie.ingenFrist')
          )}
        </dd>
      </div>
    </dl>
  );
}

/** The family's own children with their age, and the yearly conversation with them (seeds/002). */
function OwnChildren({ hjem, data }: { hjem: FosterhjemView; data: FamilieOppfolging }) {
  const t = useT();
  return (
    <Card data-color="neutral" className="info-card" asChild>
      <section aria-labelledby="hjem-egne-barn-overskrift">
        <Heading level={2} data-size="sm" id="hjem-egne-barn-overskrift">
          {t('fosterfamilie.egneBarn.overskrift')}
        </Heading>
        <Paragraph data-size="sm" className="subtle">
          {t('fosterfamilie.egneBarn.ingress')}
        </Paragraph>
        {data.egneBarn.length === 0 ? (
          <Paragraph>{t('fosterfamilie.egneBarn.ingen')}</Paragraph>
        ) : (
          <>
            <ul className="plain-list">
              {data.egneBarn.map((b) => (
                <li key={b.id}>
                  {b.fornavn} {b.etternavn}
                  {b.alder !== null && (
                    <span className="subtle"> {t('husstand.alder', { antall: b.alder })}</span>
                  )}
                </li>
              ))}
            </ul>
            <Heading level={3} data-size="2xs">
              {t('fosterfamilie.egneBarn.samtale')}
            </Heading>
            <Frister {...data.samtale} />
            {hjem.kanEndre && (
              <StartDocumentButton
                fosterhjemId={hjem.id}
                malId="samtale_ovrige_barn"
                label={t('fosterfamilie.egneBarn.skrivSamtale')}
              />
            )}
          </>
        )}
      </section>
    </Card>
  );
}

/** The annual evaluation with the foster parents (local practice; the årshjul gives the deadline). */
function AnnualEvaluation({ hjem, data }: { hjem: FosterhjemView; data: FamilieOppfolging }) {
  const t = useT();
  return (
    <Card data-color="neutral" className="info-card" asChild>
      <section aria-labelledby="hjem-evaluering-overskrift">
        <Heading level={2} data-size="sm" id="hjem-evaluering-overskrift">
          {t('fosterfamilie.evaluering.overskrift')}
        </Heading>
        <Paragraph data-size="sm" className="subtle">
          {t('fosterfamilie.evaluering.ingress')}
        </Paragraph>
        <Frister {...data.evaluering} />
        {hjem.kanEndre && (
          <StartDocumentButton
            fosterhjemId={hjem.id}
            malId="arlig_evaluering_fosterforeldre"
            label={t('fosterfamilie.evaluering.skriv')}
          />
        )}
      </section>
    </Card>
  );
}

/** The differentiated follow-up of a kinship or network home (content/fosterhjem/slekt_nettverk.yaml). */
function KinshipTrack({ spor }: { spor: NonNullable<FamilieOppfolging['slektNettverk']> }) {
  const labels = useDokumentLabels();
  return (
    <Alert data-color="info" className="kinship-track">
      <Heading level={2} data-size="xs">
        {labels.tekst(spor.tittel)}
      </Heading>
      <Paragraph>{labels.tekst(spor.ingress)}</Paragraph>
      <ul>
        {spor.punkter.map((p) => (
          <li key={p.id}>
            <strong>{labels.tekst(p.tittel)}.</strong> {labels.tekst(p.tekst)}
          </li>
        ))}
      </ul>
    </Alert>
  );
}

/**
 * The foster family beyond the programme: the kinship track when it applies, the family's own
 * children and the conversation with them, and the annual evaluation.
 */
export function FamilyFollowUpSection({ hjem }: { hjem: FosterhjemView }) {
  const query = useQuery(familyFollowUpQuery(hjem.id));
  if (query.isPending) return <PageSpinner />;
  if (query.isError) return <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} level={2} />;
  return (
    <>
      {query.data.slektNettverk && (
        <div className="overview-grid__wide">
          <KinshipTrack spor={query.data.slektNettverk} />
        </div>
      )}
      <OwnChildren hjem={hjem} data={query.data} />
      <AnnualEvaluation hjem={hjem} data={query.data} />
    </>
  );
}
