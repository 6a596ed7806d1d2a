/**
 * A Preact hook over an XState actor: the actor starts with the component and stops with it; each
 * new snapshot renders again. It replaces `@xstate/react`, whose React dependency needed Preact's
 * compatibility layer (decision 040).
 */
import { useEffect, useState } from 'preact/hooks';
import {
  createActor,
  type ActorOptions,
  type AnyStateMachine,
  type EventFrom,
  type SnapshotFrom,
} from 'xstate';

/** The machine's current snapshot, and a function that sends it an event. */
export function useMachine<M extends AnyStateMachine>(
  machine: M,
  options: ActorOptions<M>,
): readonly [SnapshotFrom<M>, (event: EventFrom<M>) => void] {
  const [actor] = useState(() => createActor(machine, options));
  const [snapshot, setSnapshot] = useState<SnapshotFrom<M>>(() => actor.getSnapshot());
  useEffect(() => {
    const subscription = actor.subscribe((next) => setSnapshot(next));
    actor.start();
    setSnapshot(actor.getSnapshot());
    return () => {
      subscription.unsubscribe();
      actor.stop();
    };
  }, [actor]);
  return [snapshot, (event) => actor.send(event)] as const;
}
