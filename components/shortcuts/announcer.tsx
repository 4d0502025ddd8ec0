"use client";

import { useEffect, useSyncExternalStore } from "react";

// One message at a time, shared by every shortcut on the page; the region reads it out.
let message = "";
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
const publish = (text: string) => {
  message = text;
  for (const listener of listeners) listener();
};

/**
 * Tells screen reader users what a shortcut did. The region is emptied first and filled on the
 * next frame, so the same sentence twice in a row ("Next ticket") is read out twice.
 */
export function announce(text: string) {
  publish("");
  requestAnimationFrame(() => publish(text));
}

/** The polite live region `announce` writes to; mounted once by each shortcut component. */
export function Announcer() {
  const text = useSyncExternalStore(subscribe, () => message, () => "");
  // A message from the page before must not be read out again when the next page mounts its region.
  useEffect(() => () => publish(""), []);
  return (
    <div aria-live="polite" aria-atomic="true" className="sr-only">
      {text}
    </div>
  );
}
