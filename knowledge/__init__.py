"""The domain of sourcing-bot: knowledge data, pure engines and storage ports.

Nothing here knows Telegram, SQLite or the layers above; it reads only its own data files.
"""
