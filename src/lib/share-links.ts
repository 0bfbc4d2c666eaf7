/**
 * Share links as plain addresses (no third-party script, nothing loaded until the reader follows one):
 * e-mail (RFC 6068 mailto: with subject and body), WhatsApp and Telegram's documented share URLs.
 */
export type ShareService = 'email' | 'whatsapp' | 'telegram';

/**
 * Percent-encodes what must be (ASCII delimiters, spaces, line breaks) and keeps letters outside ASCII as
 * they are: a URL string may hold them (the browser encodes them as UTF-8 when it follows the link), and
 * an Arabic title written once instead of as %D8%… keeps the page light (gzip matches it with the h1).
 */
export function encodeQueryValue(text: string): string {
  // What would end or change a query value (& = # + %), spaces, quotes, controls and invisible direction
  // marks are encoded; ":" "/" "?" "@" may stay (RFC 3986 query), so a page address is written as itself.
  return text.replace(/[^\p{L}\p{M}\p{N}\-._~!$'()*,;:@/?]/gu, (c) => encodeURIComponent(c));
}

export function shareLinks(title: string, url: string): { service: ShareService; href: string }[] {
  const q = encodeQueryValue;
  return [
    { service: 'email', href: `mailto:?subject=${q(title)}&body=${q(url)}` },
    // The messengers show the page's own title and summary (Open Graph) beside the address.
    { service: 'whatsapp', href: `https://wa.me/?text=${q(url)}` },
    { service: 'telegram', href: `https://t.me/share/url?url=${q(url)}` },
  ];
}
