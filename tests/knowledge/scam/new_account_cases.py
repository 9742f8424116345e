"""Written cases for round 20's "pay our new account, not the old one" reading (issue 15):
one supplier message per language and an honest twin for each. Written by the project, so a
regression test, never a quality figure: main d59caa4 read none of the thirteen scams with a
rule (the learned part alone raised three of them to medium)."""

from __future__ import annotations

SCAMS = {
    "Spanish": "Estimado cliente, debido a una auditoría nuestra cuenta bancaria anterior está "
    "bloqueada. Por favor realice el pago del saldo del 70% a nuestra nueva cuenta indicada "
    "abajo y envíenos el comprobante. No pague a la cuenta antigua.",
    "Portuguese": "Prezado cliente, devido a uma auditoria, a nossa conta bancária antiga está "
    "temporariamente bloqueada. Por favor, efetue o pagamento do saldo de 70% para a nossa nova "
    "conta abaixo e envie-nos o comprovativo.",
    "French": "Cher client, suite à un audit, notre ancien compte bancaire est temporairement "
    "bloqué. Merci d'effectuer le paiement du solde de 70 % sur notre nouveau compte ci-dessous "
    "et de nous envoyer la preuve de virement.",
    "Italian": "Gentile cliente, a causa di un controllo il nostro vecchio conto bancario è "
    "temporaneamente bloccato. Si prega di effettuare il pagamento del saldo sul nostro nuovo "
    "conto qui sotto e di inviarci la ricevuta.",
    "German": "Sehr geehrter Kunde, wegen einer Prüfung ist unser bisheriges Bankkonto "
    "vorübergehend gesperrt. Bitte überweisen Sie die Restzahlung auf unser neues Konto unten "
    "und senden Sie uns den Zahlungsbeleg.",
    "Dutch": "Beste klant, door een controle is onze oude bankrekening tijdelijk geblokkeerd. "
    "Gelieve de betaling van het saldo over te maken naar onze nieuwe rekening hieronder.",
    "Polish": "Szanowny Kliencie, z powodu audytu nasze stare konto jest zablokowane. Prosimy o "
    "przelew pozostałej kwoty na nasze nowe konto podane poniżej.",
    "Turkish": "Sayın müşterimiz, bankamızda yapılan denetim nedeniyle eski hesabımız şu anda "
    "kullanılamıyor. Lütfen kalan %70 ödemeyi aşağıdaki yeni hesabımıza yapınız.",
    "Russian": "Уважаемый клиент, в связи с проверкой наш старый банковский счёт временно "
    "заблокирован. Пожалуйста, оплатите оставшиеся 70% на наш новый счёт ниже.",
    "Vietnamese": "Kính gửi quý khách, do kiểm toán nên tài khoản ngân hàng cũ của chúng tôi tạm "
    "thời bị khóa. Vui lòng thanh toán 70% còn lại vào tài khoản mới bên dưới.",
    "Indonesian": "Pelanggan yang terhormat, karena audit, rekening bank lama kami sementara "
    "diblokir. Silakan lakukan pembayaran sisa 70% ke rekening baru kami di bawah ini.",
    "Korean": "고객님께, 감사로 인해 당사의 기존 은행 계좌가 일시적으로 "
    "정지되었습니다. 잔금 70%를 아래 새 계좌로 송금해 주십시오.",
    "Arabic": "عزيزي العميل، بسبب التدقيق تم تجميد الحساب القديم مؤقتا. "
    "يرجى تحويل الدفعة المتبقية إلى الحساب الجديد أدناه.",
}
HONEST = {
    # Our bank details have NOT changed.
    "Spanish": "Nuestros datos bancarios no han cambiado. Si recibe un correo que le pide pagar "
    "a una nueva cuenta porque la cuenta antigua está bloqueada, llámenos antes de pagar.",
    "Portuguese": "Os nossos dados bancários não foram alterados. Se receber um pedido de "
    "pagamento para uma nova conta, ligue-nos antes de pagar.",
    # A warning that names the scam.
    "French": "Attention à l'arnaque au faux fournisseur : un escroc annonce que l'ancien compte "
    "est bloqué et demande le paiement sur un nouveau compte.",
    "Italian": "Truffa del falso fornitore: il truffatore dice che il vecchio conto è bloccato e "
    "chiede il pagamento su un nuovo conto.",
    # A new account announced where it can be checked, with nothing pressing.
    "German": "Ab dem 1. April finden Sie unsere neue Bankverbindung auf der nächsten Rechnung; "
    "das alte Konto wird geschlossen. Bei Fragen erreichen Sie uns telefonisch.",
    "Dutch": "Let op, oplichters melden dat de oude rekening geblokkeerd is en vragen de "
    "betaling naar een nieuwe rekening. Bel ons altijd eerst.",
    # A new customer (log-in) account, no payment asked.
    "Polish": "Twoje stare konto w sklepie zostało zablokowane po trzech błędnych hasłach. "
    "Załóż nowe konto, aby dalej śledzić zamówienia.",
    "Turkish": "Dolandırıcılar eski hesabın bloke olduğunu söyleyip yeni hesaba ödeme "
    "isteyebilir; böyle bir e-postaya güvenmeyin ve bizi arayın.",
    "Russian": "Осторожно, мошенники сообщают, что старый счёт заблокирован, и просят оплатить "
    "на новый счёт.",
    "Vietnamese": "Cảnh báo lừa đảo: kẻ gian báo tài khoản cũ bị khóa và yêu cầu thanh toán vào "
    "tài khoản mới.",
    "Indonesian": "Waspada penipuan: pelaku mengaku rekening lama diblokir dan meminta "
    "pembayaran ke rekening baru.",
    "Korean": "사기 주의: 기존 계좌가 정지되었다며 새 계좌로 송금을 요구하는 메일은 사칭입니다.",
    "Arabic": "تحذير من الاحتيال: يدعي المحتال أن الحساب القديم مجمد "
    "ويطلب التحويل إلى الحساب الجديد.",
}
