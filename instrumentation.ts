// Runs once when a server instance starts. The check lives in a Node-only module, imported only
// on the Node runtime, because it exits the process.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { exitUnlessConfigured } = await import("@/lib/server-startup");
    exitUnlessConfigured();
  }
}
