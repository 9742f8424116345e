"""The /landed store: computed and saved estimates (`estimates`) and guided ones in progress
(`drafts`), implementing `knowledge.landed.ports`.
"""
