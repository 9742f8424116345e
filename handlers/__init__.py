"""The Telegram face of sourcing-bot: thin adapters, one module per feature."""
