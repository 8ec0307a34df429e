import type { SnapshotFrom } from 'xstate';
import type { CallMachine } from '../../flows/call-machine.ts';
import type { QuestionId } from '../../flows/call-context.ts';
import type { CallView } from '../voice/render.ts';

/** The parts of a machine snapshot the renderer and the store need. */
export function viewOf(snapshot: SnapshotFrom<CallMachine>): CallView {
  const state = typeof snapshot.value === 'string' ? snapshot.value : JSON.stringify(snapshot.value);
  const meta = snapshot.getMeta() as Record<string, { question?: QuestionId } | undefined>;
  return {
    state,
    question: meta[`call.${state}`]?.question ?? null,
    tags: snapshot.tags,
    ctx: snapshot.context,
  };
}
