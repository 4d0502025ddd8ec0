"use client";

import type { AltchaWidgetElement } from "altcha";
import type {} from "altcha/types/react";
import { type CSSProperties, type RefObject, useEffect, useId, useLayoutEffect, useRef, useState, useSyncExternalStore } from "react";
import { CAPTCHA_FIELD } from "@/lib/security/captcha-schemas";

type WidgetState = "waiting" | "loading" | "unverified" | "verifying" | "verified" | "expired" | "error" | "code";
type StateChangeDetail = { state: WidgetState; payload: string | null };

const STATUS_TEXT: Record<WidgetState, string> = {
  waiting: "The check starts when you fill in the form.",
  loading: "Loading the check…",
  unverified: "Select the box to verify you are human.",
  verifying: "Verifying you are human…",
  verified: "Verified",
  expired: "The check expired. Select the box to run it again.",
  error: "The check could not run. Select the box to try again, or reload the page.",
  code: "Verifying you are human…",
};

// Passed as the widget's `configuration` attribute. The footer is a link to altcha.org and the
// human-interaction collector records pointer and scroll events; we need neither, since the
// server verifies the proof of work alone.
const WIDGET_CONFIGURATION = JSON.stringify({ hideFooter: true, hideLogo: true, humanInteractionSignature: false });

// Our semantic colours (app/globals.css), which switch with the theme. The widget's derived
// variables are set too: its stylesheet resolves them on :root, from its own palette.
const WIDGET_COLOURS: CSSProperties & Record<`--altcha-${string}`, string> = {
  "--altcha-color-base": "var(--color-surface)",
  "--altcha-color-base-content": "var(--color-fg)",
  "--altcha-color-neutral": "var(--color-border)",
  "--altcha-color-neutral-content": "var(--color-fg-muted)",
  "--altcha-color-primary": "var(--color-accent)",
  "--altcha-color-primary-content": "var(--color-accent-fg)",
  "--altcha-color-success": "var(--color-success)",
  "--altcha-color-success-content": "var(--color-surface)",
  "--altcha-color-error": "var(--color-danger)",
  "--altcha-color-error-content": "var(--color-surface)",
  "--altcha-border-color": "var(--color-border)",
  "--altcha-checkbox-border-color": "var(--color-fg-muted)",
  "--altcha-checkbox-outline": "2px solid var(--color-focus)",
  "--altcha-input-background-color": "var(--color-surface)",
  "--altcha-input-color": "var(--color-fg)",
  "--altcha-popover-color": "var(--color-border)",
  "--altcha-spinner-color": "var(--color-fg)",
  "--altcha-max-width": "100%",
};

/** The widget's English strings, in our words; the app's pages are English. */
function applyOurStrings() {
  const english = globalThis.$altcha.i18n.get("en");
  globalThis.$altcha.i18n.set("en", {
    ...english,
    label: "Verify you are human",
    verifying: "Verifying you are human…",
    verified: "Verified",
    verificationRequired: "Complete the check to continue.",
  });
}

type CaptchaFieldProps = {
  /** Receives the solved payload, or null while there is none (react-hook-form's setValue). */
  onChange: (payload: string | null) => void;
  /** The server's message for field `captcha`, e.g. from applyActionError. */
  error?: string;
  /**
   * When it fetches and solves its challenge: as soon as it appears, or once its form holds
   * something typed, so that page loads alone spend none of the address's challenges.
   */
  startWhen?: "shown" | "form-used";
};

/** Whether a field of the form holds a value: typed, pasted or autofilled, even before hydration. */
function hasFilledField(form: HTMLFormElement): boolean {
  return Array.from(form.elements).some(
    (element) =>
      (element instanceof HTMLInputElement && element.type !== "hidden" && element.value !== "") ||
      (element instanceof HTMLTextAreaElement && element.value !== ""),
  );
}

/** Forms someone has filled in: once used, a form stays used, even if its fields are cleared. */
const usedForms = new WeakSet<HTMLFormElement>();

function isFormUsed(form: HTMLFormElement | null | undefined): boolean {
  if (!form) return false;
  if (!usedForms.has(form) && hasFilledField(form)) usedForms.add(form);
  return usedForms.has(form);
}

/**
 * Whether the form around `fieldset` has been used. Only values count: focus does not, since a
 * field with autoFocus takes it on every page load. The server renders it unused.
 */
function useFormUsed(fieldset: RefObject<HTMLFieldSetElement | null>, isWatching: boolean): boolean {
  const subscribe = (onChange: () => void) => {
    const form = fieldset.current?.closest("form");
    if (!isWatching || !form) return () => {};
    form.addEventListener("input", onChange);
    return () => form.removeEventListener("input", onChange);
  };
  return useSyncExternalStore(
    subscribe,
    () => isFormUsed(fieldset.current?.closest("form")),
    () => false,
  );
}

/**
 * The self-hosted proof-of-work check (ALTCHA). It solves a challenge (see `startWhen`) and
 * writes the answer into a hidden input named `captcha` as well as passing it to `onChange`.
 * An answer is single-use: remount it (change its `key`) after every failed submit.
 */
export function CaptchaField({ onChange, error, startWhen = "shown" }: CaptchaFieldProps) {
  const fieldsetRef = useRef<HTMLFieldSetElement>(null);
  const widgetRef = useRef<AltchaWidgetElement>(null);
  const onChangeRef = useRef(onChange);
  const isFormUsed = useFormUsed(fieldsetRef, startWhen === "form-used");
  const isWaiting = startWhen === "form-used" && !isFormUsed;
  const [widgetState, setWidgetState] = useState<WidgetState>("loading");
  const state = isWaiting ? "waiting" : widgetState;
  const errorId = useId();

  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  // A layout effect runs as the element is inserted: when the widget is already defined (a
  // remount, or a start after the form was used), it starts solving in a microtask, and a passive
  // effect could miss its events.
  useLayoutEffect(() => {
    const widget = widgetRef.current;
    if (!widget) return;
    let isMounted = true;
    const onStateChange = (event: Event) => {
      const { state: next, payload } = (event as CustomEvent<StateChangeDetail>).detail;
      setWidgetState(next);
      onChangeRef.current(next === "verified" ? payload : null);
    };
    widget.addEventListener("statechange", onStateChange);
    // The widget defines a custom element and reads `window` as it loads, so it is imported in
    // the browser only, after hydration.
    import("altcha")
      .then(() => {
        if (isMounted) applyOurStrings();
      })
      .catch(() => {
        if (isMounted) setWidgetState("error");
      });
    return () => {
      isMounted = false;
      widget.removeEventListener("statechange", onStateChange);
    };
  }, [isWaiting]);

  return (
    <fieldset ref={fieldsetRef} aria-describedby={error ? errorId : undefined} className="space-y-1.5">
      <legend className="block text-sm font-medium">
        Security check
      </legend>
      {isWaiting ? (
        <p aria-hidden className="flex min-h-12 items-center rounded-md border border-border px-3 text-sm text-fg-muted">
          Starts when you fill in the form.
        </p>
      ) : (
        <altcha-widget
          ref={widgetRef}
          challenge="/api/captcha/challenge"
          auto="onload"
          name={CAPTCHA_FIELD}
          language="en"
          type="checkbox"
          configuration={WIDGET_CONFIGURATION}
          style={WIDGET_COLOURS}
          className="block"
        />
      )}
      <p role="status" className="sr-only">
        {STATUS_TEXT[state]}
      </p>
      {error && (
        <p id={errorId} className="text-sm text-danger">
          {error}
        </p>
      )}
    </fieldset>
  );
}
