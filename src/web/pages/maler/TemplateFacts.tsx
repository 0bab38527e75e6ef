import type { RegelId } from '@/web/api/arshjulTypes';
import type { Gjelder } from '@/web/api/dokumentTypes';
import { useT } from '@/web/i18n/useT';
import { useDokumentLabels } from '@/web/pages/dokumenter/dokumentLabels';
import { useTaskLabels } from '@/web/pages/oppgaver/taskLabels';

interface Props {
  /** The template's id: names the plan a plan evaluation is about. */
  malId: string;
  gjelder: Gjelder;
  godkjenning: boolean;
  oppgaveRegel: string | null | undefined;
  versjon: number;
}

/** Who a template is for, whether the result needs approval, and the årshjul task it completes. */
export function TemplateFacts({ malId, gjelder, godkjenning, oppgaveRegel, versjon }: Props) {
  const t = useT();
  const labels = useDokumentLabels();
  const taskLabels = useTaskLabels();
  return (
    <dl className="template-facts">
      <div>
        <dt>{t('maler.gjelder')}</dt>
        <dd>{labels.gjelder(gjelder)}</dd>
      </div>
      <div>
        <dt>{t('maler.godkjenning')}</dt>
        <dd>{godkjenning ? t('maler.godkjenning.ja') : t('maler.godkjenning.nei')}</dd>
      </div>
      <div>
        <dt>{t('maler.oppgave')}</dt>
        <dd>
          {oppgaveRegel
            ? taskLabels.navn({ regel: oppgaveRegel as RegelId, ref: malId })
            : t('maler.oppgave.ingen')}
        </dd>
      </div>
      <div>
        <dt>{t('maler.versjon')}</dt>
        <dd>{versjon}</dd>
      </div>
    </dl>
  );
}
