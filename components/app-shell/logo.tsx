export function Logo() {
  return (
    <span className="flex items-center gap-2 text-base font-semibold tracking-tight">
      <svg aria-hidden viewBox="0 0 32 32" className="size-7">
        <rect width="32" height="32" rx="8" className="fill-accent" />
        <path d="M9 10h14M16 10v13" stroke="white" strokeWidth="3.2" strokeLinecap="round" />
        <circle cx="23" cy="22" r="3" className="fill-indigo-300" />
      </svg>
      Triage
    </span>
  );
}
