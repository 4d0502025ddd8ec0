"use client";

import { type RefObject, useEffect, useRef, useState } from "react";

/**
 * The open state of a menu that a button toggles: a click outside `containerRef`'s element or
 * Escape closes it, as people expect of a menu.
 */
export function useDisclosure<E extends HTMLElement = HTMLDivElement>(): {
  isOpen: boolean;
  setIsOpen: (open: boolean | ((open: boolean) => boolean)) => void;
  containerRef: RefObject<E | null>;
} {
  const [isOpen, setIsOpen] = useState(false);
  const containerRef = useRef<E>(null);

  useEffect(() => {
    if (!isOpen) return;
    const closeOnOutside = (event: MouseEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) setIsOpen(false);
    };
    const closeOnEscape = (event: KeyboardEvent) => event.key === "Escape" && setIsOpen(false);
    document.addEventListener("mousedown", closeOnOutside);
    document.addEventListener("keydown", closeOnEscape);
    return () => {
      document.removeEventListener("mousedown", closeOnOutside);
      document.removeEventListener("keydown", closeOnEscape);
    };
  }, [isOpen]);

  return { isOpen, setIsOpen, containerRef };
}
