import { createPrismaClient } from "@/lib/prisma-client";
import { ensureFirstAdmin } from "@/lib/setup/first-admin";

/** Creates the first admin on an empty database and prints a generated password once. */
export async function bootstrapFirstAdmin(url: string): Promise<void> {
  const client = createPrismaClient(url);
  try {
    const result = await ensureFirstAdmin(client, {
      email: process.env.ADMIN_EMAIL,
      password: process.env.ADMIN_PASSWORD,
    });
    if (!result.created) return;
    const rule = "=".repeat(72);
    console.log(`\n${rule}\n Triage is set up. Sign in as the first administrator:\n`);
    console.log(`   email:    ${result.email}`);
    if (result.generatedPassword) {
      console.log(`   password: ${result.generatedPassword}\n`);
      console.log(" This password is shown only now and stored only as a hash. Keep it safe.");
    } else {
      console.log("   password: the ADMIN_PASSWORD you set");
    }
    console.log(`${rule}\n`);
  } finally {
    await client.$disconnect();
  }
}
