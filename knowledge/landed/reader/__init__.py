"""The /landed one-line reader: words and tokens (`words`), the fields read from them
(`fields`, `places`, `hs`, `draft`), the grammar that turns a line into a `LandedQuery`
(`parse`), and what /fx and /currency are typed with (`rates`). It computes nothing.
"""
