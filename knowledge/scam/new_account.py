"""The supplier's "pay our new account, not the old one", in thirteen languages (issue 15,
round 20).

Owns one reading over the folded text: a payment to be made to a NEW or OTHER account of the
sender's while the OLD or usual one is set aside ("no pague a la cuenta antigua", "ne payez
plus sur l'ancien compte", "eski hesaba ödeme yapmayınız", "không thanh toán vào tài khoản
cũ"), or the usual account said to be blocked, frozen or under audit with a payment to go
elsewhere. It is the payment-diversion move the FBI's IC3, UK Finance and Alibaba's own safety
pages describe (the "annual audit" and "account under inspection" pretexts among them), and
the one the rules read only in English, Chinese and Japanese until now: the data-file reader
(`languages.py`) needs a bank-account noun ("cuenta bancaria"), and real messages say
"nuestra nueva cuenta". Languages: Spanish, Portuguese, French, Italian, German, Dutch,
Polish, Turkish, Russian, Vietnamese, Indonesian, Korean and Arabic.

All of these must be there: a payment asked of the reader ("please pay", "realice el
pago", "lütfen ... ödeme yapınız": a payment only talked about, as in a help page or a
question to a payment provider, is not enough), an old or usual account, and a new or other
account or a block on the old one (or a new account and a block, without naming the old).
A warning, an explainer or a refusal in the message (fraud, police, "never", "has not
changed") keeps it low, and so does a new account announced through channels you can check
with nothing pressing in it (`own_new_account_announced`), as in the other readings.
Speed: a literal account word gates it. Pure: folded text in, hits out.
"""

from __future__ import annotations

from knowledge.scam.european_notices import (
    WARNS,
    folded_pattern,
    gated_pattern,
    own_new_account_announced,
)
from knowledge.scam.folded_hit import FoldedHit
from knowledge.scam.normalise import fold
from knowledge.scam.red_flags import Severity

# Folded account words, one of which must be in the text before any expression runs.
_CUES = tuple(
    fold(cue)[0]
    for cue in (
        "cuenta", "conta", "compte", "conto", "konto", "bankverbindung", "rekening",
        "rachun", "hesa", "счет", "счёт", "реквизит", "tài khoản", "계좌", "حساب", "iban",
        "rib", "coordonnées", "coordinate bancarie", "datos bancarios", "dados bancários",
    )
)  # fmt: skip
_OLD = gated_pattern(
    r"(?P<spanish>cuenta (?:bancaria )?(?:antigua|anterior|vieja|habitual)"
    r"|(?:antigua|anterior|vieja) cuenta)"
    r"|(?P<portuguese>conta (?:bancária )?(?:antiga|anterior|velha|habitual)"
    r"|(?:antiga|velha) conta)"
    r"|(?P<french>ancien(?:ne)?s? (?:compte|rib|coordonnées)|compte (?:bancaire )?(?:précédent"
    r"|habituel))"
    r"|(?P<italian>vecchi[oe] (?:conto|iban|coordinate)|conto (?:corrente )?(?:precedente"
    r"|vecchio|abituale))"
    r"|(?P<german>(?:alte|bisherige)[sn]? (?:bank)?(?:konto|bankverbindung|kontoverbindung"
    r"|iban))"
    r"|(?P<dutch>(?:oude|vorige) (?:bank)?rekening(?:nummer)?|oud rekeningnummer)"
    r"|(?P<polish>(?:star|poprzedni)\w* (?:konto|kont[ao]|rachun\w*|numer\w* (?:konta"
    r"|rachunku)))"
    r"|(?P<turkish>(?:eski|önceki) (?:banka )?hesa\w*)"
    r"|(?P<russian>(?:стар|прежн|предыдущ)\w* (?:банковск\w* )?(?:сч[её]т\w*|реквизит\w*))"
    r"|(?P<vietnamese>tài khoản (?:ngân hàng )?(?:cũ|trước))"
    r"|(?P<indonesian>rekening (?:bank )?(?:lama|sebelumnya|yang lama))"
    r"|(?P<korean>(?:기존|이전|예전)(?: 은행)? 계좌)"
    r"|(?P<arabic>الحساب (?:البنكي |المصرفي )?(?:القديم|السابق))"
)
_NEW = gated_pattern(
    r"(?P<spanish>nueva cuenta|cuenta (?:bancaria )?nueva|nuevo (?:número de cuenta|iban)"
    r"|nuevos datos bancarios|otra cuenta)"
    r"|(?P<portuguese>nova conta|conta (?:bancária )?nova|novo (?:número de conta|iban)"
    r"|novos dados bancários|outra conta)"
    r"|(?P<french>nouveau (?:compte|rib)|nouvel iban|nouvelles coordonnées|autre compte)"
    r"|(?P<italian>nuovo (?:conto|iban)|nuove coordinate|altro conto|conto (?:corrente )?nuovo)"
    r"|(?P<german>neue[sn]? (?:bank)?(?:konto|bankverbindung|kontoverbindung|iban)"
    r"|andere[sn]? konto)"
    r"|(?P<dutch>nieuwe (?:bank)?rekening(?:nummer)?|nieuw rekeningnummer|nieuwe iban"
    r"|andere rekening)"
    r"|(?P<polish>(?:now|inn)\w* (?:konto|kont[ao]|rachun\w*|numer\w* (?:konta|rachunku)))"
    r"|(?P<turkish>(?:yeni|başka|farklı) (?:bir )?(?:banka )?(?:hesa\w*|iban))"
    r"|(?P<russian>(?:нов|друг)\w* (?:банковск\w* )?(?:сч[её]т\w*|реквизит\w*))"
    r"|(?P<vietnamese>tài khoản (?:ngân hàng )?(?:mới|khác))"
    r"|(?P<indonesian>rekening (?:bank )?(?:baru|lain))"
    r"|(?P<korean>(?:새|새로운|신규|변경된|다른)(?: 은행)? 계좌)"
    r"|(?P<arabic>الحساب (?:البنكي |المصرفي )?الجديد|حساب (?:بنكي |مصرفي )?(?:جديد|آخر))"
)
_BLOCKED = gated_pattern(
    r"bloquead|congelad|auditor|inspección|restringid|no (?:está|esta) disponible"
    r"|auditoria|indisponível|já não"
    r"|bloqué|gelé|\baudit|contrôle fiscal|indisponible|n'est plus|suspendu"
    r"|bloccat|congelat|verifica fiscale|revisione|non (?:è )?più"
    r"|gesperrt|eingefroren|prüfung|revision|nicht mehr"
    r"|geblokkeerd|bevroren|controle|niet meer"
    r"|zablokowan|zamrożon|audyt|kontrol|nieaktywn"
    r"|bloke|dondurul|denetim|kullanılam|geçersiz|askıya"
    r"|заблокирован|заморожен|проверк|аудит|недоступ"
    r"|bị khóa|phong tỏa|kiểm toán|tạm ngưng|không (?:thể )?sử dụng"
    r"|diblokir|dibekukan|tidak (?:dapat|bisa) digunakan|tidak aktif"
    r"|정지|동결|감사|사용할 수 없"
    r"|مجمد|محظور|تدقيق|مراجعة|غير متاح"
)
PAY = folded_pattern(
    r"pago|pagar|pague|transferencia|transfiera|abono|pagamento|transferência|transfira"
    r"|paiement|payer|payez|virement|règlement|pagare|paga(?:te|re)|bonifico|versamento"
    r"|zahlung|zahlen|überweis|betaling|betalen|overmaken|overboeking|płatn|zapłat|wpłat"
    r"|przelew|ödeme|havale|öde(?:y|me)|оплат|плат[иеё]|перевод|перечисл|thanh toán"
    r"|chuyển (?:khoản|tiền)|pembayaran|bayar|\btransfer|송금|입금|결제|지불|دفع|سداد|تحويل"
)
# A payment ASKED of the reader (not payments talked about): polite and imperative forms.
ASK = gated_pattern(
    r"pague|paguen|transfiera|realice|efectúe|abone|deposite|hagan? el pago|debe pagar"
    r"|transfira|efetue|realize|faça o pagamento|deve pagar|paguem"
    r"|payez|veuillez|merci d'effectuer|merci de (?:payer|régler|virer|verser)|réglez"
    r"|effectuez|virez|versez"
    r"|pagate|paghi|si prega|effettuate|effettui|versate|vogliate"
    r"|überweisen sie|zahlen sie|bitte (?:überweisen|zahlen)|leisten sie"
    r"|gelieve|over te maken|betaal|graag (?:betalen|overmaken)"
    r"|prosimy|proszę|przelej|wpłać|zapłać"
    r"|lütfen|yapınız|yapın\b|ödeyiniz|ödeyin|yatırınız|yatırın\b|gönderiniz"
    r"|пожалуйста|оплатите|переведите|перечислите|просим"
    r"|vui lòng|xin (?:hãy )?thanh toán|hãy (?:thanh toán|chuyển)|đề nghị"
    r"|silakan|mohon|harap|tolong|lakukan pembayaran|\bbayarkan|\btransfer ke"
    r"|해 주|하여 주|부탁"
    r"|يرجى|الرجاء|نرجو|قم بتحويل"
)
# Warnings and refusals in the languages `european_notices.WARNS` does not read.
WARNS_MORE = gated_pattern(
    r"dolandır|sahte|uyarı|мошенн|обман|предупрежд|осторожн|lừa đảo|cảnh báo|giả mạo"
    r"|penipuan|waspada|palsu|hati-hati|사기|주의|경고|사칭|احتيال|تحذير|نصب"
    r"|değişmedi|не изменил|không thay đổi|tidak berubah|변경되지 않|لم يتغير"
    r"|no han? cambiado|não (?:mud|foi alterad|foram alterad)|n'(?:a|ont) pas changé"
    r"|non (?:è|sono) (?:stat[oei] )?cambiat|nicht geändert"
    r"|niet gewijzigd|nie zmieni"
)

WHY = (
    "A supplier telling you to pay a new or other account instead of the usual one (the old "
    "one 'blocked' or 'under audit') is how payments get diverted: call the supplier on a "
    "number you already have before you pay."
)
KIND = ("changed_bank_details", Severity.HIGH)


def read_new_account(folded: str) -> list[FoldedHit]:
    """The "pay the new account, not the old one" move in `folded`, or nothing."""
    if not any(cue in folded for cue in _CUES):
        return []
    # A payment asked of the reader is needed too (`_moved`), and is the rarest of the parts
    # in a text written in English: asked first, the account expressions mostly are not.
    if ASK.search(folded) is None:
        return []
    old, new = _OLD.search(folded), _NEW.search(folded)
    key = new or old
    if key is None or not _moved(folded, both=old is not None and new is not None):
        return []
    language = key.lastgroup or "another language"
    category, severity = KIND
    return [FoldedHit(category, severity, *key.span(), language, "pay the new account", WHY)]


def _moved(folded: str, *, both: bool) -> bool:
    """A payment asked of the reader, the old account set aside (`both` named, or the old one
    blocked), and no warning, refusal or checkable announcement around it."""
    if PAY.search(folded) is None or ASK.search(folded) is None:
        return False
    if not both and _BLOCKED.search(folded) is None:  # one account named: a block on the old
        return False
    if WARNS.search(folded) or WARNS_MORE.search(folded):
        return False
    return not own_new_account_announced(folded)
