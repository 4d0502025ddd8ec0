export declare const HSTS_HEADER_VALUE: string;

export declare function isHttpsEnforced(env: Record<string, string | undefined>): boolean;

export declare function effectiveProtocol(request: {
  isTlsSocket: boolean;
  forwardedProto: string | undefined;
  trustedProxyCount: number;
}): "http" | "https";

export declare function publicHttpsOrigin(authUrl: string | undefined): string | null;

export type HttpsDecision = { action: "serve" } | { action: "redirect"; location: string } | { action: "reject" };

export declare function decideHttpsRedirect(request: {
  enforced: boolean;
  protocol: "http" | "https";
  method: string | undefined;
  url: string;
  publicOrigin: string | null;
}): HttpsDecision;
