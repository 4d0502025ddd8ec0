import type { BadgeTone } from "@/components/ui/badge";
import type { IncidentSeverity } from "@/lib/generated/prisma/enums";

export const SEVERITY_TONES: Record<IncidentSeverity, BadgeTone> = { SEV1: "red", SEV2: "red", SEV3: "amber", SEV4: "blue" };
