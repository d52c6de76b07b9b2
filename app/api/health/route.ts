/** Liveness: the process answers HTTP. Touches neither database nor bus, so a slow dependency never gets a live process restarted. */
export function GET() {
  return Response.json({ status: 'ok', uptimeS: Math.round(process.uptime()) }, { headers: { 'Cache-Control': 'no-store' } });
}
