/**
 * The host side of the iframe embed: sizes each iframe of the embed page to the height its page
 * reports (`{ type: 'wat-werkt:height', height }`), so that it never scrolls inside. Self-contained,
 * so that it also works pasted inline: `HOST_SCRIPT` is this function as text.
 */
export function resizeEmbeds(): void {
  window.addEventListener('message', (event) => {
    const data = event.data as { type?: unknown; height?: unknown } | null;
    if (!data || data.type !== 'wat-werkt:height' || typeof data.height !== 'number') return;
    const height = Math.min(Math.max(Math.ceil(data.height), 50), 50000);
    for (const frame of document.getElementsByTagName('iframe'))
      if (frame.contentWindow === event.source) frame.style.height = `${height}px`;
  });
}

/** The same, as one `<script>` line a host page can paste (no file to host). */
export const HOST_SCRIPT = `<script>(${resizeEmbeds.toString()})()</script>`;
