import type { Role } from "@/lib/generated/prisma/enums";

/** Every demo account signs in with this password (the seed refuses production without --force). */
export const DEMO_PASSWORD = "triage-demo-password";

export type DemoUser = { email: string; name: string; role: Role };

const STAFF: readonly DemoUser[] = [
  { email: "admin@example.com", name: "Alex Morgan", role: "ADMIN" },
  { email: "manager@example.com", name: "Priya Raman", role: "MANAGER" },
  { email: "agent1@example.com", name: "Jonas Keller", role: "AGENT" },
  { email: "agent2@example.com", name: "Maria Santos", role: "AGENT" },
  { email: "agent3@example.com", name: "Kwame Mensah", role: "AGENT" },
];

const CLIENT_NAMES = [
  "Emma Lindqvist", "Liam O'Connor", "Sofia Rossi", "Noah Fischer", "Aiko Tanaka",
  "Mateo García", "Chloe Dubois", "Ethan Walker", "Fatima Al-Sayed", "Lucas Silva",
  "Hannah Becker", "Oliver Nowak", "Amara Okafor", "Daniel Kim", "Isabella Conti",
  "Samuel Cohen", "Mia Jansen", "Arjun Patel", "Grace Thompson", "Leon Schmidt",
  "Zoe Papadopoulos", "Ryan Murphy", "Elena Petrova", "Hugo Martin", "Nadia Haddad",
  "Benjamin Wright", "Yuki Sato", "Clara Hoffmann", "Diego Hernández", "Ava Johansson",
  "Tomás Novák", "Leila Karimi", "William Brown", "Ines Moreau", "Kofi Boateng",
  "Julia Kowalska", "Marcus Lee", "Anna Svensson", "Rafael Costa", "Olivia Bennett",
  "Mehmet Yılmaz", "Sara Bianchi", "Jack Taylor", "Lina Nguyen", "Felix Wagner",
  "Ruth Abebe", "Pablo Ruiz", "Charlotte Evans", "Viktor Horvat", "Maya Friedman",
] as const;

/** Staff first, then client1..client50@example.com, each with a realistic name. */
export const DEMO_USERS: readonly DemoUser[] = [
  ...STAFF,
  ...CLIENT_NAMES.map((name, i) => ({
    email: `client${i + 1}@example.com`,
    name,
    role: "CLIENT" as const,
  })),
];

/**
 * The second, small demo workspace: two of the first workspace's staff in other roles, one
 * agent of its own and a few clients who belong to both.
 */
export const NORTHWIND_MEMBERS: readonly DemoUser[] = [
  { email: "manager@example.com", name: "Priya Raman", role: "ADMIN" },
  { email: "agent1@example.com", name: "Jonas Keller", role: "AGENT" },
  { email: "northwind-agent@example.com", name: "Noor Haddad", role: "AGENT" },
  ...DEMO_USERS.filter((user) => user.role === "CLIENT").slice(0, 8),
];

export function firstName(fullName: string): string {
  return fullName.split(" ")[0] ?? fullName;
}
