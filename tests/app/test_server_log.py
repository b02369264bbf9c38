"""A browser that left is one line in the server's log, not a traceback; any other error keeps its traceback."""

from __future__ import annotations

import logging
import sys

from starlette.websockets import WebSocketDisconnected

from webapp.server_log import SENDER_LOGGER, BrowserLeft, quiet_departed_browsers


def _record(error: BaseException) -> logging.LogRecord:
    try:
        raise error
    except BaseException:
        info = sys.exc_info()
    return logging.LogRecord(SENDER_LOGGER, logging.ERROR, __file__, 1, "Error sending websocket payload", (), info)


def test_a_send_to_a_departed_browser_is_one_info_line():
    record = _record(WebSocketDisconnected('Cannot call "send" once a close message has been sent.'))
    assert BrowserLeft().filter(record)
    assert (record.levelno, record.exc_info, record.getMessage()) == (
        logging.INFO,
        None,
        "a browser left before its page was sent",
    )


def test_other_errors_keep_their_traceback():
    record = _record(ValueError("a real bug"))
    assert BrowserLeft().filter(record)
    assert record.levelno == logging.ERROR and record.exc_info is not None


def test_the_filter_is_installed_once():
    quiet_departed_browsers()
    quiet_departed_browsers()
    assert sum(isinstance(f, BrowserLeft) for f in logging.getLogger(SENDER_LOGGER).filters) == 1
