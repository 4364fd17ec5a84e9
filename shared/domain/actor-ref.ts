import * as z from 'zod/mini';
import { Id } from './id.ts';
import { Side } from './side.ts';

/** Who recorded a decision, copied by the fold from the event's actor so R20 can check decision rights. */
export const ActorRef = z.object({ memberId: Id, side: Side });
export type ActorRef = z.infer<typeof ActorRef>;
