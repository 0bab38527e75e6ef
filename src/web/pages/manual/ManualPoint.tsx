import { Button, Details, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { ClockDashedIcon, PencilIcon } from '@navikt/aksel-icons';
import type { ManualPunkt } from '@/web/api/manualTypes';
import { useLabels } from '@/web/i18n/labels';
import { useT } from '@/web/i18n/useT';
import { useManualLabels } from '@/web/pages/manual/manualLabels';
import { ProgramLenker } from '@/web/pages/manual/ProgramLenker';
import { useTaskLabels } from '@/web/pages/oppgaver/taskLabels';

export type PointAction = 'endre' | 'historikk' | 'tilbake';

interface Props {
  punkt: ManualPunkt;
  /** Template id → title in the user's language. */
  malTittel: (id: string) => string;
  /** The head of service may adapt the manual. */
  kanTilpasse: boolean;
  onAction: (punkt: ManualPunkt, action: PointAction) => void;
}

/**
 * One point as the manual reads: what to do and why, whom it speaks to, who does it, on what
 * basis, and what marks it done in a case. The service's own wording and its own points are
 * marked; the head of service can change the wording, see its history, or go back to the shared text.
 */
export function ManualPoint({ punkt, malTittel, kanTilpasse, onAction }: Props) {
  const t = useT();
  const labels = useManualLabels();
  const common = useLabels();
  const taskLabels = useTaskLabels();
  const tittel = labels.tekst(punkt.tittel);
  return (
    <li className="manual-point" data-lokal={punkt.tilpasset || undefined}>
      <div className="course-point__head">
        <Heading level={3} data-size="xs" className="course-point__title">
          {tittel}
        </Heading>
        <span className="tag-row">
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
          {punkt.basisEndret && (
            <Tag data-color="warning" data-size="sm">
              {t('manual.basisEndret')}
            </Tag>
          )}
        </span>
      </div>
      <dl className="point-facts">
        <div>
          <dt>{t('manual.niva')}</dt>
          <dd>{labels.niva(punkt.niva)}</dd>
        </div>
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
      </dl>
      <Paragraph className="prewrap">{labels.tekst(punkt.hva)}</Paragraph>
      <Details>
        <Details.Summary>{t('manual.hvorfor')}</Details.Summary>
        <Details.Content>
          <Paragraph className="prewrap">{labels.tekst(punkt.hvorfor)}</Paragraph>
        </Details.Content>
      </Details>
      {(punkt.maler.length > 0 || punkt.hendelser.length > 0 || punkt.programmer.length > 0) && (
        <dl className="point-facts">
          {punkt.maler.length > 0 && (
            <div>
              <dt>{t('manual.maler')}</dt>
              <dd>{punkt.maler.map(malTittel).join(', ')}</dd>
            </div>
          )}
          {punkt.hendelser.length > 0 && (
            <div>
              <dt>{t('manual.hendelser')}</dt>
              <dd>{punkt.hendelser.map(taskLabels.hendelse).join(', ')}</dd>
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
        </dl>
      )}
      {kanTilpasse && (
        <div className="point-actions">
          {!punkt.lokal && (
            <Button
              type="button"
              variant="secondary"
              data-size="sm"
              aria-label={t('manual.endre.for', { tittel })}
              onClick={() => onAction(punkt, 'endre')}
            >
              <PencilIcon aria-hidden />
              {t('manual.endre')}
            </Button>
          )}
          {punkt.tilpasset && (
            <Button
              type="button"
              variant="tertiary"
              data-size="sm"
              aria-label={t('manual.historikk.for', { tittel })}
              onClick={() => onAction(punkt, 'historikk')}
            >
              <ClockDashedIcon aria-hidden />
              {t('manual.historikk')}
            </Button>
          )}
          {punkt.tilpasset && (
            <Button
              type="button"
              variant="tertiary"
              data-size="sm"
              aria-label={t(punkt.lokal ? 'manual.fjern.for' : 'manual.tilbake.for', { tittel })}
              onClick={() => onAction(punkt, 'tilbake')}
            >
              {punkt.lokal ? t('manual.fjern') : t('manual.tilbake')}
            </Button>
          )}
        </div>
      )}
    </li>
  );
}
