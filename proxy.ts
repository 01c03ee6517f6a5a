// Security headers on every response, with a fresh CSP nonce per request (Next applies it to its
// own scripts when it sees the nonce in the request's CSP header).
import { NextResponse, type NextRequest } from "next/server";
import { createNonce, hasMalformedEscape, isEmbedRequest, securityHeaders } from "./lib/security-headers";

export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const headers = securityHeaders({
    nonce,
    embeddable: isEmbedRequest(request.nextUrl.pathname, request.nextUrl.searchParams),
    dev: process.env.NODE_ENV === "development",
  });
  // Next 16 answers a path segment it cannot percent-decode with a bare 500 (vercel/next.js#92527).
  if (hasMalformedEscape(request.nextUrl.pathname)) {
    return new NextResponse("Bad Request: malformed percent-encoding in the path\n", {
      status: 400,
      headers: { ...headers, "content-type": "text/plain; charset=utf-8" },
    });
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [k, v] of Object.entries(headers)) response.headers.set(k, v);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image).*)" }],
};
