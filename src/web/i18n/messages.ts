import type { Sprak } from '@/web/api/types';
import nb from '@/web/i18n/nb.json';
import nn from '@/web/i18n/nn.json';

export type MessageId = keyof typeof nb;

// Both catalogs must have exactly the same keys: these two lines fail to compile otherwise.
const nnHasAllKeys: Record<MessageId, string> = nn;
const nbHasAllKeys: Record<keyof typeof nn, string> = nb;

export const catalogs: Record<Sprak, Record<string, string>> = { nb: nbHasAllKeys, nn: nnHasAllKeys };
