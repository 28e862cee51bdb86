"""Choose how mail leaves: an SMTP server, or the pickup folder while none is configured."""

from __future__ import annotations

import logging

from pipeline.config import Settings

log = logging.getLogger(__name__)


def make_sender(settings: Settings):
    if settings.smtp.host:
        from pipeline.notify.smtp import SmtpSender

        return SmtpSender(settings.smtp)
    from pipeline.notify.pickup import PickupDirSender

    sender = PickupDirSender(settings.smtp.pickup_dir)
    log.info("no SMTP host configured: outgoing mail is written as .eml files to %s", settings.smtp.pickup_dir)
    return sender
