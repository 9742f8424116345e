"""Storage: the SQLite database and one store per feature, implementing the features' ports.

`database` opens the file (WAL, busy timeout, foreign keys) and runs `migrations`; `times` is
the one timestamp format of every table. Each feature's store implements the Protocols of its
`knowledge/<feature>/ports.py`: `vet/`, `landed/`, `sampling`, `scam`, and `chats` (a chat's
currency and rates). Only parameterised SQL, anywhere; nothing above `bot/` sees SQLite.
"""
