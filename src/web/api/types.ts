export type Sprak = 'nb' | 'nn';

export interface TeamRef {
  id: string;
  navn: string;
}

export interface TjenesteRef {
  id: string;
  kode: string;
  navn: string;
  interkommunal: boolean;
  organisasjonstype: 'kommune' | 'bufetat';
}

/** The signed-in user, as `GET /api/auth/session` and `PUT /api/me/language` return it. */
export interface Me {
  id: string;
  username: string;
  navn: string;
  rolle: string;
  sprak: Sprak;
  team: TeamRef | null;
  tjeneste: TjenesteRef;
  tillatelser: string[];
}

export interface SessionResponse {
  user: Me;
  csrfToken: string;
}

export interface Kommune {
  nummer: string;
  navn: string;
}

export interface Samarbeid {
  id: string;
  navn: string;
  type: 'interkommunalt' | 'laeringsnettverk' | 'rekruttering';
  tjenester: { id: string; navn: string }[];
}

export interface TjenesteTeam {
  id: string;
  navn: string;
  antallBrukere: number;
}

export interface Tjeneste {
  id: string;
  kode: string;
  navn: string;
  interkommunal: boolean;
  organisasjonstype: 'kommune' | 'bufetat';
  kommuner: Kommune[];
  samarbeid: Samarbeid[];
  team: TjenesteTeam[];
  antallBrukere: number;
}

export interface AuditEvent {
  id: number | string;
  tidspunkt: string;
  aktor: { id: string; navn: string } | null;
  aktorRolle: string | null;
  handling: string;
  entitetType: string | null;
  entitetId: string | null;
  formal: string | null;
}

export interface AuditEventPage {
  items: AuditEvent[];
  total: number;
  side: number;
  perSide: number;
  handlinger: string[];
  brukere: { id: string; navn: string }[];
}

export interface AuditEventQuery {
  fra?: string;
  til?: string;
  handling?: string;
  aktorId?: string;
  side: number;
  perSide: number;
}

export interface AuditChainBreak {
  kjede: number | string;
  sekvens: number;
  arsak: 'hash' | 'lenke' | 'mangler' | 'hode' | string;
}

export interface AuditVerifyResult {
  ok: boolean;
  kjeder: number;
  rader: number;
  brudd: AuditChainBreak[];
}
