/**
 * A long Python traceback as a reader pastes it: 40 frames of an application's code, then the
 * exception python-websockets raises when its keepalive ping times out (the catalogue's 1011
 * message). The unit and browser tests of long pastes (src/lib/paste.ts) both read it.
 */
export const KEEPALIVE_EXCEPTION = 'websockets.exceptions.ConnectionClosedError: sent 1011 (internal error) keepalive ping timeout; no close frame received';

export const longPythonTraceback = (): string =>
  `Traceback (most recent call last):\n${Array.from({ length: 40 }, (_, i) => `  File "/srv/app/venv/lib/python3.12/site-packages/app/handlers_${i}.py", line ${40 + i}, in handle_${i}\n    reply = await self.session.exchange(request)`).join('\n')}\n${KEEPALIVE_EXCEPTION}`;
