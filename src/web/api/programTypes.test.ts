import { describe, expectTypeOf, it } from 'vitest';
import type * as Server from '@/modules/program/program.schema';
import type * as Web from '@/web/api/programTypes';

/**
 * The web types mirror the API's zod schemas by hand (the web bundle does not load zod schemas).
 * These checks fail to compile (`npx tsc --noEmit`) when the two drift apart.
 */
describe('programme types match the API contract', () => {
  it('responses: what the server sends fits what the pages read', () => {
    expectTypeOf<Server.ProgramDefinisjon>().toExtend<Web.ProgramDefinisjon>();
    expectTypeOf<Server.Programforlop>().toExtend<Web.Programforlop>();
    expectTypeOf<Server.ProgramOkt>().toExtend<Web.ProgramOkt>();
  });

  it('requests: what the pages send is what the server accepts', () => {
    expectTypeOf<Web.CreateForlopBody>().toExtend<Server.ProposeBody>();
    expectTypeOf<Web.SvarBody>().toExtend<Server.RespondBody>();
    expectTypeOf<Web.AvsluttBody>().toExtend<Server.EndBody>();
    expectTypeOf<Web.OktBody>().toExtend<Server.UpdateSessionBody>();
  });
});
