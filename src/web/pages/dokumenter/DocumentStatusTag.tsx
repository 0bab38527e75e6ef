import { Tag } from '@digdir/designsystemet-react';
import { CheckmarkCircleIcon, CheckmarkIcon, ClockIcon, PencilIcon } from '@navikt/aksel-icons';
import type { DokumentStatus } from '@/web/api/dokumentTypes';
import { useDokumentLabels } from '@/web/pages/dokumenter/dokumentLabels';

const COLOR: Record<DokumentStatus, string> = {
  utkast: 'neutral',
  til_godkjenning: 'warning',
  ferdig: 'success',
  godkjent: 'success',
};

const ICON = {
  utkast: PencilIcon,
  til_godkjenning: ClockIcon,
  ferdig: CheckmarkIcon,
  godkjent: CheckmarkCircleIcon,
} as const;

/** A document's status as colour, icon and text (never colour alone). */
export function DocumentStatusTag({ status }: { status: DokumentStatus }) {
  const labels = useDokumentLabels();
  const Icon = ICON[status];
  return (
    <Tag data-color={COLOR[status]} data-size="sm" className="doc-status-tag">
      <Icon aria-hidden />
      {labels.status(status)}
    </Tag>
  );
}
