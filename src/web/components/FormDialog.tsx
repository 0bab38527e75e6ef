import { Dialog, Heading } from '@digdir/designsystemet-react';
import { type ReactNode, useId } from 'react';
import { useT } from '@/web/i18n/useT';

interface Props {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
}

/**
 * A modal dialog with a heading for one form. The content is only rendered while it is open, so
 * each opening starts with a fresh form. Escape and the close button close it.
 */
export function FormDialog({ open, onClose, title, children }: Props) {
  const t = useT();
  const headingId = useId();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      closeButton={t('felles.lukk')}
      aria-labelledby={headingId}
      className="form-dialog"
    >
      <Dialog.Block>
        <Heading level={2} data-size="sm" id={headingId}>
          {title}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>{open && children}</Dialog.Block>
    </Dialog>
  );
}
