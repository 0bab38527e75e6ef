import { type ReactNode, useCallback } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '@/web/i18n/messages';

type Values = Record<string, string | number | boolean | Date | null | undefined>;
type RichValues = Record<string, ReactNode | ((chunks: ReactNode[]) => ReactNode)>;

/** Typed shortcut for `intl.formatMessage`: only ids that exist in the catalogs compile. */
export function useT(): (id: MessageId, values?: Values) => string {
  const intl = useIntl();
  return useCallback((id: MessageId, values?: Values) => intl.formatMessage({ id }, values), [intl]);
}

/** For messages with rich-text tags, e.g. `<b>…</b>`. */
export function useTRich(): (id: MessageId, values: RichValues) => ReactNode {
  const intl = useIntl();
  return useCallback((id: MessageId, values: RichValues) => intl.formatMessage({ id }, values), [intl]);
}
