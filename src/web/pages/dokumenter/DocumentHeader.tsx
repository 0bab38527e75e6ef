import { Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { DownloadIcon } from '@navikt/aksel-icons';
import { Link as RouterLink } from 'react-router';
import type { RegelId } from '@/web/api/arshjulTypes';
import { documentDownloadUrl } from '@/web/api/documentDownloadUrl';
import type { DokumentView } from '@/web/api/dokumentTypes';
import { EmptyValue } from '@/web/components/EmptyValue';
import { Timestamp } from '@/web/components/Timestamp';
import { useT } from '@/web/i18n/useT';
import { DocumentStatusTag } from '@/web/pages/dokumenter/DocumentStatusTag';
import { useDokumentLabels } from '@/web/pages/dokumenter/dokumentLabels';
import { useTaskLabels } from '@/web/pages/oppgaver/taskLabels';

/** Where "back" leads: the case the document belongs to. */
export function caseLink(
  doc: Pick<DokumentView, 'barnId' | 'fosterhjemId'> & { rekrutteringssakId?: string | null },
) {
  if (doc.barnId) return { to: `/barn/${doc.barnId}/dokumenter`, label: 'dokument.tilbake.barn' } as const;
  if (doc.fosterhjemId)
    return { to: `/fosterhjem/${doc.fosterhjemId}`, label: 'dokument.tilbake.fosterhjem' } as const;
  if (doc.rekrutteringssakId)
    return { to: `/rekruttering/${doc.rekrutteringssakId}`, label: 'dokument.tilbake.rekruttering' } as const;
  return null;
}

/**
 * The document's title, state, template and version, who wrote, finished and approved it, the
 * task it completes, and the history and downloads.
 */
export function DocumentHeader({ doc }: { doc: DokumentView }) {
  const t = useT();
  const labels = useDokumentLabels();
  const taskLabels = useTaskLabels();
  const back = caseLink(doc);
  const regel = doc.mal.oppgaveRegel as RegelId | undefined;

  return (
    <header className="doc-header">
      {back && (
        <Link asChild>
          <RouterLink to={back.to}>{t(back.label)}</RouterLink>
        </Link>
      )}
      <Heading level={1} data-size="lg">
        {doc.tittel}
      </Heading>
      <div className="tag-row">
        <DocumentStatusTag status={doc.status} />
        <Tag data-color="neutral" data-size="sm">
          {t('dokument.versjon', { versjon: doc.versjon })}
        </Tag>
        {doc.mal.godkjenning && (
          <Tag data-color="info" data-size="sm">
            {t('maler.godkjenning.ja')}
          </Tag>
        )}
      </div>
      <dl className="doc-facts">
        <div>
          <dt>{t('dokument.mal')}</dt>
          <dd>
            <Link asChild>
              <RouterLink to={`/maler/${doc.malId}`}>{labels.tekst(doc.mal.tittel)}</RouterLink>
            </Link>{' '}
            <span className="subtle">{t('dokument.malversjon', { versjon: doc.malVersjon })}</span>
          </dd>
        </div>
        <div>
          <dt>{t('dokument.forfatter')}</dt>
          <dd>{doc.forfatter?.navn || <EmptyValue />}</dd>
        </div>
        <div>
          <dt>{t('dokument.endret')}</dt>
          <dd>
            <Timestamp value={doc.endret} />
          </dd>
        </div>
        {doc.ferdigstilt && (
          <div>
            <dt>{t('dokument.ferdigstilt')}</dt>
            <dd>
              {t('dokument.avNavn', { navn: doc.ferdigstiltAv?.navn ?? '' })}{' '}
              <Timestamp value={doc.ferdigstilt} />
            </dd>
          </div>
        )}
        {doc.godkjent && (
          <div>
            <dt>{t('dokument.godkjent')}</dt>
            <dd>
              {t('dokument.avNavn', { navn: doc.godkjentAv?.navn ?? '' })} <Timestamp value={doc.godkjent} />
            </dd>
          </div>
        )}
        {doc.oppgaveId && regel && (
          <div>
            <dt>{t('dokument.oppgave')}</dt>
            <dd>
              <Link asChild>
                <RouterLink to="/oppgaver">{taskLabels.navn({ regel, ref: doc.malId })}</RouterLink>
              </Link>{' '}
              <span className="subtle">
                {doc.mal.godkjenning ? t('dokument.oppgave.narGodkjent') : t('dokument.oppgave.narFerdig')}
              </span>
            </dd>
          </div>
        )}
      </dl>
      <Paragraph className="doc-header__purpose">{labels.tekst(doc.mal.formal)}</Paragraph>
      <ul className="doc-header__links">
        <li>
          <Link asChild>
            <RouterLink to={`/dokumenter/${doc.id}/historikk`}>{t('dokument.historikk')}</RouterLink>
          </Link>
        </li>
        <li>
          <Link href={documentDownloadUrl(doc.id, 'pdf')} download>
            <DownloadIcon aria-hidden />
            {t('dokument.lastNed.pdf')}
          </Link>
        </li>
        <li>
          <Link href={documentDownloadUrl(doc.id, 'docx')} download>
            <DownloadIcon aria-hidden />
            {t('dokument.lastNed.docx')}
          </Link>
        </li>
      </ul>
    </header>
  );
}
