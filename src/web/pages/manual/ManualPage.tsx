import { Alert, Button, Heading, Link, Paragraph, ToggleGroup } from '@digdir/designsystemet-react';
import { PlusIcon } from '@navikt/aksel-icons';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { listTemplates } from '@/web/api/listTemplates';
import type { ForlopId, ManualPunkt } from '@/web/api/manualTypes';
import { queryKeys } from '@/web/api/queryKeys';
import { harTillatelse, Tillatelse } from '@/web/auth/permissions';
import { useMe } from '@/web/auth/useMe';
import { FormDialog } from '@/web/components/FormDialog';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { usePageTitle } from '@/web/components/usePageTitle';
import type { MessageId } from '@/web/i18n/messages';
import { useT } from '@/web/i18n/useT';
import { AdaptPointForm } from '@/web/pages/manual/AdaptPointForm';
import { BaseChanges } from '@/web/pages/manual/BaseChanges';
import { CourseSteps } from '@/web/pages/manual/forlop/CourseSteps';
import { LocalPointForm } from '@/web/pages/manual/LocalPointForm';
import { ManualPoint, type PointAction } from '@/web/pages/manual/ManualPoint';
import { useManualLabels } from '@/web/pages/manual/manualLabels';
import { PointHistory } from '@/web/pages/manual/PointHistory';
import { ResetPointConfirm } from '@/web/pages/manual/ResetPointConfirm';
import { manualQuery } from '@/web/pages/manual/useManualQueries';
import '@/web/pages/manual/manual.css';

/** Roles that go through the manual's points with each contact person. */
export const GJENNOMGANG_ROLLER: readonly string[] = ['teamleder', 'leder'];

const DIALOG_TITLE: Record<PointAction, MessageId> = {
  endre: 'manual.endre.tittel',
  historikk: 'manual.historikk.tittel',
  tilbake: 'manual.tilbake',
};

/**
 * `/manual` — the user manual as the service has it, for the child's course and the foster
 * home's (switch), phase by phase; the service's own wording and its own points are marked.
 * The head of service adapts it here: a point's wording in bokmål and nynorsk, back to the
 * shared text, local points, the history, and changes in the shared manual to take in.
 */
export function ManualPage() {
  const t = useT();
  const me = useMe();
  const labels = useManualLabels();
  usePageTitle(t('manual.tittel'));
  const [searchParams, setSearchParams] = useSearchParams();
  const forlop: ForlopId = searchParams.get('forlop') === 'fosterhjem' ? 'fosterhjem' : 'barn';
  const kanTilpasse = harTillatelse(me, Tillatelse.manualAdapt);
  const query = useQuery(manualQuery(forlop));
  const maler = useQuery({ queryKey: queryKeys.templates, queryFn: listTemplates, staleTime: 5 * 60_000 });
  const [open, setOpen] = useState<{ punkt: ManualPunkt; action: PointAction } | null>(null);
  const [adding, setAdding] = useState(false);
  const [message, setMessage] = useState<MessageId | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  const malTittel = (id: string) => {
    const mal = maler.data?.items.find((item) => item.id === id);
    return mal ? labels.tekst(mal.tittel) : id;
  };
  const setForlop = (value: string) => {
    const next = new URLSearchParams(searchParams);
    if (value === 'fosterhjem') next.set('forlop', 'fosterhjem');
    else next.delete('forlop');
    setSearchParams(next, { replace: true });
    setMessage(null);
  };
  const finish = (next: MessageId) => {
    setOpen(null);
    setAdding(false);
    setMessage(next);
    requestAnimationFrame(() => statusRef.current?.focus());
  };

  const manual = query.data;
  const endret = manual?.faser.flatMap((fase) => fase.punkter).filter((punkt) => punkt.basisEndret) ?? [];

  return (
    <div className="page manual-page">
      <div className="page-heading">
        <Heading level={1} data-size="lg">
          {t('manual.tittel')}
        </Heading>
        <ul className="manual-page__links">
          {GJENNOMGANG_ROLLER.includes(me.rolle) && (
            <li>
              <Link asChild>
                <RouterLink to="/gjennomgang">{t('gjennomgang.tittel')}</RouterLink>
              </Link>
            </li>
          )}
          {me.rolle === 'kontaktperson' && (
            <li>
              <Link asChild>
                <RouterLink to="/gjennomgang">{t('gjennomgang.mine.tittel')}</RouterLink>
              </Link>
            </li>
          )}
        </ul>
      </div>
      <Paragraph className="page__lead">{t('manual.ingress')}</Paragraph>

      <ToggleGroup
        data-toggle-group={t('manual.velgForlop')}
        value={forlop}
        onChange={setForlop}
        data-size="sm"
        className="manual-page__switch"
      >
        <ToggleGroup.Item value="barn">{t('manual.velgForlop.barn')}</ToggleGroup.Item>
        <ToggleGroup.Item value="fosterhjem">{t('manual.velgForlop.fosterhjem')}</ToggleGroup.Item>
      </ToggleGroup>

      <div aria-live="polite" role="status" ref={statusRef} tabIndex={-1} className="course-view__status">
        {message && (
          <Alert data-color="success">
            <Paragraph>{t(message)}</Paragraph>
          </Alert>
        )}
      </div>

      {query.isPending && <PageSpinner />}
      {query.isError && <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} />}
      {manual && (
        <>
          <section className="manual-intro" aria-labelledby="manual-forlop-tittel">
            <Heading level={2} data-size="md" id="manual-forlop-tittel">
              {labels.tekst(manual.tittel)}
            </Heading>
            <Paragraph className="prewrap">{labels.tekst(manual.innledning)}</Paragraph>
            <nav aria-labelledby="manual-faser-etikett" className="manual-toc">
              <Paragraph id="manual-faser-etikett" data-size="sm" className="manual-toc__label">
                {t('manual.faser.etikett')}
              </Paragraph>
              <CourseSteps
                faser={manual.faser}
                label={t('manual.faser.etikett')}
                hrefFor={(id) => `#fase-${id}`}
              />
            </nav>
            {kanTilpasse && (
              <div className="form-actions">
                <Button type="button" variant="secondary" onClick={() => setAdding(true)}>
                  <PlusIcon aria-hidden />
                  {t('manual.lokalt.knapp')}
                </Button>
              </div>
            )}
          </section>

          {kanTilpasse && (
            <BaseChanges
              forlop={forlop}
              punkter={endret}
              onDone={(folgBasis) => finish(folgBasis ? 'manual.melding.folg' : 'manual.melding.behold')}
            />
          )}

          {manual.faser.map((fase, index) => (
            <section
              key={fase.id}
              id={`fase-${fase.id}`}
              className="manual-phase"
              aria-labelledby={`fase-${fase.id}-tittel`}
              tabIndex={-1}
            >
              <div className="manual-phase__head">
                <span className="current-phase__eyebrow">
                  {t('manual.fase.nummer', { nummer: index + 1, tekst: labels.del(fase.del) })}
                </span>
                <Heading level={2} data-size="sm" id={`fase-${fase.id}-tittel`}>
                  {labels.tekst(fase.tittel)}
                </Heading>
              </div>
              <Paragraph className="prewrap manual-phase__text">{labels.tekst(fase.beskrivelse)}</Paragraph>
              <ul className="checklist__points">
                {fase.punkter.map((punkt) => (
                  <ManualPoint
                    key={punkt.id}
                    punkt={punkt}
                    malTittel={malTittel}
                    kanTilpasse={kanTilpasse}
                    onAction={(p, action) => {
                      setMessage(null);
                      setOpen({ punkt: p, action });
                    }}
                  />
                ))}
              </ul>
            </section>
          ))}

          <FormDialog open={adding} onClose={() => setAdding(false)} title={t('manual.lokalt.knapp')}>
            <LocalPointForm
              forlop={forlop}
              manual={manual}
              onDone={() => finish('manual.melding.lokalt')}
              onCancel={() => setAdding(false)}
            />
          </FormDialog>
        </>
      )}

      <FormDialog
        open={open !== null}
        onClose={() => setOpen(null)}
        title={
          open
            ? t(open.punkt.lokal && open.action === 'tilbake' ? 'manual.fjern' : DIALOG_TITLE[open.action])
            : ''
        }
      >
        {open?.action === 'endre' && (
          <AdaptPointForm
            forlop={forlop}
            punkt={open.punkt}
            onDone={(result) =>
              finish(result === 'felles' ? 'manual.melding.tilbake' : 'manual.melding.tilpasset')
            }
            onCancel={() => setOpen(null)}
          />
        )}
        {open?.action === 'historikk' && (
          <PointHistory forlop={forlop} punkt={open.punkt} onClose={() => setOpen(null)} />
        )}
        {open?.action === 'tilbake' && (
          <ResetPointConfirm
            forlop={forlop}
            punkt={open.punkt}
            onDone={() => finish(open.punkt.lokal ? 'manual.melding.fjernet' : 'manual.melding.tilbake')}
            onCancel={() => setOpen(null)}
          />
        )}
      </FormDialog>
    </div>
  );
}
