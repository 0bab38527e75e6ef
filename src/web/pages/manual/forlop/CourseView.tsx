import { Alert, Button, Details, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { listReviews } from '@/web/api/listReviews';
import type { ForlopId, Forlopsfase, Forlopspunkt } from '@/web/api/manualTypes';
import { queryKeys } from '@/web/api/queryKeys';
import { setCoursePhase } from '@/web/api/setCoursePhase';
import { CivilDate } from '@/web/components/CivilDate';
import { FormDialog } from '@/web/components/FormDialog';
import { PageSpinner } from '@/web/components/PageSpinner';
import { problemMessage } from '@/web/components/problemMessage';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { useT } from '@/web/i18n/useT';
import type { PunktAvtale } from '@/web/pages/manual/forlop/CoursePoint';
import { CourseSteps } from '@/web/pages/manual/forlop/CourseSteps';
import { MarkDoneForm } from '@/web/pages/manual/forlop/MarkDoneForm';
import { PhaseChecklist } from '@/web/pages/manual/forlop/PhaseChecklist';
import { PhaseForm } from '@/web/pages/manual/forlop/PhaseForm';
import { useManualLabels } from '@/web/pages/manual/manualLabels';
import { courseQuery, useRefreshCourse } from '@/web/pages/manual/useManualQueries';
import '@/web/pages/manual/manual.css';

interface Props {
  forlop: ForlopId;
  entitetId: string;
  /** The worker may change the case (not when it is open read-only for a stated purpose). */
  kanEndre: boolean;
  /** The child's contact person: what their reviews agreed about this child is shown at the points. */
  kontaktpersonId?: string | null;
}

type Message =
  | 'forlop.melding.utfort'
  | 'forlop.melding.angret'
  | 'forlop.melding.fase'
  | 'forlop.melding.fakta';

const done = (fase: Forlopsfase) => fase.punkter.filter((punkt) => punkt.status === 'utfort').length;

/**
 * The manual's phase overview for one child or foster home: the six phases before, during and
 * after the placement with the current one marked; the current phase (since when, derived from
 * the facts or set by hand) and its points as a checklist by level; earlier phases folded with
 * how much was done; coming phases as a preview.
 */
export function CourseView({ forlop, entitetId, kanEndre, kontaktpersonId }: Props) {
  const t = useT();
  const labels = useManualLabels();
  const query = useQuery(courseQuery(forlop, entitetId));
  const refresh = useRefreshCourse(forlop, entitetId);
  const reviews = useQuery({
    queryKey: queryKeys.reviewList(kontaktpersonId ?? null),
    queryFn: () => listReviews(kontaktpersonId ?? undefined),
    enabled: forlop === 'barn' && Boolean(kontaktpersonId),
  });
  const [marking, setMarking] = useState<Forlopspunkt | null>(null);
  const [changingPhase, setChangingPhase] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [resetting, setResetting] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);

  // The newest agreement per point, from the contact person's reviews (newest first).
  const avtaler = useMemo(() => {
    const map = new Map<string, PunktAvtale>();
    for (const review of reviews.data?.items ?? []) {
      for (const a of review.avtaler) {
        if (a.barn.id === entitetId && !map.has(a.punktId))
          map.set(a.punktId, { dato: review.dato, avtale: a.avtale, frist: a.frist });
      }
    }
    return map;
  }, [reviews.data, entitetId]);

  const finish = async (next: Message) => {
    setMarking(null);
    setChangingPhase(false);
    setError(null);
    await refresh();
    setMessage(next);
    // The button pressed may be gone (a point now done): focus goes to the message.
    requestAnimationFrame(() => statusRef.current?.focus());
  };

  const followFacts = async () => {
    setResetting(true);
    setMessage(null);
    setError(null);
    try {
      await setCoursePhase(forlop, entitetId, { fase: null });
      await finish('forlop.melding.fakta');
    } catch (e) {
      setError(problemMessage(e, t));
    } finally {
      setResetting(false);
    }
  };

  const course = query.data;
  const na = course?.faser.find((fase) => fase.status === 'na');
  const tidligere = course?.faser.filter((fase) => fase.status === 'tidligere') ?? [];
  const kommende = course?.faser.filter((fase) => fase.status === 'kommende') ?? [];

  return (
    <div className="tab-content course-view">
      <div className="section-heading">
        <Heading level={2} data-size="md">
          {t('forlop.overskrift')}
        </Heading>
        <Link asChild>
          <RouterLink to={forlop === 'barn' ? '/manual' : '/manual?forlop=fosterhjem'}>
            {t('forlop.lesManualen')}
          </RouterLink>
        </Link>
      </div>
      <Paragraph className="course-view__lead">
        {forlop === 'barn' ? t('forlop.ingress.barn') : t('forlop.ingress.fosterhjem')}
      </Paragraph>

      <div aria-live="polite" role="status" ref={statusRef} tabIndex={-1} className="course-view__status">
        {message && (
          <Alert data-color="success">
            <Paragraph>{t(message)}</Paragraph>
          </Alert>
        )}
      </div>

      {query.isPending && <PageSpinner />}
      {query.isError && <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} level={3} />}
      {course && (
        <>
          <CourseSteps faser={course.faser} label={t('forlop.steg.etikett')} />

          {na && (
            <section className="current-phase" aria-labelledby="fase-na-overskrift">
              <Heading level={3} data-size="sm" id="fase-na-overskrift">
                <span className="current-phase__eyebrow">{t('forlop.na.etikett')}</span>{' '}
                {labels.tekst(na.tittel)}
              </Heading>
              <dl className="point-facts">
                <div>
                  <dt>{t('forlop.na.siden')}</dt>
                  <dd>
                    <CivilDate date={course.fase.fra} format="long" />
                  </dd>
                </div>
                <div>
                  <dt>{t('forlop.na.kilde')}</dt>
                  <dd>
                    {course.fase.kilde === 'manuell'
                      ? t('forlop.na.kilde.manuell')
                      : t('forlop.na.kilde.beregnet')}
                  </dd>
                </div>
                {course.fase.kilde === 'manuell' && course.fase.begrunnelse && (
                  <div>
                    <dt>{t('forlop.na.begrunnelse')}</dt>
                    <dd className="prewrap">{course.fase.begrunnelse}</dd>
                  </div>
                )}
                {course.fase.kilde === 'manuell' && course.fase.beregnet !== course.fase.id && (
                  <div>
                    <dt>{t('forlop.na.fakta')}</dt>
                    <dd>{labels.fase(course.fase.beregnet)}</dd>
                  </div>
                )}
                <div>
                  <dt>{t('forlop.na.punkter')}</dt>
                  <dd>{t('forlop.na.antallUtfort', { antall: done(na), total: na.punkter.length })}</dd>
                </div>
              </dl>
              <Paragraph className="prewrap">{labels.tekst(na.beskrivelse)}</Paragraph>
              {kanEndre && (
                <div className="form-actions">
                  <Button type="button" variant="secondary" onClick={() => setChangingPhase(true)}>
                    {t('forlop.endreFase')}
                  </Button>
                  {course.fase.kilde === 'manuell' && (
                    <Button type="button" variant="tertiary" loading={resetting} onClick={followFacts}>
                      {t('forlop.folgFakta')}
                    </Button>
                  )}
                </div>
              )}
              {error && (
                <Alert data-color="danger" role="alert">
                  <Paragraph>{error}</Paragraph>
                </Alert>
              )}
            </section>
          )}

          {na && (
            <section className="course-view__section" aria-labelledby="fase-na-punkter">
              <Heading level={3} data-size="sm" id="fase-na-punkter">
                {t('forlop.punkter.overskrift', { fase: labels.fase(na.id) })}
              </Heading>
              <PhaseChecklist
                forlop={forlop}
                entitetId={entitetId}
                fase={na}
                mode="na"
                headingLevel={4}
                kanEndre={kanEndre}
                avtaler={avtaler}
                onMark={setMarking}
                onUndone={() => finish('forlop.melding.angret')}
              />
            </section>
          )}

          {tidligere.length > 0 && (
            <section className="course-view__section" aria-labelledby="faser-tidligere">
              <Heading level={3} data-size="sm" id="faser-tidligere">
                {t('forlop.tidligere.overskrift')}
              </Heading>
              {tidligere.map((fase) => (
                <Details key={fase.id} className="phase-details">
                  <Details.Summary>
                    {t('forlop.tidligere.fase', {
                      fase: labels.fase(fase.id),
                      antall: done(fase),
                      total: fase.punkter.length,
                    })}
                  </Details.Summary>
                  <Details.Content>
                    <PhaseChecklist
                      forlop={forlop}
                      entitetId={entitetId}
                      fase={fase}
                      mode="tidligere"
                      headingLevel={4}
                      kanEndre={kanEndre}
                      avtaler={avtaler}
                      onMark={setMarking}
                      onUndone={() => finish('forlop.melding.angret')}
                    />
                  </Details.Content>
                </Details>
              ))}
            </section>
          )}

          {kommende.length > 0 && (
            <section className="course-view__section" aria-labelledby="faser-kommende">
              <Heading level={3} data-size="sm" id="faser-kommende">
                {t('forlop.kommende.overskrift')}
              </Heading>
              {kommende.map((fase) => (
                <Details key={fase.id} className="phase-details">
                  <Details.Summary>
                    {t('forlop.kommende.fase', { fase: labels.fase(fase.id), antall: fase.punkter.length })}
                  </Details.Summary>
                  <Details.Content>
                    <Paragraph className="prewrap">{labels.tekst(fase.beskrivelse)}</Paragraph>
                    <PhaseChecklist
                      forlop={forlop}
                      entitetId={entitetId}
                      fase={fase}
                      mode="kommende"
                      headingLevel={4}
                      kanEndre={false}
                      avtaler={avtaler}
                      onMark={setMarking}
                      onUndone={() => finish('forlop.melding.angret')}
                    />
                  </Details.Content>
                </Details>
              ))}
            </section>
          )}

          <FormDialog
            open={changingPhase}
            onClose={() => setChangingPhase(false)}
            title={t('forlop.endreFase')}
          >
            <PhaseForm
              forlop={forlop}
              course={course}
              onDone={() => finish('forlop.melding.fase')}
              onCancel={() => setChangingPhase(false)}
            />
          </FormDialog>
        </>
      )}

      <FormDialog open={marking !== null} onClose={() => setMarking(null)} title={t('forlop.marker')}>
        {marking && (
          <MarkDoneForm
            forlop={forlop}
            entitetId={entitetId}
            punkt={marking}
            onDone={() => finish('forlop.melding.utfort')}
            onCancel={() => setMarking(null)}
          />
        )}
      </FormDialog>
    </div>
  );
}
