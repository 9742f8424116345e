"""The supplier audit behind /vet: checklist data models, answer reading, scoring, progress.

Pure domain code. It knows the checklist and how to judge a supplier from stored answers; it
never talks to Telegram or a database (storage needs are `knowledge.ports.VetStore`).
"""
