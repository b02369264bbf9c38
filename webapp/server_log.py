"""The server's log without a traceback for a browser that left: closing or reloading a tab while the app is still
sending it a page (a long first start, a fragment's periodic rerun) is normal, not an error.

Streamlit 1.67's websocket sender (`streamlit.web.server.starlette.starlette_websocket`) passes over starlette's
`WebSocketDisconnect` but logs `WebSocketDisconnected`, raised by a send after the browser has gone, as an error with
its traceback. This filter turns exactly that record into one line at INFO level; every other record is untouched.
"""

from __future__ import annotations

import logging

SENDER_LOGGER = "streamlit.web.server.starlette.starlette_websocket"


class BrowserLeft(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if type(error).__name__ == "WebSocketDisconnected":
            record.msg, record.args, record.exc_info, record.exc_text = (
                "a browser left before its page was sent",
                (),
                None,
                None,
            )
            record.levelno, record.levelname = logging.INFO, "INFO"
        return True


def quiet_departed_browsers() -> None:
    """Install the filter once per server (the entry script runs on every rerun)."""
    logger = logging.getLogger(SENDER_LOGGER)
    if not any(isinstance(f, BrowserLeft) for f in logger.filters):
        logger.addFilter(BrowserLeft())
