import { describe, expect, it } from "vitest";
import { Role } from "@/lib/generated/prisma/enums";
import { PERMISSIONS, type Permission, can } from "./permissions";

const ROLES = [Role.CLIENT, Role.AGENT, Role.MANAGER, Role.ADMIN] as const;

/** The whole table, written out by hand: C(lient), A(gent), M(anager), a(D)min. */
const EXPECTED: Record<Permission, string> = {
  "tickets.create": "CAMD",
  "tickets.read_all": "AMD",
  "tickets.reply_all": "AMD",
  "tickets.internal_notes": "AMD",
  "tickets.change_status": "AMD",
  "tickets.change_priority": "AMD",
  "tickets.change_category": "AMD",
  "tickets.assign": "AMD",
  "tickets.set_urgent": "AMD",
  "tickets.merge": "AMD",
  "tickets.bulk_change": "AMD",
  "tickets.export": "AMD",
  "incidents.read": "AMD",
  "incidents.manage": "AMD",
  "incidents.skip_review": "MD",
  "dashboard.view": "MD",
  "categories.manage": "D",
  "members.manage": "D",
  "settings.manage": "D",
  "api_keys.manage": "D",
  "audit.read": "D",
  "mailbox.read": "D",
  "sign_ins.manage": "D",
  "workspace.delete": "D",
};
const LETTER: Record<Role, string> = { CLIENT: "C", AGENT: "A", MANAGER: "M", ADMIN: "D" };

describe("the permission table", () => {
  it("names every permission exactly once in the expected table", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...PERMISSIONS].sort());
  });

  it.each(ROLES.flatMap((role) => PERMISSIONS.map((permission) => ({ role, permission }))))(
    "answers whether a $role may $permission",
    ({ role, permission }) => {
      expect(can({ role }, permission)).toBe(EXPECTED[permission].includes(LETTER[role]));
    },
  );

  it("gives an admin everything and a client only filing tickets", () => {
    expect(PERMISSIONS.filter((permission) => can({ role: Role.ADMIN }, permission))).toEqual([...PERMISSIONS]);
    expect(PERMISSIONS.filter((permission) => can({ role: Role.CLIENT }, permission))).toEqual(["tickets.create"]);
  });
});
