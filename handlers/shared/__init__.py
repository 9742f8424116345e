"""What every feature's handlers share: the allowlist, typed button payloads, the error
handler, the command menu, sender checks, the services bundle, the handler groups, the one
text router, /start and /help, /cancel and the fallbacks. No feature's rules live here.
"""
