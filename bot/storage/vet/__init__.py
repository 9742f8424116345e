"""The /vet store: suppliers, dated assessments, answers, prompts and hand-overs, per chat.

`store` implements `knowledge.vet.ports.VetStore`, `takeover` the `VetTakeoverStore`, and
`rows` turns joined rows into the domain's records.
"""
