// Next.js 16's request hook (formerly middleware.ts): turns away what
// lib/request-guard.ts refuses. The security and cache headers from
// next.config.mjs headers() are applied to these answers too.
import { NextResponse, type NextRequest } from "next/server";
import { checkRequest } from "@/lib/request-guard";

export function proxy(request: NextRequest) {
  const verdict = checkRequest(request.method, request.nextUrl.pathname);
  if (verdict.ok) return NextResponse.next();
  return new NextResponse(request.method === "HEAD" ? null : verdict.body, {
    status: verdict.status,
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      ...verdict.headers,
    },
  });
}

// Hashed assets and the image optimizer already answer 404/400/405 themselves
// and are the bulk of requests, so the proxy stays off them.
export const config = {
  matcher: "/((?!_next/static/|_next/image).*)",
};
