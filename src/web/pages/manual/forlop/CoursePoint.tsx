import { Alert, Button, Details, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { CheckmarkIcon, CircleIcon, FileTextIcon } from '@navikt/aksel-icons';
import { useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { createDocument } from '@/web/api/createDocument';
import type { ForlopId, Forlopspunkt } from '@/web/api/manualTypes';
import { unmarkCoursePoint } from '@/web/api/unmarkCoursePoint';
import { CivilDate } from '@/web/components/CivilDate';
import { problemMessage } from '@/web/components/problemMessage';
import { useLabels } from '@/web/i18n/labels';
import { useT, useTRich } from '@/web/i18n/useT';
import { useManualLabels } from '@/web/pages/manual/manualLabels';
import { ProgramLenker } from '@/web/pages/manual/ProgramLenker';
import { useTaskLabels } from '@/web/pages/oppgaver/taskLabels';

/** What a review agreed about a point of this case (the newest agreement). */
export interface PunktAvtale {
  dato: string;
  avtale: string;
  frist: string | null;
}

export type PointMode = 'na' | 'tidligere' | 'kommende';

interface Props {
  forlop: ForlopId;
  entitetId: string;
  punkt: Forlopspunkt;
  mode: PointMode;
  headingLevel: 4 | 5 | 6;
  kanEndre: boolean;
  avtale?: PunktAvtale;
  onMark: (punkt: Forlopspunkt) => void;
  /** After a tick was taken back: a message for the status line. */
  onUndone: () => void;
}

/**
 * One point of the manual as a line in the case's checklist: what to do, why (folded), on what
 * basis and who does it; the templates that carry the work, each a "Start dokument" button; and
 * whether it is done for this case (when, by whom, with a link to the document or the event).
 */
export function CoursePoint({
  forlop,
  entitetId,
  punkt,
  mode,
  headingLevel,
  kanEndre,
  avtale,
  onMark,
  onUndone,
}: Props) {
  const t = useT();
  const tRich = useTRich();
  const labels = useManualLabels();
  const common = useLabels();
  const taskLabels = useTaskLabels();
  const navigate = useNavigate();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const tittel = labels.tekst(punkt.tittel);
  const sist = punkt.sist;
  const handlinger = kanEndre && mode !== 'kommende';

  const start = async (malId: string) => {
    setBusy(malId);
    setError(null);
    try {
      const created = await createDocument(
        forlop === 'barn' ? { malId, barnId: entitetId } : { malId, fosterhjemId: entitetId },
      );
      navigate(`/dokumenter/${created.id}`);
    } catch (e) {
      setError(problemMessage(e, t));
      setBusy(null);
    }
  };

  const undo = async () => {
    if (!sist) return;
    setBusy('angre');
    setError(null);
    try {
      await unmarkCoursePoint(forlop, entitetId, sist.id);
      onUndone();
    } catch (e) {
      setError(problemMessage(e, t));
    } finally {
      setBusy(null);
    }
  };

  return (
    <li className="course-point" data-status={punkt.status}>
      <div className="course-point__head">
        <Heading level={headingLevel} data-size="2xs" className="course-point__title">
          {tittel}
        </Heading>
        <span className="tag-row">
          {mode !== 'kommende' && <PointStatusTag status={punkt.status} />}
          {punkt.lokal && (
            <Tag data-color="brand2" data-size="sm">
              {t('manual.lokaltPunkt')}
            </Tag>
          )}
          {!punkt.lokal && punkt.tilpasset && (
            <Tag data-color="brand2" data-size="sm">
              {t('manual.lokalTilpasning')}
            </Tag>
          )}
        </span>
      </div>
      <Paragraph className="prewrap">{labels.tekst(punkt.hva)}</Paragraph>
      <Details>
        <Details.Summary>{t('manual.hvorfor')}</Details.Summary>
        <Details.Content>
          <Paragraph className="prewrap">{labels.tekst(punkt.hvorfor)}</Paragraph>
        </Details.Content>
      </Details>
      <dl className="point-facts">
        <div>
          <dt>{t('manual.ansvar')}</dt>
          <dd>{common.rolle(punkt.ansvar)}</dd>
        </div>
        {punkt.hjemmel && (
          <div>
            <dt>{t('manual.hjemmel')}</dt>
            <dd>{punkt.hjemmel}</dd>
          </div>
        )}
        {punkt.programmer.length > 0 && (
          <div>
            <dt>{t('manual.program')}</dt>
            <dd>
              <ProgramLenker programmer={punkt.programmer} />
            </dd>
          </div>
        )}
        {punkt.hendelser.length > 0 && (
          <div>
            <dt>{t('manual.hendelser')}</dt>
            <dd>{punkt.hendelser.map(taskLabels.hendelse).join(', ')}</dd>
          </div>
        )}
      </dl>

      {avtale && (
        <div className="point-agreement">
          <Paragraph data-size="sm">
            <strong>{tRich('forlop.avtale', { dato: <CivilDate date={avtale.dato} /> })}</strong>{' '}
            <span className="prewrap">{avtale.avtale}</span>
          </Paragraph>
          {avtale.frist && (
            <Paragraph data-size="sm">
              {tRich('forlop.avtale.frist', { dato: <CivilDate date={avtale.frist} /> })}
            </Paragraph>
          )}
        </div>
      )}

      {mode !== 'kommende' && (
        <div className="point-state">
          {sist ? (
            <>
              <Paragraph data-size="sm">
                {sist.av
                  ? tRich('forlop.utfortAv', { dato: <CivilDate date={sist.dato} />, navn: sist.av })
                  : tRich('forlop.utfortDato', { dato: <CivilDate date={sist.dato} /> })}{' '}
                {sist.kilde === 'dokument' && (
                  <Link asChild>
                    <RouterLink to={`/dokumenter/${sist.id}`}>{t('forlop.kilde.dokument')}</RouterLink>
                  </Link>
                )}
                {sist.kilde === 'hendelse' &&
                  (forlop === 'barn' ? (
                    <Link asChild>
                      <RouterLink to={`/barn/${entitetId}/arshjul?ar=${sist.dato.slice(0, 4)}`}>
                        {t('forlop.kilde.hendelse')}
                      </RouterLink>
                    </Link>
                  ) : (
                    <span>{t('forlop.kilde.hendelseTekst')}</span>
                  ))}
                {sist.kilde === 'manuell' && <span>{t('forlop.kilde.manuell')}</span>}
              </Paragraph>
              {sist.kilde === 'manuell' && sist.notat && (
                <Paragraph data-size="sm" className="prewrap point-state__note">
                  {t('forlop.notat', { tekst: sist.notat })}
                </Paragraph>
              )}
            </>
          ) : (
            <Paragraph data-size="sm">
              {mode === 'na' ? t('forlop.ikkeUtfort') : t('forlop.ikkeUtfortTidligere')}
            </Paragraph>
          )}
        </div>
      )}

      {handlinger && (punkt.maler.length > 0 || punkt.status === 'apen' || sist?.kilde === 'manuell') && (
        <div className="point-actions">
          {punkt.maler.map((mal) => (
            <Button
              key={mal.id}
              type="button"
              variant="secondary"
              data-size="sm"
              loading={busy === mal.id}
              disabled={busy !== null}
              onClick={() => start(mal.id)}
            >
              <FileTextIcon aria-hidden />
              {t('forlop.startDokument', { tittel: labels.tekst(mal.tittel) })}
            </Button>
          ))}
          {punkt.status === 'apen' && (
            <Button
              type="button"
              variant="secondary"
              data-size="sm"
              aria-label={t('forlop.markerFor', { tittel })}
              disabled={busy !== null}
              onClick={() => onMark(punkt)}
            >
              <CheckmarkIcon aria-hidden />
              {t('forlop.marker')}
            </Button>
          )}
          {punkt.status === 'utfort' && sist?.kilde === 'manuell' && (
            <Button
              type="button"
              variant="tertiary"
              data-size="sm"
              aria-label={t('forlop.angreFor', { tittel })}
              loading={busy === 'angre'}
              disabled={busy !== null}
              onClick={undo}
            >
              {t('forlop.angre')}
            </Button>
          )}
        </div>
      )}
      {error && (
        <Alert data-color="danger" data-size="sm" role="alert">
          <Paragraph data-size="sm">{error}</Paragraph>
        </Alert>
      )}
    </li>
  );
}

/** Done or open, as icon and text. */
export function PointStatusTag({ status }: { status: Forlopspunkt['status'] }) {
  const t = useT();
  if (status === 'utfort') {
    return (
      <Tag data-color="success" data-size="sm" className="point-tag">
        <CheckmarkIcon aria-hidden />
        {t('forlop.status.utfort')}
      </Tag>
    );
  }
  if (status === 'apen') {
    return (
      <Tag data-color="warning" data-size="sm" className="point-tag">
        <CircleIcon aria-hidden />
        {t('forlop.status.apen')}
      </Tag>
    );
  }
  return (
    <Tag data-color="neutral" data-size="sm" className="point-tag">
      {t('forlop.status.kommende')}
    </Tag>
  );
}
