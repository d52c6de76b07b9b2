import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

// Every page gets a fresh script nonce (see proxy.ts), which only a page rendered per request can carry.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Roundtable',
  description: 'A tabletop role-playing table where AI agents run the game with you.',
  icons: { icon: '/favicon.svg' },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <a href="/" className="brand">
            <span aria-hidden="true" className="brand-mark">◎</span> Roundtable
          </a>
          <nav className="site-nav" aria-label="Main">
            <a href="/">Campaigns</a>
            <a href="/characters">Characters</a>
            <a href="/rulebooks">Rulebooks</a>
            <a href="/ops">Ops</a>
          </nav>
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
