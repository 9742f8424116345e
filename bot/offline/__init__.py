"""The bot without Telegram: the in-process Bot API stand-in (`standin`, `account`), a person
typing to the real Application (`chat_user`), and the console that drives it (`console`,
`screen`).
"""
