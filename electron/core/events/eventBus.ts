// Delivers contract events from the core to whichever transport is listening (SSE clients, the Electron window).
import type { EventName, Events, EventSink } from '../../api/contract';

export type EventListener = <K extends EventName>(name: K, payload: Events[K]) => void;

export interface EventBus extends EventSink {
  subscribe(listener: EventListener): () => void;
}

export function createEventBus(): EventBus {
  const listeners = new Set<EventListener>();
  return {
    emit(name, payload) {
      for (const listener of listeners) listener(name, payload);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
