import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { PlusIcon } from '@navikt/aksel-icons';
import { useState } from 'react';
import type { Familiemedlem } from '@/web/api/barnTypes';
import { FormDialog } from '@/web/components/FormDialog';
import { useT } from '@/web/i18n/useT';
import { FamilyMemberForm } from '@/web/pages/barn/familie/FamilyMemberForm';
import { FamilyTable } from '@/web/pages/barn/familie/FamilyTable';
import { useChild } from '@/web/pages/barn/side/useChild';

/** `/barn/:id/familie` — parents, siblings and other family, with add and edit. */
export function FamilyTab() {
  const t = useT();
  const barn = useChild();
  const [editing, setEditing] = useState<Familiemedlem | 'ny' | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const close = () => setEditing(null);

  return (
    <div className="tab-content">
      <div className="section-heading">
        <Heading level={2} data-size="md">
          {t('familie.overskrift')}
        </Heading>
        {barn.kanEndre && (
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            onClick={() => {
              setStatus(null);
              setEditing('ny');
            }}
          >
            <PlusIcon aria-hidden />
            {t('familie.leggTil')}
          </Button>
        )}
      </div>
      <div aria-live="polite" role="status">
        {status && <Paragraph className="status-message">{status}</Paragraph>}
      </div>
      {barn.familie.length === 0 ? (
        <Paragraph className="empty-state">{t('familie.ingen')}</Paragraph>
      ) : (
        <FamilyTable
          familie={barn.familie}
          kanEndre={barn.kanEndre}
          onEdit={(medlem) => {
            setStatus(null);
            setEditing(medlem);
          }}
        />
      )}
      <FormDialog
        open={editing !== null}
        onClose={close}
        title={editing === 'ny' ? t('familie.leggTil') : t('familie.endre')}
      >
        {editing !== null && (
          <FamilyMemberForm
            barnId={barn.id}
            medlem={editing === 'ny' ? null : editing}
            onCancel={close}
            onDone={() => {
              setStatus(editing === 'ny' ? t('familie.lagtTil') : t('felles.lagret'));
              close();
            }}
          />
        )}
      </FormDialog>
    </div>
  );
}
