/** The mark and the wordmark; `isCompact` keeps the wordmark for screens from `sm` up, where the header has room. */
export function Logo({ isCompact = false }: { isCompact?: boolean }) {
  return (
    <span className="flex items-center gap-2 text-base font-semibold tracking-tight">
      <svg aria-hidden viewBox="0 0 32 32" className="size-7">
        <rect width="32" height="32" rx="8" className="fill-accent" />
        <path d="M9 10h14M16 10v13" stroke="white" strokeWidth="3.2" strokeLinecap="round" />
        <circle cx="23" cy="22" r="3" className="fill-indigo-300" />
      </svg>
      <span className={isCompact ? "hidden sm:inline" : undefined}>Triage</span>
    </span>
  );
}
