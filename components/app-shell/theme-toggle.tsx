"use client";

import { Monitor, Moon, Sun } from "lucide-react";
import { useTheme } from "next-themes";
import { useSyncExternalStore } from "react";

const NEXT_THEME = { light: "dark", dark: "system", system: "light" } as const;
const ICONS = { light: Sun, dark: Moon, system: Monitor } as const;

const subscribe = () => () => undefined;

/** Cycles light → dark → system. Renders a placeholder until mounted: the theme is client-only. */
export function ThemeToggle() {
  const { theme, setTheme } = useTheme();
  const isMounted = useSyncExternalStore(subscribe, () => true, () => false);
  const current = (isMounted ? theme : "system") as keyof typeof NEXT_THEME;
  const Icon = ICONS[current] ?? Monitor;
  return (
    <button
      type="button"
      onClick={() => setTheme(NEXT_THEME[current] ?? "light")}
      className="inline-flex size-9 items-center justify-center rounded-md text-fg-muted hover:bg-surface-muted hover:text-fg"
      aria-label={`Theme: ${current}. Switch to ${NEXT_THEME[current] ?? "light"}.`}
      title={`Theme: ${current}`}
    >
      <Icon aria-hidden className="size-4" />
    </button>
  );
}
