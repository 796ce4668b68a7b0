import { z } from 'zod';
import { HttpError, INVALID_PAYLOAD, ok, type RequestContext, type Route } from '../http';
import { simulateDay } from '../simulateDay';

/**
 * The emulator's own endpoints, outside Jira's API (hence `/__emulator`), for host pages and demos:
 * `POST /__emulator/simulate-day` `{seed?}` runs a day of work and answers its summary. Without a seed
 * the day's number since the epoch is used, so each simulated day differs and a rerun is the same.
 */
const simulateBody = z.strictObject({ seed: z.number().int().optional() });

function simulate(ctx: RequestContext) {
  let json: unknown = {};
  if (ctx.bodyText.trim() !== '') {
    try {
      json = JSON.parse(ctx.bodyText);
    } catch {
      throw new HttpError(400, INVALID_PAYLOAD);
    }
  }
  const parsed = simulateBody.safeParse(json);
  if (!parsed.success) throw new HttpError(400, `${INVALID_PAYLOAD} Expected {"seed"?: integer}.`);
  const { index } = ctx.view;
  const seed = parsed.data.seed ?? Math.floor(index.clock.now() / (24 * 60 * 60 * 1000));
  return ok(simulateDay({ index }, { seed }));
}

export const emulatorRoutes: readonly Route[] = [{ method: 'POST', template: '/__emulator/simulate-day', handler: simulate }];
