// Runs once when a server instance starts. The check and the background jobs live in a Node-only
// module, imported only on the Node runtime, because they exit the process or poll the database.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { exitUnlessConfigured, startBackgroundJobs } = await import("@/lib/server-startup");
    exitUnlessConfigured();
    await startBackgroundJobs();
  }
}
