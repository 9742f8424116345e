"""What the bot adds around the Bot API: patient retries (`retry`), Telegram's own limits
(`rules`), one chat's updates in order (`update_order`) and skipping redelivered updates
(`redelivery`). No feature logic here.
"""
