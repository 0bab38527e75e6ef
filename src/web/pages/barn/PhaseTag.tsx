import { Tag } from '@digdir/designsystemet-react';
import type { Fase } from '@/web/api/barnTypes';
import { useLabels } from '@/web/i18n/labels';

const COLOR: Record<Fase, string> = {
  for_flytting: 'accent',
  innflytting: 'info',
  oppfolging: 'success',
  avslutning: 'neutral',
  ettervern: 'neutral',
};

/** Where the child stands in the placement course, as a tag. */
export function PhaseTag({ fase }: { fase: Fase }) {
  const labels = useLabels();
  return (
    <Tag data-color={COLOR[fase]} data-size="sm" className="nowrap">
      {labels.fase(fase)}
    </Tag>
  );
}
