import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { PencilIcon } from '@navikt/aksel-icons';
import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { getTemplate } from '@/web/api/getTemplate';
import { isApiError } from '@/web/api/problem';
import { queryKeys } from '@/web/api/queryKeys';
import { harTillatelse } from '@/web/auth/permissions';
import { useMe } from '@/web/auth/useMe';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { usePageTitle } from '@/web/components/usePageTitle';
import { useT } from '@/web/i18n/useT';
import { useDokumentLabels } from '@/web/pages/dokumenter/dokumentLabels';
import '@/web/pages/dokumenter/dokumenter.css';
import { NotFoundContent } from '@/web/pages/feil/NotFoundContent';
import { AdaptationForm } from '@/web/pages/maler/AdaptationForm';
import { TemplateFacts } from '@/web/pages/maler/TemplateFacts';
import { TemplatePreview } from '@/web/pages/maler/TemplatePreview';

/** The permission to adapt templates for the service (head of service). */
const MAL_ADAPT = 'mal:adapt';

/**
 * `/maler/:id` — one template as the service has it: purpose, facts, legal basis, and every section
 * with its guidance and fields. The head of service adapts the guidance and adds sections here.
 */
export function TemplatePage() {
  const t = useT();
  const me = useMe();
  const labels = useDokumentLabels();
  const { id = '' } = useParams();
  const query = useQuery({ queryKey: queryKeys.template(id), queryFn: () => getTemplate(id) });
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);
  const hjemmelId = useId();
  usePageTitle(query.data ? labels.tekst(query.data.mal.tittel) : t('maler.tittel'));

  if (query.isPending) return <PageSpinner />;
  if (query.isError) {
    if (isApiError(query.error) && query.error.status === 404) return <NotFoundContent signedIn />;
    return (
      <div className="page">
        <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} />
      </div>
    );
  }
  const view = query.data;
  const mal = view.mal;
  const kanTilpasse = harTillatelse(me, MAL_ADAPT);
  const egenVeiledning = new Set(Object.keys(view.tilpasning?.veiledning ?? {}));

  return (
    <div className="page template-page">
      <header className="doc-header">
        <Link asChild>
          <RouterLink to="/maler">{t('maler.tilbake')}</RouterLink>
        </Link>
        <Heading level={1} data-size="lg">
          {labels.tekst(mal.tittel)}
        </Heading>
        <Paragraph className="subtle">{labels.kategori(mal.kategori)}</Paragraph>
        <Paragraph className="doc-header__purpose">{labels.tekst(mal.formal)}</Paragraph>
        <TemplateFacts
          malId={mal.id}
          gjelder={mal.gjelder}
          godkjenning={mal.godkjenning}
          oppgaveRegel={mal.oppgaveRegel}
          versjon={mal.versjon}
        />
        {mal.hjemmel.length > 0 && (
          <section aria-labelledby={hjemmelId} className="template-basis">
            <Heading level={2} data-size="2xs" id={hjemmelId}>
              {t('maler.hjemmel')}
            </Heading>
            <ul className="doc-value-list">
              {mal.hjemmel.map((h) => (
                <li key={h}>{h}</li>
              ))}
            </ul>
          </section>
        )}
      </header>

      {view.basisEndret && (
        <Alert data-color="warning">
          <Heading level={2} data-size="xs">
            {t('maler.basisEndret')}
          </Heading>
          <Paragraph>{t('maler.basisEndret.tekst')}</Paragraph>
        </Alert>
      )}
      {view.tilpasning && !view.basisEndret && (
        <Alert data-color="info">
          <Paragraph>{t('maler.tilpasset.tekst')}</Paragraph>
        </Alert>
      )}

      <div ref={statusRef} tabIndex={-1} role="status" aria-live="polite" className="doc-notice">
        {saved && (
          <Alert data-color="success">
            <Paragraph>{t('maler.tilpass.lagret')}</Paragraph>
          </Alert>
        )}
      </div>

      {kanTilpasse &&
        (editing ? (
          <section aria-labelledby="tilpass-overskrift" className="stacked-section">
            <Heading level={2} data-size="md" id="tilpass-overskrift">
              {t('maler.tilpass.tittel')}
            </Heading>
            <AdaptationForm
              view={view}
              onCancel={() => setEditing(false)}
              onDone={() => {
                setEditing(false);
                setSaved(true);
                requestAnimationFrame(() => statusRef.current?.focus());
              }}
            />
          </section>
        ) : (
          <div>
            <Button
              type="button"
              variant="secondary"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              <PencilIcon aria-hidden />
              {t('maler.tilpass.knapp')}
            </Button>
          </div>
        ))}

      {!editing && <TemplatePreview mal={mal} egenVeiledning={egenVeiledning} />}
    </div>
  );
}
