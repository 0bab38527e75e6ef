import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import type { Landsbymedlem } from '@/web/api/barnTypes';
import { removeVillageMember } from '@/web/api/removeVillageMember';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { useT } from '@/web/i18n/useT';
import { useRefreshChild } from '@/web/pages/barn/side/useChild';

interface Props {
  barnId: string;
  medlem: Landsbymedlem;
  onDone: () => void;
  onCancel: () => void;
}

/** Confirm before someone is taken out of the child's village. */
export function RemoveVillageMember({ barnId, medlem, onDone, onCancel }: Props) {
  const t = useT();
  const refresh = useRefreshChild(barnId);
  const remove = useMutation({
    mutationFn: () => removeVillageMember(medlem.id),
    onSuccess: async () => {
      await refresh();
      onDone();
    },
  });
  return (
    <div className="dialog-form">
      <Paragraph>{t('landsby.fjern.sporsmal', { navn: medlem.navn, rolle: medlem.rolle })}</Paragraph>
      {remove.isError && <QueryErrorAlert error={remove.error} level={3} />}
      <div className="form-actions">
        <Button type="button" data-color="danger" loading={remove.isPending} onClick={() => remove.mutate()}>
          {t('landsby.fjern.bekreft')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('felles.avbryt')}
        </Button>
      </div>
    </div>
  );
}
